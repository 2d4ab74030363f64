package org.quotegraph.internal.confidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The confidence of an attribution: the probability that the statement is one and its speaker
 * is right, from a logistic model over its {@link ConfidenceFeatures}. The log-odds are the sum
 * of an intercept, a base for the rule that found the speaker, a modifier for the rule with the
 * statement's kind, and modifiers for the cue and the speaker's form; a term the table does not
 * list is 0.
 *
 * <p>The weights are data, not code: {@code models/confidence.tsv}, fitted by the command line's
 * {@code calibrate} on annotated news that is not used to report the library's figures (its
 * header says which). Immutable and thread-safe.
 */
public final class ConfidenceModel {

  /** The class-path resource of the table the library uses. */
  static final String RESOURCE = "/org/quotegraph/models/confidence.tsv";

  private static final ConfidenceModel DEFAULT = load();

  private final Map<String, Double> weights;

  ConfidenceModel(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The model of the table in the jar. */
  public static ConfidenceModel standard() {
    return DEFAULT;
  }

  /** The probability that a statement with these features is one and has the right speaker. */
  public double confidence(ConfidenceFeatures features) {
    double logOdds = 0;
    for (String term : terms(features)) {
      logOdds += weights.getOrDefault(term, 0.0);
    }
    return 1 / (1 + Math.exp(-logOdds));
  }

  /**
   * The names of the terms that add up to a statement's log-odds: {@code intercept}, {@code
   * rule/R}, {@code rule-kind/R/K}, {@code cue/C}, {@code speaker/S}.
   */
  static List<String> terms(ConfidenceFeatures features) {
    String rule = features.rule().name();
    return List.of("intercept", "rule/" + rule,
        "rule-kind/" + rule + "/" + features.kind().name(),
        "cue/" + features.cue().name(), "speaker/" + features.speaker().name());
  }

  /** The weights, by term, for writing a table. */
  Map<String, Double> weights() {
    return weights;
  }

  /**
   * Reads a table: one term per line, its name, a tab and its weight; lines starting with
   * {@code #} and blank lines are ignored.
   *
   * @throws IllegalArgumentException if a line is not such a term, naming the line
   */
  static ConfidenceModel read(BufferedReader reader, String source) throws IOException {
    Map<String, Double> weights = new LinkedHashMap<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      try {
        if (fields.length < 2 || weights.put(fields[0], Double.parseDouble(fields[1])) != null) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + " line " + number + " is not a new term and"
            + " its weight separated by a tab: \"" + line + "\"");
      }
    }
    return new ConfidenceModel(weights);
  }

  /**
   * The table, as {@link #read} reads it, terms in alphabetical order, after {@code header} (each
   * line a comment).
   */
  public String write(String header) {
    StringBuilder out = new StringBuilder();
    for (String line : header.split("\n", -1)) {
      out.append("# ").append(line).append('\n');
    }
    new TreeMap<>(weights).forEach((term, weight) ->
        out.append(term).append('\t').append(String.format(Locale.ROOT, "%.4f", weight))
            .append('\n'));
    return out.toString();
  }

  private static ConfidenceModel load() {
    InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE);
    Objects.requireNonNull(in, () -> RESOURCE + " is missing from the class path");
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(reader, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
