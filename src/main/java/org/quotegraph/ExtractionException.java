package org.quotegraph;

import java.util.Objects;

/**
 * Thrown when extraction fails inside the library (a fault in the language models, say) rather
 * than because of the caller's arguments. Carries the id of the article that failed.
 */
public final class ExtractionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The id of the article that failed. */
  private final String articleId;

  /**
   * @param articleId the id of the article being analysed; never null
   * @param cause what went wrong
   */
  public ExtractionException(String articleId, Throwable cause) {
    super("extraction failed for article \"" + articleId + "\": " + cause, cause);
    this.articleId = Objects.requireNonNull(articleId, "articleId");
  }

  /** {@return the id of the article that failed} */
  public String articleId() {
    return articleId;
  }
}
