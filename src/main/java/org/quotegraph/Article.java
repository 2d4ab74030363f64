package org.quotegraph;

import java.util.Objects;

/**
 * One news article to analyse: an identifier of the caller's choosing and the full text.
 *
 * <p>The text is taken as it is: headline, byline and body separated by line breaks, paragraphs
 * by blank lines (or single line breaks). Every offset in the result points into this exact
 * string. Instances are immutable.
 *
 * @param id the caller's identifier, carried into results and errors; never null
 * @param text the article text; never null, may be empty
 */
public record Article(String id, String text) {

  /**
   * Checks the components.
   *
   * @param id the caller's identifier, carried into results and errors; never null
   * @param text the article text; never null, may be empty
   * @throws NullPointerException if {@code id} or {@code text} is null
   */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /**
   * An article whose identifier is {@code "article"}, for one-off calls.
   *
   * @param text the article text; never null
   * @return the article
   */
  public static Article of(String text) {
    return new Article("article", text);
  }
}
