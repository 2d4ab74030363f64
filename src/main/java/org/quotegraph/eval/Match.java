package org.quotegraph.eval;

import java.util.Objects;

/**
 * A gold statement and the prediction {@link Scorer#match} paired with it. Immutable.
 *
 * @param gold the gold statement; never null
 * @param prediction the prediction that covers it best; never null
 */
public record Match(GoldQuote gold, Prediction prediction) {

  /**
   * Checks the components.
   *
   * @param gold the gold statement; never null
   * @param prediction the prediction that covers it best; never null
   * @throws NullPointerException if a component is null
   */
  public Match {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(prediction, "prediction");
  }
}
