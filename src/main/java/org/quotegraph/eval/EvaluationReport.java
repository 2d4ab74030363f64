package org.quotegraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one evaluation, with the definitions and the rounding of the evaluation scorer
 * ({@code score.py}); {@link #format()} prints them as it does. Percentages have one decimal.
 * Immutable and thread-safe.
 *
 * @param documents the number of gold articles
 * @param missingPredictions the number of gold articles the predictions have no line for
 * @param goldStatements the number of gold statements
 * @param predictedStatements the number of predictions for the gold articles
 * @param quotes03 quote detection: a prediction matches a gold statement when it covers more than
 *     30% of it, one to one ({@link Scorer#match})
 * @param quotes08 the same at 80% coverage
 * @param speakerSpanAccuracy of the statements matched at 30% whose gold has a speaker mention,
 *     the share whose predicted mention overlaps it; empty when there are none
 * @param speakerNameAccuracy of the statements matched at 30% whose gold has a speaker name, the
 *     share whose predicted name is the same after {@link Scorer#normName}; empty when there are
 *     none
 * @param attributed03 end to end: a prediction counts only if it matches at 30% and its speaker
 *     is right ({@link Scorer#speakerOk})
 * @param recallByKind recall at 30% for each gold {@link GoldQuote#kind()}, in key order
 * @param calibration the calibration figures; empty when no prediction carries a confidence
 */
public record EvaluationReport(
    int documents,
    int missingPredictions,
    int goldStatements,
    int predictedStatements,
    PrecisionRecall quotes03,
    PrecisionRecall quotes08,
    OptionalDouble speakerSpanAccuracy,
    OptionalDouble speakerNameAccuracy,
    PrecisionRecall attributed03,
    SortedMap<String, Double> recallByKind,
    Optional<Calibration> calibration) {

  /**
   * How well the predictions' confidence tells right attributions from wrong ones; a prediction
   * is right when it is a true positive of attributed@0.3. Immutable.
   *
   * @param expectedCalibrationError the expected calibration error in percent: the predictions
   *     are put in 10 bins of equal width by confidence ([0, 0.1), ..., [0.9, 1]), and the gaps
   *     between each bin's share of right predictions and its mean confidence are averaged,
   *     weighted by the bins' sizes; near 0 when, of the statements given 0.9, nine in ten are
   *     right
   * @param highConfidencePrecision the share of right predictions among those with confidence 0.8
   *     or more, in percent; empty when there are none
   * @param highConfidenceCount the number of predictions with confidence 0.8 or more
   */
  public record Calibration(double expectedCalibrationError,
      OptionalDouble highConfidencePrecision, int highConfidenceCount) {

    /**
     * Checks the components.
     *
     * @param expectedCalibrationError the expected calibration error in percent: the predictions
     *     are put in 10 bins of equal width by confidence ([0, 0.1), ..., [0.9, 1]), and the gaps
     *     between each bin's share of right predictions and its mean confidence are averaged,
     *     weighted by the bins' sizes; near 0 when, of the statements given 0.9, nine in ten are
     *     right
     * @param highConfidencePrecision the share of right predictions among those with confidence 0.8
     *     or more, in percent; empty when there are none
     * @param highConfidenceCount the number of predictions with confidence 0.8 or more
     * @throws NullPointerException if {@code highConfidencePrecision} is null
     */
    public Calibration {
      Objects.requireNonNull(highConfidencePrecision, "highConfidencePrecision");
    }
  }

  /**
   * Checks the components.
   *
   * @param documents the number of gold articles
   * @param missingPredictions the number of gold articles the predictions have no line for
   * @param goldStatements the number of gold statements
   * @param predictedStatements the number of predictions for the gold articles
   * @param quotes03 quote detection: a prediction matches a gold statement when it covers more than
   *     30% of it, one to one ({@link Scorer#match})
   * @param quotes08 the same at 80% coverage
   * @param speakerSpanAccuracy of the statements matched at 30% whose gold has a speaker mention,
   *     the share whose predicted mention overlaps it; empty when there are none
   * @param speakerNameAccuracy of the statements matched at 30% whose gold has a speaker name, the
   *     share whose predicted name is the same after {@link Scorer#normName}; empty when there are
   *     none
   * @param attributed03 end to end: a prediction counts only if it matches at 30% and its speaker
   *     is right ({@link Scorer#speakerOk})
   * @param recallByKind recall at 30% for each gold {@link GoldQuote#kind()}, in key order
   * @param calibration the calibration figures; empty when no prediction carries a confidence
   * @throws NullPointerException if a component or a key of {@code recallByKind} is null
   */
  public EvaluationReport {
    Objects.requireNonNull(quotes03, "quotes03");
    Objects.requireNonNull(quotes08, "quotes08");
    Objects.requireNonNull(speakerSpanAccuracy, "speakerSpanAccuracy");
    Objects.requireNonNull(speakerNameAccuracy, "speakerNameAccuracy");
    Objects.requireNonNull(attributed03, "attributed03");
    recallByKind = Collections.unmodifiableSortedMap(new TreeMap<>(recallByKind));
    Objects.requireNonNull(calibration, "calibration");
  }

  /**
   * The figures as {@code score.py GOLD PRED} prints them, line by line and character by
   * character (without a final line break):
   *
   * <pre>
   * documents                77
   * missing_predictions      0
   * quotes@0.3               {'p': 86.5, 'r': 86.4, 'f1': 86.5}
   * ...
   * recall-by-kind@0.3       {'direct': 93.4, 'indirect': 74.3, 'mixed': 90.8}
   * calibration-ece          4.1
   * precision@conf>=0.8      {'p': 93.0, 'n': 702}
   * </pre>
   *
   * <p>The last two lines only when there are calibration figures.
   *
   * @return the figures, one per line
   */
  public String format() {
    List<String> lines = new ArrayList<>();
    line(lines, "documents", Integer.toString(documents));
    line(lines, "missing_predictions", Integer.toString(missingPredictions));
    line(lines, "quotes@0.3", quotes03.toString());
    line(lines, "quotes@0.8", quotes08.toString());
    line(lines, "speaker-span-accuracy", decimal(speakerSpanAccuracy));
    line(lines, "speaker-name-accuracy", decimal(speakerNameAccuracy));
    line(lines, "attributed@0.3", attributed03.toString());
    List<String> kinds = new ArrayList<>();
    recallByKind.forEach((kind, recall) -> kinds.add(pythonString(kind) + ": " + decimal(recall)));
    line(lines, "recall-by-kind@0.3", "{" + String.join(", ", kinds) + "}");
    calibration.ifPresent(c -> {
      line(lines, "calibration-ece", decimal(c.expectedCalibrationError()));
      line(lines, "precision@conf>=0.8", "{'p': " + decimal(c.highConfidencePrecision())
          + ", 'n': " + c.highConfidenceCount() + "}");
    });
    return String.join("\n", lines);
  }

  @Override
  public String toString() {
    return format();
  }

  private static void line(List<String> lines, String label, String value) {
    lines.add(String.format(Locale.ROOT, "%-24s %s", label, value));
  }

  /**
   * A figure rounded to one decimal as Python prints it: for such a value, Python's shortest
   * representation is the one-decimal form.
   */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? decimal(value.getAsDouble()) : "None";
  }

  /** {@code value} as Python's {@code repr} writes a string: quoted, with escapes. */
  static String pythonString(String value) {
    char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\').append(c);
          } else if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(quote).toString();
  }
}
