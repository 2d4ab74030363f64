package org.quotegraph.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  private static String content(String text, QuotedSpan quote) {
    return text.substring(quote.contentStart(), quote.contentEnd());
  }

  @Test
  void find_straightDoubleQuotes_pairsByPosition() {
    String text = "\"We will appeal,\" said Ana Ruiz. She called it \"unjust\".";
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).extracting(q -> content(text, q)).containsExactly("We will appeal,", "unjust");
    assertThat(quotes).allMatch(QuotedSpan::closed);
  }

  @Test
  void find_curlyQuotes_pairsByShape() {
    String text = "“Prices will fall,” the minister said, calling it “a new start”.";
    assertThat(finder.find(text)).extracting(q -> content(text, q))
        .containsExactly("Prices will fall,", "a new start");
  }

  @Test
  void find_apostrophes_areNotQuotes() {
    String text = "The mayor's plan, which critics don't like, dates from the ’90s and Iraqis’ hopes.";
    assertThat(finder.find(text)).isEmpty();
  }

  @Test
  void find_singleQuotesInHeadline_areQuotes() {
    String text = "'We will not back down,' union says\n\nThe union said it would strike.";
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).hasSize(1);
    assertThat(content(text, quotes.get(0))).isEqualTo("We will not back down,");
    assertThat(quotes.get(0).singleMarks()).isTrue();
  }

  @Test
  void find_quoteOverSeveralParagraphs_givesOnePiecePerParagraphLinked() {
    String text = "“The first part goes on\n\n“and the second part goes on\n\n“and it ends here,” she said.";
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).extracting(q -> content(text, q)).containsExactly(
        "The first part goes on", "and the second part goes on", "and it ends here,");
    assertThat(quotes.get(0).continuesNext()).isTrue();
    assertThat(quotes.get(1).continuesPrevious()).isTrue();
    assertThat(quotes.get(1).continuesNext()).isTrue();
    assertThat(quotes.get(2).continuesPrevious()).isTrue();
    assertThat(quotes.get(2).closed()).isTrue();
  }

  @Test
  void find_unclosedQuoteAtParagraphEnd_endsWithParagraphAndLaterTextIsStillScanned() {
    String text = "He said \"this never closes\n\nA later \"closed one\" here.";
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).extracting(q -> content(text, q))
        .containsExactly("this never closes", "closed one");
    assertThat(quotes.get(0).closed()).isFalse();
    assertThat(quotes.get(0).continuesNext()).isFalse();
    assertThat(quotes.get(1).closed()).isTrue();
  }

  @Test
  void find_nestedQuotes_returnsOnlyTheOutermost() {
    String text = "“He told me ‘never again’ and left,” she said.";
    assertThat(finder.find(text)).extracting(q -> content(text, q))
        .containsExactly("He told me ‘never again’ and left,");
  }

  @Test
  void find_strayClosingMark_isIgnored() {
    String text = "This has a stray ” mark and then “a real quote”.";
    assertThat(finder.find(text)).extracting(q -> content(text, q)).containsExactly("a real quote");
  }

  @Test
  void find_closingMarkTypedAtTheStartOfAQuote_opensIt() {
    String text = "Readers wrote in.\n\n”The ferry is our lifeline. Keep it running.” ― Ana Holt";
    assertThat(finder.find(text)).extracting(q -> content(text, q))
        .containsExactly("The ferry is our lifeline. Keep it running.");
  }

  @Test
  void find_manyMarks_runsInLinearTimeAndKeepsOffsetsInRange() {
    String text = "\"a\" ".repeat(5_000);
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).hasSize(5_000);
    assertThat(quotes).allMatch(q -> q.close() <= text.length() && q.open() < q.contentStart());
  }

  @Test
  void find_doubledApostrophes_actAsStraightDoubleMarks() {
    String text = "''It isn't reform,'' said Dan Cole, who didn't agree.";
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).extracting(q -> content(text, q)).containsExactly("It isn't reform,");
    assertThat(quotes.get(0).close()).isEqualTo(text.indexOf(" said"));
  }

  @Test
  void scan_curlyPairs_giveNoQuotesAndNoWarnings() {
    String text = "Dots: \u201C\u201D\u201C\u201D \u201C \u201D \u201C\u2018\u2019\u201D and \u201Cwords\u201D.";
    QuoteFinder.Scan scan = finder.scan(text);
    assertThat(scan.quotes()).extracting(q -> content(text, q)).containsExactly("words");
    assertThat(scan.warnings()).isEmpty();
  }

  @Test
  void scan_straightMarkEndingAParagraph_warnsThatItIsNeverClosed() {
    String text = "The minister said: \"\n\nThe session ended.";
    QuoteFinder.Scan scan = finder.scan(text);
    assertThat(scan.quotes()).isEmpty();
    assertThat(scan.warnings()).containsExactly("quotation mark at 19 is never closed and nothing"
        + " follows it in its paragraph; it is ignored");
  }

  @Test
  void scan_curlyOpeningMarkEndingTheText_warnsAndGivesNoEmptyQuote() {
    String text = "The minister said: \u201C  ";
    QuoteFinder.Scan scan = finder.scan(text);
    assertThat(scan.quotes()).isEmpty();
    assertThat(scan.warnings()).singleElement().asString().startsWith("quotation mark at 19 ");
  }

  @Test
  void scan_unclosedQuote_warnsOnceWithItsOffset() {
    String text = "He said \"this never closes\n\nA later \"closed one\" here.";
    assertThat(finder.scan(text).warnings()).containsExactly("quotation mark at 8 is never"
        + " closed; the quote is taken to end with its paragraph");
  }

  @Test
  void scan_quoteOverSeveralParagraphs_warnsOfNothing() {
    String text = "\u201CThe first part goes on\n\n\u201Cand it ends here,\u201D she said.";
    assertThat(finder.scan(text).warnings()).isEmpty();
  }
}
