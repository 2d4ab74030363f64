package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link NewsExtractor#extract(Article)} over generated article-like text, with the
 * real models: every result is valid and nothing but the documented exceptions is thrown. Each
 * try costs a model run, so the tries are few.
 */
class NewsExtractorPropertiesTest {

  @Provide
  Arbitrary<String> articles() {
    return ArticleTextArbitraries.articleText(120);
  }

  @Property(tries = 120)
  void extract_anyArticleLikeText_givesValidResult(@ForAll("articles") String text) {
    Extraction extraction = SharedExtractor.get().extract(new Article("generated", text));
    ExtractionInvariants.assertValid(extraction, text);
    assertThat(extraction.articleId()).isEqualTo("generated");
    if (text.isBlank()) {
      assertThat(extraction.quotes()).isEmpty();
      assertThat(extraction.entities()).isEmpty();
    }
  }

  @Property(tries = 60)
  void extract_unclosedQuote_isReportedNotLost(@ForAll("articles") String before,
      @ForAll("articles") String after) {
    // a paragraph that opens a quote and never closes it, between generated paragraphs
    String text = before + "\nThe mayor said \u201Cnothing closes this quote\n" + after;
    Extraction extraction = SharedExtractor.get().extract(new Article("generated", text));
    ExtractionInvariants.assertValid(extraction, text);
    for (Quote quote : extraction.quotes()) {
      if (!quote.closed()) {
        assertThat(extraction.warnings()).isNotEmpty();
      }
    }
  }
}
