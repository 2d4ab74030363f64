package org.quotegraph.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.quotegraph.ArticleTextArbitraries;

/** {@link TokenizerInput}: what the tokenizer sees; no models needed. */
class TokenizerInputTest {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(ArticleTextArbitraries.articleText(300),
        Arbitraries.strings().all().ofMaxLength(500),
        Arbitraries.strings().withChars("\"'&\\\u0001\uD800\uDC00a ").ofMaxLength(2000),
        Arbitraries.strings().withChars("\u201C\u201D\u2019\"a \n").ofMaxLength(300));
  }

  @Property(tries = 2000)
  void tokenizerInput_anyText_keepsLengthAndReplacesOnlyWithSpaces(@ForAll("texts") String text) {
    String input = TokenizerInput.of(text);
    assertThat(input).hasSameSizeAs(text);
    int run = 0;
    int marksInARow = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = input.charAt(i);
      if (TokenizerInput.isQuoteMark(c)) {
        marksInARow++;
      } else if (!Character.isWhitespace(c)) {
        marksInARow = 0;
      }
      assertThat(marksInARow).as("quotation marks in a row at %d", i)
          .isLessThanOrEqualTo(TokenizerInput.MAX_QUOTE_MARKS_IN_A_ROW);
      assertThat(c == text.charAt(i) || c == ' ').as("character %d", i).isTrue();
      boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
      run = space ? 0 : run + 1;
      assertThat(run).isLessThanOrEqualTo(TokenizerInput.MAX_UNSPACED_RUN + 1);
      if (!space) {
        assertThat(Character.getType(c)).as("character %d", i)
            .isNotIn((int) Character.CONTROL, (int) Character.SPACE_SEPARATOR);
      }
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(input.charAt(i + 1))).isTrue();
      } else if (Character.isLowSurrogate(c)) {
        assertThat(Character.isHighSurrogate(input.charAt(i - 1))).isTrue();
      }
    }
  }

  @Test
  void tokenizerInput_plainProse_isUnchanged() {
    String prose = "Mayor Anna Okafor said: \u201CWe\u2019ll see.\u201D\n\nhttps://example.org/a?b=1";
    assertThat(TokenizerInput.of(prose)).isEqualTo(prose);
  }

  @Test
  void tokenizerInput_longRunEndingInSurrogatePairs_isCutAtTheLimit() {
    // a run of letters up to the limit, then emoji: the cut takes a whole pair
    String text = "a".repeat(TokenizerInput.MAX_UNSPACED_RUN) + "\uD83D\uDE00".repeat(3);
    String input = TokenizerInput.of(text);
    assertThat(input).isEqualTo("a".repeat(TokenizerInput.MAX_UNSPACED_RUN) + "  "
        + "\uD83D\uDE00".repeat(2));
  }

  @Test
  void tokenizerInput_runOfEmoji_isCutIntoRunsNoLongerThanTheLimit() {
    String input = TokenizerInput.of("\uD83D\uDE00".repeat(200));
    for (String run : input.split(" +")) {
      assertThat(run.length()).isLessThanOrEqualTo(TokenizerInput.MAX_UNSPACED_RUN);
    }
  }

  @Test
  void tokenizerInput_surrogatePairs_areKeptWhole() {
    String emoji = "\uD83D\uDE00".repeat(100);
    String input = TokenizerInput.of(emoji);
    assertThat(input.codePoints().filter(cp -> cp == 0x1F600).count())
        .isGreaterThanOrEqualTo(95);
    assertThat(input.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
  }

  @Test
  void of_paragraphOfCurlyPairs_isBlank() {
    String text = "Intro.\n\n" + "\u201C\u201D".repeat(5_000) + "\n\nNext \u201Cquote\u201D.";
    String input = TokenizerInput.of(text);
    assertThat(input.substring(8, 8 + 10_000)).isBlank();
    assertThat(input).startsWith("Intro.\n\n").endsWith("\n\nNext \u201Cquote\u201D.");
  }

  @Test
  void of_emptyQuotationsBetweenLetters_becomeSpaces() {
    assertThat(TokenizerInput.of("a\u201C\u201Db\u00AB\u00BBc\u2018\u2019d"))
        .isEqualTo("a  b  c  d");
  }

  @Test
  void of_runOfOpeningMarks_keepsOnlyTheFirstOnes() {
    String input = TokenizerInput.of("\u201C".repeat(1_000) + " end");
    assertThat(input).isEqualTo("\u201C".repeat(TokenizerInput.MAX_QUOTE_MARKS_IN_A_ROW)
        + " ".repeat(1_000 - TokenizerInput.MAX_QUOTE_MARKS_IN_A_ROW) + " end");
  }

  @Test
  void of_spacedClosingAndOpeningMarks_keepsOnlyTheFirstOnes() {
    String input = TokenizerInput.of("\u201D\u201C ".repeat(1_000) + "end");
    assertThat(input.chars().filter(c -> TokenizerInput.isQuoteMark((char) c)).count())
        .isEqualTo(TokenizerInput.MAX_QUOTE_MARKS_IN_A_ROW);
    assertThat(input).startsWith("\u201D\u201C \u201D\u201C ").endsWith(" end");
  }

  @Test
  void of_nestedQuotesBackToBack_keepsEveryMark() {
    String text = "\u201C\u2018Go,\u2019\u201D \u201C\u2018Stay,\u2019\u201D she said.";
    assertThat(TokenizerInput.of(text)).isEqualTo(text);
  }

  @Test
  void of_markupTags_becomeSpacesAndTheWordsStay() {
    String text = "<p class=\"lead\"><b>Ana Holt</b> spoke.</p><!-- ad --><br/>";
    assertThat(TokenizerInput.of(text)).isEqualTo(" ".repeat("<p class=\"lead\"><b>".length())
        + "Ana Holt" + " ".repeat("</b>".length()) + " spoke."
        + " ".repeat("</p><!-- ad --><br/>".length()));
  }

  @Test
  void of_lessThanSignsThatOpenNoTag_stay() {
    String text = "if a < b and c > 2, then 3<4 > 1";
    assertThat(TokenizerInput.of(text)).isEqualTo(text);
  }

  @Test
  void of_softHyphenAtAWordsEdge_becomesASpaceButInsideAWordStays() {
    assertThat(TokenizerInput.of("\u00ADThe minis\u00ADter spoke\u00AD."))
        .isEqualTo(" The minis\u00ADter spoke .");
  }
}
