package org.quotegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.graph.NetworkBuilder;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.GraphNode;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.QuoteKind;
import org.quotegraph.Relation;
import org.quotegraph.Span;
import org.quotegraph.SpeakerGraph;
import org.quotegraph.json.Predictions;

/** Unit tests of {@link Scorer} on hand-made gold and predictions; no models are loaded. */
class ScorerTest {

  // Two articles. t1: four gold statements, five predictions; t2: one gold statement and no
  // prediction line. Worked out by hand (coverage = |gold & pred| / |gold|):
  //   g1 [0,20)  "Anna Holt", mention [30,34)     p1 [0,18)  cov 0.90, mention overlaps; conf .95
  //   g2 [40,60) "Viktor Brandt", mention [62,64) p2 [45,60) cov 0.75, wrong mention, name ok; .85
  //   g3 [70,90) "officials", no mention          p3 [70,75) cov 0.25 (no match); conf .5
  //                                               p4 [70,90) cov 1.0 but "Anna Holt": wrong; .82
  //   g4 [92,98) mixed, nothing covers it         p5 [200,210) false positive; conf .05
  //   t2 g5 [0,10) missed, and no line for t2 at all
  // quotes@0.3: tp 3 of 5 predicted, 5 gold -> 60/60/60; quotes@0.8: g1, g3 -> 40/40/40;
  // span accuracy g1 ok, g2 wrong -> 50.0; name accuracy g2 only of g1..g3 -> 33.3;
  // attributed g1 (mention), g2 (name) -> 40/40/40; recall direct 2/3, indirect 1/1, mixed 0/1.
  // Calibration bins, in the order first met: 9 {.95 right}, 8 {.85 right, .82 wrong},
  // 5 {.5 wrong}, 0 {.05 wrong}: ECE = .2*.05 + .4*|.5-.835| + .2*.5 + .2*.05 = .254 -> 25.4;
  // confidence >= .8: 2 right of 3 -> 66.7.
  /** An article text long enough for every hand-made span. */
  private static final String TEXT = "z".repeat(300);

  private static final List<GoldArticle> GOLD = List.of(
      new GoldArticle("t1", "x".repeat(100), List.of(
          gold(0, 20, "Anna Holt", 30, 34, "direct"),
          gold(40, 60, "Viktor Brandt", 62, 64, "direct"),
          gold(70, 90, "officials", null, null, "indirect"),
          gold(92, 98, "Anna Holt", null, null, "mixed"))),
      new GoldArticle("t2", "y".repeat(30), List.of(
          gold(0, 10, "residents", 12, 21, "direct"))));
  private static final Map<String, List<Prediction>> PREDICTED = Map.of("t1", List.of(
      prediction(0, 18, "Holt", 30, 34, 0.95),
      prediction(45, 60, "Mr. Viktor Brandt", 10, 12, 0.85),
      prediction(70, 75, null, null, null, 0.5),
      prediction(70, 90, "Anna Holt", 0, 4, 0.82),
      prediction(200, 210, null, null, null, 0.05)));

  @Test
  void score_handComputedCase_givesEveryFigure() {
    EvaluationReport report = Scorer.score(GOLD, PREDICTED);

    assertThat(report.documents()).isEqualTo(2);
    assertThat(report.missingPredictions()).isEqualTo(1);
    assertThat(report.goldStatements()).isEqualTo(5);
    assertThat(report.predictedStatements()).isEqualTo(5);
    assertThat(report.quotes03()).isEqualTo(new PrecisionRecall(60.0, 60.0, 60.0));
    assertThat(report.quotes08()).isEqualTo(new PrecisionRecall(40.0, 40.0, 40.0));
    assertThat(report.speakerSpanAccuracy()).isEqualTo(OptionalDouble.of(50.0));
    assertThat(report.speakerNameAccuracy()).isEqualTo(OptionalDouble.of(33.3));
    assertThat(report.attributed03()).isEqualTo(new PrecisionRecall(40.0, 40.0, 40.0));
    assertThat(report.recallByKind()).containsExactly(
        Map.entry("direct", 66.7), Map.entry("indirect", 100.0), Map.entry("mixed", 0.0));
    assertThat(report.calibration()).contains(
        new EvaluationReport.Calibration(25.4, OptionalDouble.of(66.7), 3));
  }

