package org.quotegraph.eval;

/**
 * Precision, recall and F1 in percent, each rounded to one decimal as the scorer rounds them
 * (F1 is the harmonic mean of the unrounded precision and recall; 0 when both are 0). Immutable.
 *
 * @param precision true positives over predictions
 * @param recall true positives over gold statements
 * @param f1 the harmonic mean of precision and recall
 */
public record PrecisionRecall(double precision, double recall, double f1) {

  /** From counts: {@code truePositives} of {@code predicted} predictions and {@code gold}. */
  static PrecisionRecall of(int truePositives, int predicted, int gold) {
    double p = predicted == 0 ? 0.0 : (double) truePositives / predicted;
    double r = gold == 0 ? 0.0 : (double) truePositives / gold;
    // the operations in score.py's order, so that the rounded figures agree to the last digit
    double f1 = p + r == 0 ? 0.0 : Scorer.round1(200 * p * r / (p + r));
    return new PrecisionRecall(Scorer.round1(100 * p), Scorer.round1(100 * r), f1);
  }

  /** As score.py prints it: {@code {'p': 86.5, 'r': 84.1, 'f1': 85.3}}. */
  @Override
  public String toString() {
    return "{'p': " + EvaluationReport.decimal(precision) + ", 'r': "
        + EvaluationReport.decimal(recall) + ", 'f1': " + EvaluationReport.decimal(f1) + "}";
  }
}
