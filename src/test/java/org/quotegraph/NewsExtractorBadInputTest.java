package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What {@link NewsExtractor#extract(Article)} gives for bad, odd and pathological input: a clear
 * answer every time, every result valid ({@link ExtractionInvariants}), nothing hanging. The time
 * limits only guard against hangs; they are not speed requirements.
 */
@Tag("slow")
class NewsExtractorBadInputTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final Duration HANG_GUARD_LARGE = Duration.ofSeconds(180);

  private static final String[] FIRST_NAMES = {"Anna", "Boris", "Carla", "David", "Elena", "Farid",
      "Grace", "Hugo", "Ines", "Jonas", "Kemi", "Liam", "Maya", "Nikos", "Olga", "Pavel"};
  private static final String[] SURNAMES = {"Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad",
      "Novak", "Brennan", "Castillo", "Petrov", "Mensah", "Duarte", "Kowalski"};
  private static final String[] WORDS = {"the", "council", "budget", "would", "rise", "and",
      "minister", "water", "prices", "in", "city", "after", "vote", "plan", "they", "new", "report"};

  private final NewsExtractor extractor = SharedExtractor.get();

  private Extraction extractValid(String text) {
    Extraction extraction = extractor.extract(new Article("test", text));
    ExtractionInvariants.assertValid(extraction, text);
    return extraction;
  }

  private Extraction extractWithin(Duration limit, String text) {
    return assertTimeoutPreemptively(limit, () -> extractValid(text));
  }

  @Test
  void extract_htmlAndSoftHyphens_areNeverPartOfANameOrASpeaker() {
    String text = "<html><head><title>Port news</title></head><body>\n"
        + "<p>\u00ADThe harbour reopened on Monday, officials said.</p>\n"
        + "<p>\"We were never told,\" said <b>Tomas Re\u00ADyes</b>, the port director.</p>\n"
        + "</body></html>\n";

    Extraction result = extractor.extract(new Article("html", text));

    assertThat(result.entities()).extracting(Entity::name)
        .contains("Tomas Reyes", "officials")
        .allSatisfy(name -> assertThat(name).doesNotContain("<", ">", "\u00AD"));
    Quote quote = result.quotes().stream().filter(q -> q.text().startsWith("We were"))
        .findFirst().orElseThrow();
    assertThat(result.speakerOf(quote)).map(Entity::name).contains("Tomas Reyes");
    assertThat(result.quotes()).allSatisfy(q -> assertThat(q.speakerMention())
        .hasValueSatisfying(m -> assertThat(m.text()).doesNotContain("<", ">")));
  }

  @Test
  void extract_nullArticle_throwsNullPointerExceptionNamingIt() {
    assertThatThrownBy(() -> extractor.extract(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("article");
  }

  @Test
  void article_nullIdOrText_throwsNullPointerExceptionNamingIt() {
    assertThatThrownBy(() -> new Article(null, "text"))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> new Article("a1", null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Article.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void extract_emptyOrBlankText_givesEmptyResult() {
    for (String text : List.of("", " ", "\n\n\t  \r\n", "\u2003\u3000 ")) {
      Extraction extraction = extractValid(text);
      assertThat(extraction.articleId()).isEqualTo("test");
      assertThat(extraction.entities()).isEmpty();
      assertThat(extraction.quotes()).isEmpty();
      assertThat(extraction.warnings()).isEmpty();
      assertThat(extraction.graph().network().nodes()).isEmpty();
    }
  }

  @Test
  void extract_onlyControlCharactersAndLoneSurrogates_givesEmptyResult() {
    Extraction extraction = extractValid("\u0000\u0001\uD800\u0007\uDC00\u001B");
    assertThat(extraction.entities()).isEmpty();
    assertThat(extraction.quotes()).isEmpty();
  }

  @Test
  void extract_textOverLimit_throwsIllegalArgumentExceptionNamingLengthLimitAndOption() {
    NewsExtractor small = NewsExtractor.builder().maxTextLength(40).build();
    String text = "Officials said the bridge would reopen in May.";
    assertThatThrownBy(() -> small.extract(new Article("long-one", text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("long-one")
        .hasMessageContaining(text.length() + " characters")
        .hasMessageContaining("limit of 40")
        .hasMessageContaining("NewsExtractor.builder().maxTextLength(");
  }

  @Test
  void extract_textAtLimit_completes() {
    String text = "Officials said the bridge would reopen in May.";
    NewsExtractor exact = NewsExtractor.builder().maxTextLength(text.length()).build();
    Extraction extraction = exact.extract(new Article("a1", text));
    ExtractionInvariants.assertValid(extraction, text);
    assertThat(extraction.statements()).isNotEmpty();
  }

  @Test
  void builder_nonPositiveMaxTextLength_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> NewsExtractor.builder().maxTextLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxTextLength must be positive, got 0");
  }

  @Test
  void extract_unclosedQuote_isReportedAndTheRestIsStillAnalysed() {
    String text = "Mayor Anna Okafor said \"the works will run into next year.\n\n"
        + "Council leader Boris Lindqvist said \"we were never told about the delay\" on Monday.\n";
    Extraction extraction = extractValid(text);

    Quote unclosed = extraction.quotes().stream()
        .filter(quote -> quote.text().startsWith("the works")).findFirst().orElseThrow();
    assertThat(unclosed.closed()).isFalse();
    assertThat(unclosed.text()).isEqualTo("the works will run into next year.");
    assertThat(extraction.warnings())
        .anySatisfy(warning -> assertThat(warning).contains("quotation mark at " + text.indexOf('"'))
            .contains("never closed"));

    Quote later = extraction.quotes().stream()
        .filter(quote -> quote.text().equals("we were never told about the delay"))
        .findFirst().orElseThrow();
    assertThat(later.closed()).isTrue();
    assertThat(extraction.speakerOf(later).map(Entity::name)).contains("Boris Lindqvist");
  }

  @Test
  void extract_interruptedThread_throwsExtractionExceptionWithIdAndCause() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> extractor.extract(
          new Article("interrupted-1", "The minister said the plan was sound.")))
          .isInstanceOf(ExtractionException.class)
          .hasMessageContaining("interrupted-1")
          .hasCauseInstanceOf(RuntimeInterruptedException.class)
          .satisfies(e -> assertThat(((ExtractionException) e).articleId())
              .isEqualTo("interrupted-1"));
      assertThat(Thread.currentThread().isInterrupted())
          .as("the interrupt is kept for the caller").isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void extract_fiftyThousandTokenSentenceWithoutPunctuation_completesAndWarns() {
    Random random = new Random(50_000);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      text.append(i == 0 ? "" : " ").append(i % 37 == 0
          ? FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] : WORDS[random.nextInt(WORDS.length)]);
    }
    Extraction extraction = extractWithin(HANG_GUARD_LARGE, text.toString());
    assertThat(extraction.warnings()).anySatisfy(warning -> assertThat(warning)
        .matches("sentence at 0 has \\d+ tokens, more than the \\d+ the taggers take;.*"));
  }

  @Test
  void extract_tenThousandStraightQuotationMarksInARow_tagsTheSentenceAroundThem() {
    // the taggers are given the first few marks only, so the sentence is short enough to tag
    String text = "Mayor Anna Okafor said " + "\"".repeat(10_000) + " today.\nShe left.";
    Extraction extraction = extractWithin(HANG_GUARD, text);
    assertThat(extraction.entities()).extracting(Entity::name).contains("Anna Okafor");
    assertThat(extraction.warnings()).noneMatch(warning -> warning.contains("the taggers take"));
  }

  @Test
  void extract_paragraphsOfCurlyPairs_giveNoEmptyQuotesAndTheRestIsAnalysed() {
    // 10 KB of empty quotations per paragraph took 18 s of CPU in the tagger before it was bounded
    String pairs = "\u201C\u201D".repeat(5_000);
    String text = pairs + "\n\n\u201CWe will reopen the bridge,\u201D said Anna Okafor.\n\n" + pairs
        + "\n\n" + "\u201C \u201D \u201C\u2018\u2019\u201D ".repeat(2_000);
    Extraction extraction = extractWithin(HANG_GUARD, text);
    assertThat(extraction.quotes()).extracting(Quote::text)
        .containsExactly("We will reopen the bridge,");
    assertThat(extraction.speakerOf(extraction.quotes().get(0)).map(Entity::name))
        .contains("Anna Okafor");
  }

  @Test
  void extract_tenThousandQuotationMarksOfEveryKind_completes() {
    String[] marks = {"\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u201E", "\u00AB",
        "\u00BB", "`"};
    Random random = new Random(10_000);
    StringBuilder text = new StringBuilder("Elena Moreau said ");
    for (int i = 0; i < 10_000; i++) {
      text.append(marks[random.nextInt(marks.length)]);
      if (random.nextInt(3) == 0) {
        text.append(WORDS[random.nextInt(WORDS.length)]);
      }
      if (random.nextInt(4) == 0) {
        text.append(' ');
      }
      if (random.nextInt(400) == 0) {
        text.append(".\n");
      }
    }
    extractWithin(HANG_GUARD_LARGE, text.toString());
  }

  @Test
  void extract_fiveThousandPairedQuotesInOneParagraph_findsThemAll() {
    StringBuilder text = new StringBuilder("Pavel Novak said ");
    for (int i = 0; i < 5_000; i++) {
      text.append("\"!\" ");
    }
    Extraction extraction = extractWithin(HANG_GUARD_LARGE, text.toString());
    assertThat(extraction.quotes()).hasSize(5_000);
  }

  @Test
  void extract_deeplyNestedQuotes_givesOneOutermostQuote() {
    StringBuilder text = new StringBuilder("Grace Brennan said ");
    int depth = 2_500;
    for (int i = 0; i < depth; i++) {
      text.append(i % 2 == 0 ? "\u201Cthey " : "\u2018we ");
    }
    text.append("agreed");
    for (int i = depth - 1; i >= 0; i--) {
      text.append(i % 2 == 0 ? "\u201D" : "\u2019");
    }
    text.append(" on Friday.");
    Extraction extraction = extractWithin(HANG_GUARD, text.toString());
    assertThat(extraction.quotes()).hasSize(1);
    assertThat(extraction.quotes().get(0).closed()).isTrue();
    assertThat(extraction.quotes().get(0).text()).startsWith("they \u2018we ").endsWith("agreed"
        + "\u2019\u201D".repeat(depth / 2 - 1) + "\u2019");
  }

  @Test
  void extract_pageOfHtmlMarkup_completes() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>City news</title>"
        + "<script>var q = \"a\" + 'b'; if (a < b && c > d) { run(); }</script>"
        + "<style>.quote{font-style:italic}</style></head><body>\n");
    for (int i = 0; i < 150; i++) {
      html.append("<div class=\"para\" id='p").append(i).append("'><p>Mayor <b>Anna Okafor</b>"
          + " said &quot;the plan&quot; would <a href=\"https://example.org/a?b=1&amp;c=2\">work"
          + "</a> &mdash; &#8220;soon&#8221;.</p></div>\n");
    }
    html.append("<table><tr><td>1</td><td>2</td></tr></table></body></html>");
    extractWithin(HANG_GUARD_LARGE, html.toString());
  }

  @Test
  void extract_controlCharactersAndUnpairedSurrogates_doNotShiftOffsets() {
    String clean = "Council leader Boris Lindqvist said \"we will win the vote on Tuesday\".";
    String junk = "\u0000\uD800\u0007\u001B\uDC00\u0085\u200B\u00A0\uFEFF\u0001";
    String dirty = clean.replace("leader ", "leader\u0000").replace("will ", "will\uDC00");
    String text = junk + dirty + junk + "\n" + junk + clean;
    Quote expected = extractValid(clean).quotes().get(0);

    Extraction extraction = extractWithin(HANG_GUARD, text);

    int[] copies = {junk.length(), text.lastIndexOf(clean)};
    assertThat(extraction.quotes()).hasSize(2);
    for (int i = 0; i < 2; i++) {
      Quote quote = extraction.quotes().get(i);
      int shift = copies[i];
      assertThat(quote.content().start()).isEqualTo(expected.content().start() + shift);
      assertThat(quote.content().end()).isEqualTo(expected.content().end() + shift);
      assertThat(quote.speakerMention().map(mention -> mention.span().start()))
          .isEqualTo(expected.speakerMention().map(mention -> mention.span().start() + shift));
      assertThat(extraction.speakerOf(quote).map(Entity::name)).contains("Boris Lindqvist");
    }
    assertThat(extraction.quotes().get(0).text()).isEqualTo("we will\uDC00win the vote on Tuesday");
  }

  @Test
  void extract_runsOfControlCharactersSurrogatesAndSymbols_complete() {
    String text = "Anna Okafor said " + "\u0001".repeat(20_000) + " and "
        + "\uD800".repeat(20_000) + " then " + "&".repeat(20_000) + "\\".repeat(20_000)
        + " \"we will\" win.";
    Extraction extraction = extractWithin(HANG_GUARD_LARGE, text);
    assertThat(extraction.quotes()).extracting(Quote::text).contains("we will");
  }

  @Test
  void extract_rightToLeftAndCjkText_completes() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \"\u0633\u0646\u0628\u0646\u064A"
          + " \u0645\u062F\u0627\u0631\u0633\" \u0641\u064A \u0628\u064A\u0627\u0646.\n");
      text.append("\u05D0\u05DE\u05E8 \u05D4\u05E9\u05E8 \"\u05E0\u05D1\u05E0\u05D4 \u05D1\u05EA\u05D9"
          + " \u05E1\u05E4\u05E8\" \u05D4\u05D9\u05D5\u05DD.\n");
      text.append("\u90E8\u957F\u8BF4\uFF1A\u201C\u6211\u4EEC\u5C06\u5EFA\u8BBE\u65B0\u5B66\u6821"
          + "\u3002\u201D\u5927\u81E3\u306F\u300C\u65B0\u3057\u3044\u5B66\u6821\u300D\u3068\u8FF0"
          + "\u3079\u305F\u3002\n");
    }
    Extraction extraction = extractWithin(HANG_GUARD_LARGE, text.toString());
    assertThat(extraction.quotes()).isNotEmpty();
  }

  @Test
  void extract_twoHundredKilobyteListOfNamesOnePerLine_findsThePeople() {
    Random random = new Random(200);
    StringBuilder text = new StringBuilder();
    while (text.length() < 200_000) {
      text.append(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]).append(' ')
          .append(SURNAMES[random.nextInt(SURNAMES.length)]).append('\n');
    }
    Extraction extraction = extractWithin(HANG_GUARD_LARGE, text.toString());
    assertThat(extraction.entities()).isNotEmpty();
  }

  @Test
  void extract_twoHundredKilobyteListOfNamesInOneSentence_completesAndWarns() {
    Random random = new Random(201);
    StringBuilder text = new StringBuilder();
    int n = 0;
    while (text.length() < 200_000) {
      text.append(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]).append(' ')
          .append(n++ % 3 == 0 ? "" : SURNAMES[random.nextInt(SURNAMES.length)] + " ")
          .append(SURNAMES[random.nextInt(SURNAMES.length)]).append(", ");
    }
    Extraction extraction = extractWithin(HANG_GUARD_LARGE, text.toString());
    assertThat(extraction.warnings()).anySatisfy(warning -> assertThat(warning)
        .contains("the taggers take"));
  }
}
