package org.quotegraph.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.quotegraph.ArticleTextArbitraries;

/** Properties of {@link QuoteFinder} over generated text; no models, so many tries. */
class QuoteFinderPropertiesTest {

  private final QuoteFinder finder = new QuoteFinder();

  @Provide
  Arbitrary<String> texts() {
    return ArticleTextArbitraries.articleText(300);
  }

  @Property(tries = 3000)
  void find_anyText_givesOrderedDisjointQuotesWithinOneParagraph(@ForAll("texts") String text) {
    List<QuotedSpan> quotes = finder.find(text);
    int previousClose = 0;
    for (int i = 0; i < quotes.size(); i++) {
      QuotedSpan quote = quotes.get(i);
      // a quote goes on into the next paragraph exactly when the next quote carries it on
      assertThat(quote.continuesNext())
          .isEqualTo(i + 1 < quotes.size() && quotes.get(i + 1).continuesPrevious());
      assertThat(quote.open()).isGreaterThanOrEqualTo(previousClose);
      assertThat(QuoteFinder.isQuoteMark(text.charAt(quote.open()))).isTrue();
      // a mark is one character, or two apostrophes standing for a double mark
      assertThat(quote.contentStart() - quote.open()).isBetween(1, 2);
      if (quote.contentStart() - quote.open() == 2) {
        assertThat(text.substring(quote.open(), quote.contentStart())).isEqualTo("''");
      }
      assertThat(quote.contentEnd()).isBetween(quote.contentStart(), text.length());
      if (quote.closed()) {
        assertThat(quote.close() - quote.contentEnd()).isBetween(1, 2);
        assertThat(QuoteFinder.isQuoteMark(text.charAt(quote.contentEnd()))).isTrue();
      } else {
        assertThat(quote.close()).isEqualTo(quote.contentEnd());
      }
      assertThat(text.substring(quote.open(), quote.close())).doesNotContain("\n");
      // an empty quotation is not a quote
      assertThat(text.substring(quote.contentStart(), quote.contentEnd()).chars()
          .anyMatch(c -> !Character.isWhitespace(c) && !QuoteFinder.isQuoteMark((char) c)))
          .as("quote %d has words", i).isTrue();
      previousClose = quote.close();
    }
  }

  @Property(tries = 1000)
  void scan_anyText_warnsOfEachUnclosedQuoteAtAQuotationMark(@ForAll("texts") String text) {
    QuoteFinder.Scan scan = finder.scan(text);
    long unclosed = scan.quotes().stream().filter(q -> !q.closed() && !q.continuesNext()).count();
    assertThat(scan.warnings()).hasSizeGreaterThanOrEqualTo((int) unclosed);
    int previous = -1;
    for (String warning : scan.warnings()) {
      java.util.regex.Matcher offset =
          java.util.regex.Pattern.compile("^quotation mark at (\\d+) ").matcher(warning);
      assertThat(offset.find()).as(warning).isTrue();
      int at = Integer.parseInt(offset.group(1));
      assertThat(QuoteFinder.isQuoteMark(text.charAt(at))).as(warning).isTrue();
      assertThat(at).isGreaterThan(previous);
      previous = at;
    }
  }

  @Test
  void find_unclosedQuote_endsAtParagraphEndAndNextParagraphIsStillScanned() {
    String text = "He said \u201Cthis never closes \n\nShe said \u201Cthis one does\u201D.";
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).closed()).isFalse();
    assertThat(text.substring(quotes.get(0).contentStart(), quotes.get(0).contentEnd()))
        .isEqualTo("this never closes");
    assertThat(quotes.get(1).closed()).isTrue();
  }

  @Test
  void find_quoteOpenAtParagraphEndAndNextParagraphOpeningNothing_doesNotContinue() {
    String text = "The mayor said \u201Cnothing closes this\n\" \"";
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).closed()).isFalse();
    assertThat(quotes.get(0).continuesNext()).isFalse();
  }

  @Test
  void find_apostrophesAfterManyOpenQuotes_finishes() {
    // each apostrophe asks whether a single mark is open; that must not rescan 200,000 marks
    String text = "\u201Ca ".repeat(200_000) + "don't ".repeat(200_000);
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).closed()).isFalse();
  }

  @Test
  void scan_paragraphOfSpacedStraightMarks_finishesWithAWarningPerTrailingMark() {
    // every mark asks whether only spaces and marks follow it; that must not rescan the paragraph
    String text = "\" ".repeat(200_000);
    QuoteFinder.Scan scan = finder.scan(text);
    assertThat(scan.quotes()).isEmpty();
    assertThat(scan.warnings()).isNotEmpty().allMatch(w -> w.contains("nothing follows it"));
  }

  @Test
  void find_deeplyNestedQuotes_givesTheOutermostOnly() {
    String text = "\u201C\u2018".repeat(50_000) + "x" + "\u2019\u201D".repeat(50_000);
    List<QuotedSpan> quotes = finder.find(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).open()).isZero();
    assertThat(quotes.get(0).close()).isEqualTo(text.length());
  }
}
