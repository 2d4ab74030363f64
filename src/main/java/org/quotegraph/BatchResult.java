package org.quotegraph;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one article of a batch: either its {@link Extraction} or the error that stopped
 * it. Immutable and thread-safe (the exception it may hold is not copied; do not mutate it).
 *
 * @param index the article's position in the input, from 0
 * @param article the article, so that offsets can be read against its text; never null
 * @param extraction what was found; present exactly when {@code error} is empty
 * @param error why the article failed ({@link ExtractionException} for a failure inside the
 *     library, {@link IllegalArgumentException} for an article the extractor rejects, such as one
 *     over the length limit); present exactly when {@code extraction} is empty
 * @param elapsed how long the article took on its worker thread; never null or negative. Timings
 *     differ from run to run, so compare the other components when comparing runs.
 */
public record BatchResult(long index, Article article, Optional<Extraction> extraction,
    Optional<RuntimeException> error, Duration elapsed) {

  /**
   * Checks the components.
   *
   * @param index the article's position in the input, from 0
   * @param article the article, so that offsets can be read against its text; never null
   * @param extraction what was found; present exactly when {@code error} is empty
   * @param error why the article failed ({@link ExtractionException} for a failure inside the
   *     library, {@link IllegalArgumentException} for an article the extractor rejects, such as one
   *     over the length limit); present exactly when {@code extraction} is empty
   * @param elapsed how long the article took on its worker thread; never null or negative. Timings
   *     differ from run to run, so compare the other components when comparing runs.
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code index} is negative, or not exactly one of {@code
   *     extraction} and {@code error} is present, or the extraction is of another article
   */
  public BatchResult {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(elapsed, "elapsed");
    if (elapsed.isNegative()) {
      throw new IllegalArgumentException("elapsed must not be negative, got " + elapsed);
    }
    if (extraction.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("a batch result holds an extraction or an error, not "
          + (error.isPresent() ? "both" : "neither") + " (article \"" + article.id() + "\")");
    }
    if (extraction.isPresent() && !extraction.get().articleId().equals(article.id())) {
      throw new IllegalArgumentException("extraction of article \""
          + extraction.get().articleId() + "\" given for article \"" + article.id() + "\"");
    }
  }

  /** {@return the {@link Article#id()} of the article} */
  public String articleId() {
    return article.id();
  }

  /**
   * A successful result.
   *
   * @param index the article's position in the input, from 0
   * @param article the article
   * @param extraction what was found in it
   * @param elapsed how long its analysis took
   * @return the result
   */
  public static BatchResult success(long index, Article article, Extraction extraction,
      Duration elapsed) {
    return new BatchResult(index, article, Optional.of(extraction), Optional.empty(), elapsed);
  }

  /**
   * A failed result.
   *
   * @param index the article's position in the input, from 0
   * @param article the article
   * @param error why it failed
   * @param elapsed how long it took to fail
   * @return the result
   */
  public static BatchResult failure(long index, Article article, RuntimeException error,
      Duration elapsed) {
    return new BatchResult(index, article, Optional.empty(), Optional.of(error), elapsed);
  }

  /** {@return whether the article was analysed} */
  public boolean succeeded() {
    return extraction.isPresent();
  }

  /** {@return the error's message, or an empty string for a success} */
  public String errorMessage() {
    return error.map(e -> String.valueOf(e.getMessage())).orElse("");
  }

  /**
   * The extraction, or the article's error thrown again.
   *
   * @return the extraction
   * @throws RuntimeException the error, if the article failed
   */
  public Extraction extractionOrThrow() {
    if (error.isPresent()) {
      throw error.get();
    }
    return extraction.get();
  }
}
