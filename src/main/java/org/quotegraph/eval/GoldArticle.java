package org.quotegraph.eval;

import java.util.List;
import java.util.Objects;
import org.quotegraph.Article;
import org.quotegraph.Span;

/**
 * One line of a gold file: an article's text and every statement annotated in it, in the order
 * of the file (which is the order the scorer matches them in). Immutable.
 *
 * @param id the article's identifier; never null
 * @param text the article text the offsets point into (as Java {@code String} indices); never null
 * @param quotes the annotated statements; never null
 */
public record GoldArticle(String id, String text, List<GoldQuote> quotes) {

  /**
   * Checks the components.
   *
   * @param id the article's identifier; never null
   * @param text the article text the offsets point into (as Java {@code String} indices);
   *     never null
   * @param quotes the annotated statements; never null
   * @throws NullPointerException if a component or a quote is null
   * @throws IllegalArgumentException if a quote's content or speaker mention ends past the text
   */
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    quotes = List.copyOf(quotes);
    int index = 0;
    for (GoldQuote quote : quotes) {
      checkWithin(text, quote.content(), index, "content");
      if (quote.speakerMention().isPresent()) {
        checkWithin(text, quote.speakerMention().get(), index, "speaker mention");
      }
      index++;
    }
  }

  /** {@return the article to give the extractor} */
  public Article article() {
    return new Article(id, text);
  }

  private static void checkWithin(String text, Span span, int index, String what) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException("quote " + (index + 1) + ": the " + what + " " + span
          + " ends past the end of the text (" + text.length() + " characters); offsets are"
          + " character offsets (Java String indices) into \"text\"");
    }
  }
}