  @Test
  void format_handComputedCase_isWhatScorePyPrints() {
    // `python3 score.py` on the same two files (gold and prediction lines) printed exactly this
    String scorePy = String.join("\n",
        "documents                2",
        "missing_predictions      1",
        "quotes@0.3               {'p': 60.0, 'r': 60.0, 'f1': 60.0}",
        "quotes@0.8               {'p': 40.0, 'r': 40.0, 'f1': 40.0}",
        "speaker-span-accuracy    50.0",
        "speaker-name-accuracy    33.3",
        "attributed@0.3           {'p': 40.0, 'r': 40.0, 'f1': 40.0}",
        "recall-by-kind@0.3       {'direct': 66.7, 'indirect': 100.0, 'mixed': 0.0}",
        "calibration-ece          25.4",
        "precision@conf>=0.8      {'p': 66.7, 'n': 3}");

    assertThat(Scorer.score(GOLD, PREDICTED).format()).isEqualTo(scorePy);
  }

  @Test
  void format_noConfidenceAndNoMatch_printsNoneAndNoCalibrationLines() {
    List<GoldArticle> gold = List.of(new GoldArticle("a", TEXT, List.of(
        gold(0, 0, null, null, null, "direct"))));

    String printed = Scorer.score(gold, Map.of("a", List.of())).format();

    assertThat(printed).isEqualTo(String.join("\n",
        "documents                1",
        "missing_predictions      0",
        "quotes@0.3               {'p': 0.0, 'r': 0.0, 'f1': 0.0}",
        "quotes@0.8               {'p': 0.0, 'r': 0.0, 'f1': 0.0}",
        "speaker-span-accuracy    None",
        "speaker-name-accuracy    None",
        "attributed@0.3           {'p': 0.0, 'r': 0.0, 'f1': 0.0}",
        "recall-by-kind@0.3       {'direct': 0.0}"));
  }

  @Test
  void score_unequalPrecisionAndRecall_computesF1FromUnroundedFigures() {
    // 3 of 5 predictions right, 3 of 4 gold found: P 60, R 75, F1 2*.6*.75/1.35 = 66.67.
    List<GoldArticle> gold = List.of(new GoldArticle("a", TEXT, List.of(
        gold(0, 10, "A", null, null, "direct"), gold(20, 30, "A", null, null, "direct"),
        gold(40, 50, "A", null, null, "direct"), gold(60, 70, "A", null, null, "direct"))));
    Map<String, List<Prediction>> predicted = Map.of("a", List.of(
        prediction(0, 10, "A", null, null, null), prediction(20, 30, "A", null, null, null),
        prediction(40, 50, "B", null, null, null), prediction(80, 90, null, null, null, null),
        prediction(95, 99, null, null, null, null)));

    EvaluationReport report = Scorer.score(gold, predicted);

    assertThat(report.quotes03()).isEqualTo(new PrecisionRecall(60.0, 75.0, 66.7));
    assertThat(report.attributed03()).isEqualTo(new PrecisionRecall(40.0, 50.0, 44.4));
    assertThat(report.speakerSpanAccuracy()).isEmpty();
    assertThat(report.speakerNameAccuracy()).isEqualTo(OptionalDouble.of(66.7));
    assertThat(report.calibration()).isEmpty();
  }

