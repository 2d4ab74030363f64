package org.quotegraph.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.quotegraph.ArticleTextArbitraries;

/** {@link CoreNlpAnalyzer#tokenizerInput(String)}: what the tokenizer sees; no models needed. */
class CoreNlpAnalyzerTokenizerInputTest {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(ArticleTextArbitraries.articleText(300),
        Arbitraries.strings().all().ofMaxLength(500),
        Arbitraries.strings().withChars("\"'&\\\u0001\uD800\uDC00a ").ofMaxLength(2000));
  }

  @Property(tries = 2000)
  void tokenizerInput_anyText_keepsLengthAndReplacesOnlyWithSpaces(@ForAll("texts") String text) {
    String input = CoreNlpAnalyzer.tokenizerInput(text);
    assertThat(input).hasSameSizeAs(text);
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = input.charAt(i);
      assertThat(c == text.charAt(i) || c == ' ').as("character %d", i).isTrue();
      boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
      run = space ? 0 : run + 1;
      assertThat(run).isLessThanOrEqualTo(CoreNlpAnalyzer.MAX_UNSPACED_RUN + 1);
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
    assertThat(CoreNlpAnalyzer.tokenizerInput(prose)).isEqualTo(prose);
  }

  @Test
  void tokenizerInput_longRunEndingInSurrogatePairs_isCutAtTheLimit() {
    // a run of letters up to the limit, then emoji: the cut takes a whole pair
    String text = "a".repeat(CoreNlpAnalyzer.MAX_UNSPACED_RUN) + "\uD83D\uDE00".repeat(3);
    String input = CoreNlpAnalyzer.tokenizerInput(text);
    assertThat(input).isEqualTo("a".repeat(CoreNlpAnalyzer.MAX_UNSPACED_RUN) + "  "
        + "\uD83D\uDE00".repeat(2));
  }

  @Test
  void tokenizerInput_runOfEmoji_isCutIntoRunsNoLongerThanTheLimit() {
    String input = CoreNlpAnalyzer.tokenizerInput("\uD83D\uDE00".repeat(200));
    for (String run : input.split(" +")) {
      assertThat(run.length()).isLessThanOrEqualTo(CoreNlpAnalyzer.MAX_UNSPACED_RUN);
    }
  }

  @Test
  void tokenizerInput_surrogatePairs_areKeptWhole() {
    String emoji = "\uD83D\uDE00".repeat(100);
    String input = CoreNlpAnalyzer.tokenizerInput(emoji);
    assertThat(input.codePoints().filter(cp -> cp == 0x1F600).count())
        .isGreaterThanOrEqualTo(95);
    assertThat(input.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
  }
}
