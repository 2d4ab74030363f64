package org.quotegraph.corpus;

import java.util.Objects;

/**
 * A speaker quoted in the same articles as another one, and in how many of them. Instances are
 * immutable.
 *
 * @param speaker the other speaker; never null
 * @param sharedArticles the number of articles that quote both speakers; at least 1
 */
public record CoQuotedSpeaker(CorpusSpeaker speaker, int sharedArticles) {

  /**
   * Checks the components.
   *
   * @param speaker the other speaker; never null
   * @param sharedArticles the number of articles that quote both speakers; at least 1
   * @throws NullPointerException if {@code speaker} is null
   * @throws IllegalArgumentException if {@code sharedArticles} is less than 1
   */
  public CoQuotedSpeaker {
    Objects.requireNonNull(speaker, "speaker");
    if (sharedArticles < 1) {
      throw new IllegalArgumentException(
          "co-quoted speakers share at least one article, got " + sharedArticles);
    }
  }
}
