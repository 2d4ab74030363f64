package org.quotegraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.quotegraph.Entity;
import org.quotegraph.Extraction;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.Span;

/**
 * Scores predicted statements against gold annotations with exactly the definitions, the
 * rounding and the order of operations of the evaluation scorer ({@code score.py}), so that the
 * figures agree with it to the last printed digit:
 *
 * <ul>
 *   <li>a prediction matches a gold statement when it covers more than a threshold of the gold
 *       span; one to one, greedy in gold order ({@link #match});
 *   <li>a speaker is right when the mentions overlap, or the names are equal after {@link
 *       #normName}, or neither side has any speaker ({@link #speakerOk});
 *   <li>calibration counts a prediction as right when it is a true positive of attributed@0.3.
 * </ul>
 *
 * <p>Sums are taken in the order score.py takes them, one number after the other as Python 3.11's
 * {@code sum} does (Python 3.12's compensated {@code sum} can differ in the last bit, which shows
 * only if a figure falls exactly on a rounding boundary).
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units), as everywhere in this library;
 * Python counts code points, so the two agree on texts whose characters are all in the Basic
 * Multilingual Plane (as in the project's evaluation data).
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {

  /** Honorifics and the article, dropped from names before they are compared. */
  static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "the");

  /** The confidence from which a prediction counts for {@code precision@conf>=0.8}. */
  static final double HIGH_CONFIDENCE = 0.8;

  private static final int CALIBRATION_BINS = 10;
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Scorer() {}

  /**
   * The predictions of an extraction: exactly what the command line's {@code predict} writes for
   * it: every statement ({@link Extraction#statements()}), in text order; the speaker's name is
   * its entity's name, else the text of the speaker mention; the confidence is {@link
   * Quote#confidence()}.
   *
   * @param extraction what the extractor found in one article
   * @return its predictions, in text order
   * @throws NullPointerException if {@code extraction} is null
   */
  public static List<Prediction> predictions(Extraction extraction) {
    List<Prediction> predictions = new ArrayList<>();
    for (Quote quote : extraction.statements()) {
      Optional<String> speaker = extraction.speakerOf(quote).map(Entity::name)
          .or(() -> quote.speakerMention().map(Mention::text));
      predictions.add(new Prediction(quote.content(), speaker,
          quote.speakerMention().map(Mention::span),
          OptionalDouble.of(quote.confidence())));
    }
    return predictions;
  }

  /**
   * Scores {@code predictions}, keyed by article id, against {@code gold}. A gold article without
   * an entry counts as predicting nothing (and as a missing prediction); entries for other ids
   * are ignored.
   *
   * @param gold the annotated articles
   * @param predictions each article's predictions, by article id
   * @return the figures
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if two gold articles have the same id
   */
  public static EvaluationReport score(List<GoldArticle> gold,
      Map<String, List<Prediction>> predictions) {
    Objects.requireNonNull(predictions, "predictions");
    Set<String> ids = new HashSet<>();
    int nGold = 0;
    int nPred = 0;
    int missing = 0;
    for (GoldArticle article : gold) {
      if (!ids.add(article.id())) {
        throw new IllegalArgumentException("two gold articles have the id \"" + article.id()
            + "\"; give each article its own id");
      }
      nGold += article.quotes().size();
      nPred += predictions.getOrDefault(article.id(), List.of()).size();
      missing += predictions.containsKey(article.id()) ? 0 : 1;
    }
    int tp03 = 0;
    int tp08 = 0;
    Tally tally = new Tally();
    for (GoldArticle article : gold) {
      List<Prediction> predicted = predictions.getOrDefault(article.id(), List.of());
      tp08 += matchIndexes(article.quotes(), predicted, 0.8).size();
      List<int[]> matches = matchIndexes(article.quotes(), predicted, 0.3);
      tp03 += matches.size();
      tally.add(article, predicted, matches);
    }
    SortedMap<String, Double> recallByKind = new TreeMap<>();
    tally.kindTotal.forEach((kind, total) -> recallByKind.put(kind,
        round1(100 * tally.kindHit.getOrDefault(kind, 0) / (double) total)));
    return new EvaluationReport(gold.size(), missing, nGold, nPred,
        PrecisionRecall.of(tp03, nPred, nGold), PrecisionRecall.of(tp08, nPred, nGold),
        share(tally.spanOk, tally.spanN), share(tally.nameOk, tally.nameN),
        PrecisionRecall.of(tally.attributed, nPred, nGold), recallByKind, tally.calibration());
  }

  /**
   * Matches predictions to gold statements one to one: for each gold statement in order, the
   * remaining prediction that covers the largest share of it ({@link #coverage}), if that share
   * is more than {@code threshold}; on a tie the earlier prediction wins. A greedy match, not the
   * best assignment: it is the scorer's (and the Gender Gap Tracker's) definition.
   *
   * @param gold an article's gold statements, in file order
   * @param predicted its predictions
   * @param threshold the share of a gold span a prediction must cover more than (0.3, 0.8)
   * @return the pairs, in gold order
   */
  public static List<Match> match(List<GoldQuote> gold, List<Prediction> predicted,
      double threshold) {
    List<Match> matches = new ArrayList<>();
    for (int[] pair : matchIndexes(gold, predicted, threshold)) {
      matches.add(new Match(gold.get(pair[0]), predicted.get(pair[1])));
    }
    return matches;
  }

  /** {@link #match} as pairs of indexes {gold, prediction}, for figures kept per prediction. */
  private static List<int[]> matchIndexes(List<GoldQuote> gold, List<Prediction> predicted,
      double threshold) {
    List<Integer> remaining = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      remaining.add(i);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      Integer best = null;
      double bestScore = threshold;
      for (Integer index : remaining) {
        double score = coverage(gold.get(g).content(), predicted.get(index).content());
        if (score > bestScore) {
          best = index;
          bestScore = score;
        }
      }
      if (best != null) {
        remaining.remove(best);
        pairs.add(new int[] {g, best});
      }
    }
    return pairs;
  }

  /**
   * The share of {@code gold} that {@code predicted} covers, from 0 to 1 (the overlap over an
   * empty gold span is counted over one character, so it is 0).
   *
   * @param gold the gold content span
   * @param predicted the predicted content span
   * @return the share covered
   */
  public static double coverage(Span gold, Span predicted) {
    int intersection = Math.min(gold.end(), predicted.end())
        - Math.max(gold.start(), predicted.start());
    return (double) Math.max(0, intersection) / Math.max(1, gold.end() - gold.start());
  }

  /**
   * Whether the prediction's speaker is right: its mention overlaps the gold mention, or the
   * names are equal after {@link #normName} (and not empty), or neither side has any speaker.
   *
   * @param gold the gold statement
   * @param prediction the prediction matched with it
   * @return whether the speaker is right
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
   * A name reduced for comparison, as the scorer reduces it: compatibility-decomposed and
   * everything outside ASCII dropped (so accents go, and curly apostrophes too), lower-cased,
   * a possessive {@code 's} removed, split on anything but letters and digits, and the
   * honorifics (mr, mrs, ms, miss, dr, prof, sir, dame, lord, lady) and "the" dropped. "Mr. José
   * Núñez's" gives {@code [jose, nunez]}.
   *
   * @param name the name, or empty
   * @return the words of the name; empty for an empty name
   */
  public static List<String> normName(Optional<String> name) {
    if (name.isEmpty() || name.get().isEmpty()) {
      return List.of();
    }
    String decomposed = Normalizer.normalize(name.get(), Normalizer.Form.NFKD);
    StringBuilder ascii = new StringBuilder(decomposed.length());
    decomposed.chars().filter(c -> c < 128).forEach(c -> ascii.append((char) c));
    String lower = POSSESSIVE.matcher(ascii.toString().toLowerCase(Locale.ROOT)).replaceAll("");
    List<String> words = new ArrayList<>();
    for (String word : NON_ALNUM.split(lower)) {
      if (!word.isEmpty() && !HONORIFICS.contains(word)) {
        words.add(word);
      }
    }
    return List.copyOf(words);
  }

  /** {@code value} rounded to one decimal, half-even on its exact binary value (Python's round). */
  static double round1(double value) {
    return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static OptionalDouble share(int hits, int total) {
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(round1(100.0 * hits / total));
  }

  private static boolean mentionsOverlap(GoldQuote gold, Prediction prediction) {
    return gold.speakerMention().isPresent() && prediction.speakerMention().isPresent()
        && gold.speakerMention().get().overlaps(prediction.speakerMention().get());
  }

  /** The counts behind the speaker, kind and calibration figures, gathered article by article. */
  private static final class Tally {
    int spanN;
    int spanOk;
    int nameN;
    int nameOk;
    int attributed;
    final Map<String, Integer> kindTotal = new LinkedHashMap<>();
    final Map<String, Integer> kindHit = new LinkedHashMap<>();
    /** The predictions of each confidence bin, bins in the order first met, as score.py sums. */
    final Map<Integer, List<Judged>> bins = new LinkedHashMap<>();
    int judged;
    int high;
    int highRight;

    record Judged(double confidence, boolean right) {}

    void add(GoldArticle article, List<Prediction> predicted, List<int[]> matches) {
      boolean[] right = new boolean[predicted.size()];
      for (int[] pair : matches) {
        GoldQuote g = article.quotes().get(pair[0]);
        Prediction p = predicted.get(pair[1]);
        boolean ok = speakerOk(g, p);
        right[pair[1]] = ok;
        kindHit.merge(g.kind(), 1, Integer::sum);
        if (g.speakerMention().isPresent()) {
          spanN++;
          spanOk += mentionsOverlap(g, p) ? 1 : 0;
        }
        if (g.speaker().isPresent()) {
          nameN++;
          nameOk += normName(g.speaker()).equals(normName(p.speaker())) ? 1 : 0;
        }
        attributed += ok ? 1 : 0;
      }
      for (GoldQuote g : article.quotes()) {
        kindTotal.merge(g.kind(), 1, Integer::sum);
      }
      for (int i = 0; i < predicted.size(); i++) {
        OptionalDouble given = predicted.get(i).confidence();
        if (given.isPresent()) {
          double confidence = given.getAsDouble();
          boolean ok = right[i];
          int bin = Math.min((int) (confidence * CALIBRATION_BINS), CALIBRATION_BINS - 1);
          bins.computeIfAbsent(bin, b -> new ArrayList<>()).add(new Judged(confidence, ok));
          judged++;
          if (confidence >= HIGH_CONFIDENCE) {
            high++;
            highRight += ok ? 1 : 0;
          }
        }
      }
    }

    Optional<EvaluationReport.Calibration> calibration() {
      if (judged == 0) {
        return Optional.empty();
      }
      double ece = 0;
      for (List<Judged> bin : bins.values()) {
        int rightInBin = 0;
        double confidenceSum = 0;
        for (Judged j : bin) {
          rightInBin += j.right() ? 1 : 0;
          confidenceSum += j.confidence();
        }
        ece += (double) bin.size() / judged
            * Math.abs((double) rightInBin / bin.size() - confidenceSum / bin.size());
      }
      return Optional.of(new EvaluationReport.Calibration(round1(100 * ece),
          share(highRight, high), high));
    }
  }
}
