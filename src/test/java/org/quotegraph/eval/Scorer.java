package org.quotegraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.quotegraph.Entity;
import org.quotegraph.Extraction;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation scorer ({@code eval/score.py}) in Java, so that tests can score an extraction
 * against hand-annotated gold without leaving the JVM.
 *
 * <p>It computes the same figures with the same definitions: quote detection P/R/F1 at coverage
 * 0.3 and 0.8 (a prediction matches a gold quote when it covers more than the threshold of the
 * gold span, one-to-one, greedy in gold order, first prediction wins ties), speaker-span
 * accuracy, speaker-name accuracy (names compared after the same normalisation: accents, case,
 * possessive {@code 's}, honorifics and punctuation ignored) and attributed@0.3. Percentages are
 * rounded to one decimal the way Python's {@code round} does (half-even on the exact binary
 * value), so the printed figures equal the script's.
 *
 * <p>The predictions for an {@link Extraction} are exactly what the command line's {@code predict}
 * writes ({@code org.quotegraph.json.Predictions}): every quote except scare quotes and partial
 * quotes inside a mixed statement; the speaker name is the speaker entity's name, else the
 * speaker mention's text. Stateless and thread-safe; records are immutable.
 */
public final class Scorer {

  /** Honorifics and the article dropped from names before comparing them (as score.py). */
  static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "the");

  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Scorer() {}

  /**
   * One annotated statement.
   *
   * @param content the quoted or reported words
   * @param speaker the canonical speaker name; empty when the annotator gave none
   * @param speakerMention the mention the statement hangs on; empty for a continuation paragraph
   *     or a headline quote
   * @param kind {@code direct}, {@code mixed} or {@code indirect}
   */
  public record GoldQuote(
      Span content, Optional<String> speaker, Optional<Span> speakerMention, String kind) {

    /** Checks that no component is null. */
    public GoldQuote {
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(speakerMention, "speakerMention");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * One annotated article: its text and every statement in it, in the order of the file.
   *
   * @param id the article's identifier
   * @param text the article text the offsets point into
   * @param quotes the annotated statements
   */
  public record GoldArticle(String id, String text, List<GoldQuote> quotes) {

    /** Checks that no component is null and copies the list. */
    public GoldArticle {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * One predicted statement, as a line of the scorer's prediction file has it.
   *
   * @param content the predicted content span
   * @param speaker the predicted speaker name, if any
   * @param speakerMention the mention the prediction is attributed to, if any
   */
  public record Prediction(Span content, Optional<String> speaker, Optional<Span> speakerMention) {

    /** Checks that no component is null. */
    public Prediction {
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(speakerMention, "speakerMention");
    }
  }

  /**
   * Precision, recall and F1 in percent, each rounded to one decimal as score.py prints them.
   *
   * @param p precision
   * @param r recall
   * @param f1 the harmonic mean of the unrounded precision and recall
   */
  public record Prf(double p, double r, double f1) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.1f  R %.1f  F1 %.1f", p, r, f1);
    }
  }

  /**
   * The figures score.py prints.
   *
   * @param documents the number of gold articles
   * @param gold the number of gold statements
   * @param predicted the number of predictions for gold articles
   * @param quotes03 quote detection at coverage 0.3
   * @param quotes08 quote detection at coverage 0.8
   * @param speakerSpanAccuracy of matched quotes with a gold mention, how often the predicted
   *     mention overlaps it; empty when no such quote matched
   * @param speakerNameAccuracy of matched quotes with a gold name, how often the normalised names
   *     are equal; empty when no such quote matched
   * @param attributed03 end to end: matched at 0.3 and with the right speaker
   * @param recallByKind recall at 0.3 for each gold kind, keyed by kind in sorted order
   */
  public record Report(
      int documents,
      int gold,
      int predicted,
      Prf quotes03,
      Prf quotes08,
      Optional<Double> speakerSpanAccuracy,
      Optional<Double> speakerNameAccuracy,
      Prf attributed03,
      Map<String, Double> recallByKind) {

    /** Copies the map. */
    public Report {
      recallByKind = Map.copyOf(recallByKind);
    }

    /** The figures, one per line, in the order and with the labels score.py uses. */
    public String format() {
      return String.join("\n",
          "documents                " + documents + " (" + gold + " gold, " + predicted
              + " predicted)",
          "quotes@0.3               " + quotes03,
          "quotes@0.8               " + quotes08,
          "speaker-span-accuracy    " + speakerSpanAccuracy.map(Scorer::oneDecimal).orElse("n/a"),
          "speaker-name-accuracy    " + speakerNameAccuracy.map(Scorer::oneDecimal).orElse("n/a"),
          "attributed@0.3           " + attributed03,
          "recall-by-kind@0.3       " + new TreeMap<>(recallByKind));
    }
  }

  /**
   * A gold statement and the prediction matched to it at coverage 0.3.
   *
   * @param gold the gold statement
   * @param prediction the matched prediction
   */
  public record Pair(GoldQuote gold, Prediction prediction) {}

  /**
   * Reads gold lines ({@code {"id","text","quotes":[...]}}) until the end of {@code reader}.
   *
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if a line lacks a required field
   */
  public static List<GoldArticle> readGold(BufferedReader reader) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = MAPPER.readTree(line);
      List<GoldQuote> quotes = new ArrayList<>();
      for (JsonNode q : node.required("quotes")) {
        quotes.add(new GoldQuote(
            new Span(q.required("start").asInt(), q.required("end").asInt()),
            optionalText(q.get("speaker")),
            optionalSpan(q.get("speaker_start"), q.get("speaker_end")),
            q.path("kind").asString("")));
      }
      articles.add(new GoldArticle(
          node.required("id").asString(), node.required("text").asString(), quotes));
    }
    return articles;
  }

  /** The predictions the command line's {@code predict} writes for {@code extraction}. */
  public static List<Prediction> predictions(Extraction extraction) {
    List<Prediction> predictions = new ArrayList<>();
    for (Quote quote : extraction.quotes()) {
      if (quote.kind() == QuoteKind.SCARE || quote.partOf().isPresent()) {
        continue;
      }
      Optional<String> speaker = extraction.speakerOf(quote).map(Entity::name)
          .or(() -> quote.speakerMention().map(Mention::text));
      predictions.add(new Prediction(
          quote.content(), speaker, quote.speakerMention().map(Mention::span)));
    }
    return predictions;
  }

  /**
   * Scores {@code predictions} (keyed by article id) against {@code gold}. Articles without
   * predictions count as predicting nothing; predictions for other ids are ignored.
   */
  public static Report score(List<GoldArticle> gold, Map<String, List<Prediction>> predictions) {
    int nGold = 0;
    int nPred = 0;
    for (GoldArticle article : gold) {
      nGold += article.quotes().size();
      nPred += predictionsFor(article, predictions).size();
    }
    int tp03 = 0;
    int tp08 = 0;
    int spanN = 0;
    int spanOk = 0;
    int nameN = 0;
    int nameOk = 0;
    int attributed = 0;
    Map<String, Integer> kindTotal = new LinkedHashMap<>();
    Map<String, Integer> kindHit = new LinkedHashMap<>();
    for (GoldArticle article : gold) {
      List<Prediction> predicted = predictionsFor(article, predictions);
      tp08 += match(article.quotes(), predicted, 0.8).size();
      List<Pair> pairs = match(article.quotes(), predicted, 0.3);
      tp03 += pairs.size();
      for (Pair pair : pairs) {
        GoldQuote g = pair.gold();
        Prediction p = pair.prediction();
        kindHit.merge(g.kind(), 1, Integer::sum);
        if (g.speakerMention().isPresent()) {
          spanN++;
          spanOk += mentionsOverlap(g, p) ? 1 : 0;
        }
        if (g.speaker().filter(s -> !s.isEmpty()).isPresent()) {
          nameN++;
          nameOk += normName(g.speaker()).equals(normName(p.speaker())) ? 1 : 0;
        }
        attributed += speakerOk(g, p) ? 1 : 0;
      }
      for (GoldQuote g : article.quotes()) {
        kindTotal.merge(g.kind(), 1, Integer::sum);
      }
    }
    Map<String, Double> recallByKind = new TreeMap<>();
    kindTotal.forEach((kind, total) ->
        recallByKind.put(kind, round1(100.0 * kindHit.getOrDefault(kind, 0) / total)));
    return new Report(gold.size(), nGold, nPred,
        prf(tp03, nPred, nGold), prf(tp08, nPred, nGold),
        spanN == 0 ? Optional.empty() : Optional.of(round1(100.0 * spanOk / spanN)),
        nameN == 0 ? Optional.empty() : Optional.of(round1(100.0 * nameOk / nameN)),
        prf(attributed, nPred, nGold), recallByKind);
  }

  /**
   * Matches predictions to gold one-to-one: for each gold quote in order, the remaining
   * prediction that covers the most of it, if that is more than {@code threshold}; on a tie the
   * earlier prediction wins.
   */
  public static List<Pair> match(List<GoldQuote> gold, List<Prediction> predicted,
      double threshold) {
    List<Integer> remaining = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      remaining.add(i);
    }
    List<Pair> pairs = new ArrayList<>();
    for (GoldQuote g : gold) {
      Integer best = null;
      double bestScore = threshold;
      for (Integer index : remaining) {
        double score = coverage(g.content(), predicted.get(index).content());
        if (score > bestScore) {
          best = index;
          bestScore = score;
        }
      }
      if (best != null) {
        remaining.remove(best);
        pairs.add(new Pair(g, predicted.get(best)));
      }
    }
    return pairs;
  }

  /** The share of {@code gold} that {@code predicted} covers (an empty gold span counts as 1). */
  public static double coverage(Span gold, Span predicted) {
    int intersection = Math.min(gold.end(), predicted.end())
        - Math.max(gold.start(), predicted.start());
    return (double) Math.max(0, intersection) / Math.max(1, gold.end() - gold.start());
  }

  /**
   * Whether the prediction's speaker is right: its mention overlaps the gold mention, or the
   * normalised names are equal, or neither side has any speaker.
   */
  public static boolean speakerOk(GoldQuote gold, Prediction prediction) {
    if (mentionsOverlap(gold, prediction)) {
      return true;
    }
    List<String> goldName = normName(gold.speaker());
    List<String> predictedName = normName(prediction.speaker());
    if (!goldName.isEmpty() && goldName.equals(predictedName)) {
      return true;
    }
    return goldName.isEmpty() && gold.speakerMention().isEmpty() && predictedName.isEmpty();
  }

  /**
   * A name reduced for comparison as score.py does: compatibility-decomposed, non-ASCII dropped
   * (accents, curly apostrophes), lower-cased, possessive {@code 's} removed, split on anything
   * but letters and digits, honorifics and "the" dropped.
   */
  public static List<String> normName(Optional<String> name) {
    if (name.isEmpty() || name.get().isEmpty()) {
      return List.of();
    }
    String decomposed = Normalizer.normalize(name.get(), Normalizer.Form.NFKD);
    StringBuilder ascii = new StringBuilder(decomposed.length());
    decomposed.chars().filter(c -> c < 128).forEach(c -> ascii.append((char) c));
    String lower = POSSESSIVE.matcher(ascii.toString().toLowerCase(Locale.ROOT)).replaceAll("");
    List<String> tokens = new ArrayList<>();
    for (String token : NON_ALNUM.split(lower)) {
      if (!token.isEmpty() && !HONORIFICS.contains(token)) {
        tokens.add(token);
      }
    }
    return List.copyOf(tokens);
  }

  /** {@code value} rounded to one decimal, half-even on its exact binary value (Python's round). */
  static double round1(double value) {
    return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static Prf prf(int tp, int nPred, int nGold) {
    double p = nPred == 0 ? 0.0 : (double) tp / nPred;
    double r = nGold == 0 ? 0.0 : (double) tp / nGold;
    double f1 = p + r == 0 ? 0.0 : round1(200 * p * r / (p + r));
    return new Prf(round1(100 * p), round1(100 * r), f1);
  }

  private static boolean mentionsOverlap(GoldQuote gold, Prediction prediction) {
    return gold.speakerMention().isPresent() && prediction.speakerMention().isPresent()
        && gold.speakerMention().get().overlaps(prediction.speakerMention().get());
  }

  private static List<Prediction> predictionsFor(GoldArticle article,
      Map<String, List<Prediction>> predictions) {
    return predictions.getOrDefault(article.id(), List.of());
  }

  private static Optional<String> optionalText(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asString());
  }

  private static Optional<Span> optionalSpan(JsonNode start, JsonNode end) {
    if (start == null || start.isNull() || end == null || end.isNull()) {
      return Optional.empty();
    }
    return Optional.of(new Span(start.asInt(), end.asInt()));
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