  @Test
  void score_predictionsForOtherArticles_areIgnored() {
    List<GoldArticle> gold = List.of(new GoldArticle("a", TEXT, List.of(
        gold(0, 10, "A", 12, 13, "direct"))));

    EvaluationReport report = Scorer.score(gold,
        Map.of("b", List.of(prediction(0, 10, "A", 12, 13, 0.9))));

    assertThat(report.predictedStatements()).isZero();
    assertThat(report.missingPredictions()).isEqualTo(1);
    assertThat(report.quotes03()).isEqualTo(new PrecisionRecall(0.0, 0.0, 0.0));
    assertThat(report.calibration()).isEmpty();
    assertThat(report.recallByKind()).containsEntry("direct", 0.0);
  }

  @Test
  void score_twoGoldArticlesWithOneId_isRejected() {
    List<GoldArticle> gold = List.of(new GoldArticle("a", TEXT, List.of()),
        new GoldArticle("a", TEXT, List.of()));

    assertThatThrownBy(() -> Scorer.score(gold, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"a\"").hasMessageContaining("its own id");
  }

  @Test
  void score_calibrationBins_areEqualWidthWithOneInTheLastBin() {
    // .1 and .19 share bin 1; .2 is bin 2; 1.0 goes with .9 into bin 9, not a bin of its own.
    // Bin 1: {.1 right, .19 wrong}: |.5 - .145| = .355, weight 2/6; bin 2: {.2 wrong}: .2, 1/6;
    // bin 9: {.9 right, 1.0 wrong, .95 right}: |2/3 - .95| = .28333, 3/6.
    // ECE = .118333 + .033333 + .141667 = .293333 -> 29.3; >= .8: 2 of 3 right -> 66.7.
    // (A bin of its own for 1.0 would give .025 + .166667 for the top, and 34.3.)
    List<GoldArticle> gold = new ArrayList<>();
    Map<String, List<Prediction>> predicted = new java.util.HashMap<>();
    double[] confidences = {0.1, 0.19, 0.2, 0.9, 1.0, 0.95};
    boolean[] right = {true, false, false, true, false, true};
    for (int i = 0; i < confidences.length; i++) {
      gold.add(new GoldArticle("a" + i, TEXT, List.of(gold(0, 10, "Ann Lee", null, null, "direct"))));
      predicted.put("a" + i, List.of(
          prediction(0, 10, right[i] ? "Ann Lee" : "Bob Ray", null, null, confidences[i])));
    }

    EvaluationReport.Calibration calibration = Scorer.score(gold, predicted).calibration()
        .orElseThrow();

    assertThat(calibration.expectedCalibrationError()).isEqualTo(29.3);
    assertThat(calibration.highConfidencePrecision()).isEqualTo(OptionalDouble.of(66.7));
    assertThat(calibration.highConfidenceCount()).isEqualTo(3);
  }

  @Test
  void score_perfectlyCalibratedConfidence_givesZeroError() {
    // ten predictions at .8, eight of them right: the bin's accuracy equals its confidence
    List<GoldArticle> gold = new ArrayList<>();
    Map<String, List<Prediction>> predicted = new java.util.HashMap<>();
    for (int i = 0; i < 10; i++) {
      gold.add(new GoldArticle("a" + i, TEXT, List.of(gold(0, 10, "Ann Lee", null, null, "direct"))));
      predicted.put("a" + i, List.of(
          prediction(0, 10, i < 8 ? "Ann Lee" : "Bob Ray", null, null, 0.8)));
    }

    EvaluationReport.Calibration calibration = Scorer.score(gold, predicted).calibration()
        .orElseThrow();

    assertThat(calibration.expectedCalibrationError()).isZero();
    assertThat(calibration.highConfidencePrecision()).isEqualTo(OptionalDouble.of(80.0));
    assertThat(calibration.highConfidenceCount()).isEqualTo(10);
  }

  @Test
  void score_onlyLowConfidence_givesNoHighConfidencePrecision() {
    List<GoldArticle> gold = List.of(new GoldArticle("a", TEXT, List.of(
        gold(0, 10, "Ann Lee", null, null, "direct"))));

    EvaluationReport report = Scorer.score(gold, Map.of("a", List.of(
        prediction(0, 10, "Ann Lee", null, null, 0.3))));

    assertThat(report.calibration()).contains(
        new EvaluationReport.Calibration(70.0, OptionalDouble.empty(), 0));
    assertThat(report.format()).endsWith("precision@conf>=0.8      {'p': None, 'n': 0}");
  }

  @Test
  void match_twoPredictionsCoverOneGold_takesTheBetterAndLeavesTheOther() {
    List<GoldQuote> gold = List.of(gold(0, 10, null, null, null, "direct"),
        gold(10, 20, null, null, null, "direct"));
    Prediction partial = prediction(0, 5, null, null, null, null);
    Prediction whole = prediction(0, 12, null, null, null, null);

    List<Match> matches = Scorer.match(gold, List.of(partial, whole), 0.3);

    // "whole" covers the first gold fully and is used up; "partial" is left for the second gold,
    // which it does not touch, so only one pair is made.
    assertThat(matches).containsExactly(new Match(gold.get(0), whole));
  }

  @Test
  void match_greedyInGoldOrder_isNotTheBestAssignment() {
    // p covers 60% of g1 and 100% of g2; g1 comes first and takes it, so g2 stays unmatched even
    // though q could have served g1 (40%): the scorer's greedy definition, kept on purpose
    List<GoldQuote> gold = List.of(gold(0, 10, null, null, null, "direct"),
        gold(4, 8, null, null, null, "direct"));
    Prediction p = prediction(4, 10, null, null, null, null);
    Prediction q = prediction(0, 4, null, null, null, null);

    assertThat(Scorer.match(gold, List.of(p, q), 0.3)).containsExactly(new Match(gold.get(0), p));
  }

  @Test
  void match_equalCoverage_theEarlierPredictionWins() {
    List<GoldQuote> gold = List.of(gold(0, 10, null, null, null, "direct"));
    Prediction first = prediction(0, 8, null, null, null, null);
    Prediction second = prediction(2, 10, null, null, null, null);

    assertThat(Scorer.match(gold, List.of(first, second), 0.3))
        .containsExactly(new Match(gold.get(0), first));
  }

  @Test
  void match_coverageExactlyAtThreshold_doesNotMatch() {
    List<GoldQuote> gold = List.of(gold(0, 10, null, null, null, "direct"));

    assertThat(Scorer.match(gold, List.of(prediction(7, 20, null, null, null, null)), 0.3))
        .isEmpty();
    assertThat(Scorer.match(gold, List.of(prediction(6, 20, null, null, null, null)), 0.3))
        .hasSize(1);
  }

  @Test
  void match_samePredictionObjectTwice_countsTwoPredictions() {
    List<GoldQuote> gold = List.of(gold(0, 10, "A", null, null, "direct"),
        gold(0, 10, "A", null, null, "direct"));
    Prediction p = prediction(0, 10, "A", null, null, 0.9);

    EvaluationReport report = Scorer.score(List.of(new GoldArticle("a", TEXT, gold)),
        Map.of("a", List.of(p, p)));

    assertThat(report.attributed03()).isEqualTo(new PrecisionRecall(100.0, 100.0, 100.0));
    assertThat(report.calibration().orElseThrow().highConfidencePrecision())
        .isEqualTo(OptionalDouble.of(100.0));
  }

  @Test
  void coverage_isShareOfGoldSpan() {
    assertThat(Scorer.coverage(new Span(10, 20), new Span(15, 30))).isEqualTo(0.5);
    assertThat(Scorer.coverage(new Span(10, 20), new Span(0, 100))).isEqualTo(1.0);
    assertThat(Scorer.coverage(new Span(10, 20), new Span(20, 30))).isEqualTo(0.0);
    assertThat(Scorer.coverage(new Span(5, 5), new Span(0, 10))).isEqualTo(0.0);
  }

  @Test
  void speakerOk_acceptsOverlappingMentionOrEqualNameOrNoSpeakerOnBothSides() {
    GoldQuote withMention = gold(0, 10, "Anna Holt", 20, 24, "direct");
    GoldQuote nobody = gold(0, 10, null, null, null, "direct");

    assertThat(Scorer.speakerOk(withMention, prediction(0, 10, "Someone", 22, 30, null))).isTrue();
    assertThat(Scorer.speakerOk(withMention, prediction(0, 10, "Ms Anna Holt", 50, 52, null)))
        .isTrue();
    assertThat(Scorer.speakerOk(withMention, prediction(0, 10, "Holt", 24, 30, null))).isFalse();
    assertThat(Scorer.speakerOk(withMention, prediction(0, 10, null, null, null, null))).isFalse();
    assertThat(Scorer.speakerOk(nobody, prediction(0, 10, null, null, null, null))).isTrue();
    assertThat(Scorer.speakerOk(nobody, prediction(0, 10, "", null, null, null))).isTrue();
    assertThat(Scorer.speakerOk(nobody, prediction(0, 10, "Holt", 1, 2, null))).isFalse();
  }

  @Test
  void normName_dropsAccentsHonorificsPossessivesAndPunctuation() {
    assertThat(Scorer.normName(Optional.of("Mr. Nasr Al-Shammary's")))
        .containsExactly("nasr", "al", "shammary");
    assertThat(Scorer.normName(Optional.of("Ernesto Valdés"))).containsExactly("ernesto", "valdes");
    assertThat(Scorer.normName(Optional.of("DR JOSÉ NÚÑEZ"))).containsExactly("jose", "nunez");
    assertThat(Scorer.normName(Optional.of("Prof. Dame Ada Okafor")))
        .containsExactly("ada", "okafor");
    assertThat(Scorer.normName(Optional.of("the Pentagon"))).containsExactly("pentagon");
    assertThat(Scorer.normName(Optional.of("The"))).isEmpty();
    assertThat(Scorer.normName(Optional.empty())).isEmpty();
    // the possessive goes only at a word's end: "Holt'sen" keeps its letters
    assertThat(Scorer.normName(Optional.of("Holt'sen"))).containsExactly("holt", "sen");
    // score.py drops non-ASCII characters before removing possessives, so a curly apostrophe
    // vanishes and "Holt’s" keeps its s; kept identical on purpose
    assertThat(Scorer.normName(Optional.of("Holt\u2019s"))).containsExactly("holts");
  }

  @Test
  void round1_roundsLikePythonRound() {
    assertThat(Scorer.round1(12.25)).isEqualTo(12.2);
    assertThat(Scorer.round1(0.35)).isEqualTo(0.3);
    assertThat(Scorer.round1(66.65)).isEqualTo(66.7);
    assertThat(Scorer.round1(200.0 / 3)).isEqualTo(66.7);
  }

  @Test
  void pythonString_quotesLikePythonRepr() {
    assertThat(EvaluationReport.pythonString("direct")).isEqualTo("'direct'");
    assertThat(EvaluationReport.pythonString("it's")).isEqualTo("\"it's\"");
    assertThat(EvaluationReport.pythonString("it's \"x\"")).isEqualTo("'it\\'s \"x\"'");
    assertThat(EvaluationReport.pythonString("a\\b\n")).isEqualTo("'a\\\\b\\n'");
  }

  @Test
  void predictions_areTheStatementsPredictWrites_withTheirConfidence() {
    String text = "\"We stay,\" said Anna Holt. The ministry said the plan was \"reckless\". "
        + "It was the \"iron lady\" era. \"Never,\" he said.";
    Mention holt = mention(text, "Anna Holt");
    Mention ministry = mention(text, "The ministry");
    int heAt = text.lastIndexOf("he said");
    Mention he = Mention.at(new Span(heAt, heAt + 2), text);
    Entity holtEntity = new Entity("e1", EntityType.PERSON, "Anna Holt", List.of(holt),
        List.of(), List.of());
    List<Quote> quotes = new ArrayList<>();
    quotes.add(quote("q1", QuoteKind.DIRECT, text, "We stay,", Optional.of(holt), "e1",
        Optional.empty(), 0.9));
    quotes.add(quote("q2", QuoteKind.MIXED, text, "the plan was \"reckless\"",
        Optional.of(ministry), null, Optional.empty(), 0.7));
    quotes.add(quote("q3", QuoteKind.PARTIAL, text, "reckless", Optional.of(ministry), null,
        Optional.of("q2"), 0.7));
    quotes.add(quote("q4", QuoteKind.SCARE, text, "iron lady", Optional.empty(), null,
        Optional.empty(), 0.0));
    quotes.add(quote("q5", QuoteKind.DIRECT, text, "Never,", Optional.of(he), null,
        Optional.empty(), 0.55));
    Extraction extraction = new Extraction("art", List.of(holtEntity), quotes,
        new SpeakerGraph(NetworkBuilder.directed().<GraphNode, Relation>immutable().build()),
        List.of());

    List<Prediction> predictions = Scorer.predictions(extraction);

    assertThat(predictions).containsExactly(
        new Prediction(span(text, "We stay,"), Optional.of("Anna Holt"), Optional.of(holt.span()),
            OptionalDouble.of(0.9)),
        new Prediction(span(text, "the plan was \"reckless\""), Optional.of("The ministry"),
            Optional.of(ministry.span()), OptionalDouble.of(0.7)),
        new Prediction(span(text, "Never,"), Optional.of("he"), Optional.of(he.span()),
            OptionalDouble.of(0.55)));
    // the same rows as predict's line; the same confidence too, once predict writes one
    List<Prediction> written = predictLine(extraction);
    assertThat(written).hasSameSizeAs(predictions);
    for (int i = 0; i < written.size(); i++) {
      Prediction row = written.get(i);
      assertThat(row.confidence().isPresent() ? row : new Prediction(row.content(),
          row.speaker(), row.speakerMention(), predictions.get(i).confidence()))
          .isEqualTo(predictions.get(i));
    }
  }

  /** What {@code predict} writes for the extraction, read back; its confidence, if it has any. */
  private static List<Prediction> predictLine(Extraction extraction) {
    try {
      return EvaluationFiles.readPredictions(
          new BufferedReader(new StringReader(Predictions.line(extraction))), "predict")
          .get(extraction.articleId());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Quote quote(String id, QuoteKind kind, String text, String words,
      Optional<Mention> speaker, String speakerId, Optional<String> partOf, double confidence) {
    Span content = span(text, words);
    boolean statement = kind.isStatement();
    return new Quote(id, kind, content, words, Optional.empty(), speaker,
        Optional.ofNullable(speakerId),
        statement && speaker.isPresent() ? AttributionRule.EXPLICIT_SUBJECT : AttributionRule.NONE,
        confidence, true, partOf);
  }

  private static Mention mention(String text, String words) {
    return Mention.at(span(text, words), text);
  }

  private static Span span(String text, String words) {
    int start = text.indexOf(words);
    assertThat(start).as("\"%s\" once in the test text", words)
        .isNotNegative().isEqualTo(text.lastIndexOf(words));
    return new Span(start, start + words.length());
  }

  static GoldQuote gold(int start, int end, String speaker, Integer mentionStart,
      Integer mentionEnd, String kind) {
    return new GoldQuote(new Span(start, end), Optional.ofNullable(speaker),
        mentionStart == null ? Optional.empty()
            : Optional.of(new Span(mentionStart, mentionEnd)), kind);
  }

  static Prediction prediction(int start, int end, String speaker, Integer mentionStart,
      Integer mentionEnd, Double confidence) {
    return new Prediction(new Span(start, end), Optional.ofNullable(speaker),
        mentionStart == null ? Optional.empty()
            : Optional.of(new Span(mentionStart, mentionEnd)),
        confidence == null ? OptionalDouble.empty() : OptionalDouble.of(confidence));
  }
}
