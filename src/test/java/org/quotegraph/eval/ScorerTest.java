package org.quotegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.graph.NetworkBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.quotegraph.eval.Scorer.GoldArticle;
import org.quotegraph.eval.Scorer.GoldQuote;
import org.quotegraph.eval.Scorer.Pair;
import org.quotegraph.eval.Scorer.Prediction;
import org.quotegraph.eval.Scorer.Prf;
import org.quotegraph.eval.Scorer.Report;
import org.quotegraph.json.Predictions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unit tests of {@link Scorer} on hand-made gold and predictions; no models are loaded. */
class ScorerTest {

  @Test
  void score_handComputedCase_agreesWithScorePy() {
    // Two articles. t1: four gold statements, five predictions; t2: one gold statement and no
    // predictions. Worked out by hand (coverage = |gold & pred| / |gold|):
    //   g1 [0,20)  "Anna Holt", mention [30,34)     p1 [0,18)  cov 0.90, mention overlaps
    //   g2 [40,60) "Viktor Brandt", mention [62,64) p2 [45,60) cov 0.75, wrong mention, name ok
    //   g3 [70,90) "officials", no mention          p3 [70,75) cov 0.25 (no match), p4 [70,90)
    //                                               cov 1.0 but speaker "Anna Holt": wrong
    //   g4 [92,98) mixed, nothing covers it         p5 [200,210) false positive
    //   t2 g5 [0,10) missed
    // quotes@0.3: tp 3 of 5 predicted, 5 gold -> 60/60/60; quotes@0.8: g1, g3 -> 40/40/40;
    // span accuracy g1 ok, g2 wrong -> 50.0; name accuracy g2 only of g1..g3 -> 33.3;
    // attributed g1 (mention), g2 (name) -> 40/40/40; recall direct 2/3, indirect 1/1, mixed 0/1.
    // `python3 eval/score.py` on the same two files printed exactly these figures.
    List<GoldArticle> gold = List.of(
        new GoldArticle("t1", "x".repeat(100), List.of(
            gold(0, 20, "Anna Holt", 30, 34, "direct"),
            gold(40, 60, "Viktor Brandt", 62, 64, "direct"),
            gold(70, 90, "officials", null, null, "indirect"),
            gold(92, 98, "Anna Holt", null, null, "mixed"))),
        new GoldArticle("t2", "y".repeat(30), List.of(
            gold(0, 10, "residents", 12, 21, "direct"))));
    Map<String, List<Prediction>> predicted = Map.of("t1", List.of(
        prediction(0, 18, "Holt", 30, 34),
        prediction(45, 60, "Mr. Viktor Brandt", 10, 12),
        prediction(70, 75, null, null, null),
        prediction(70, 90, "Anna Holt", 0, 4),
        prediction(200, 210, null, null, null)));

    Report report = Scorer.score(gold, predicted);

    assertThat(report.documents()).isEqualTo(2);
    assertThat(report.gold()).isEqualTo(5);
    assertThat(report.predicted()).isEqualTo(5);
    assertThat(report.quotes03()).isEqualTo(new Prf(60.0, 60.0, 60.0));
    assertThat(report.quotes08()).isEqualTo(new Prf(40.0, 40.0, 40.0));
    assertThat(report.speakerSpanAccuracy()).contains(50.0);
    assertThat(report.speakerNameAccuracy()).contains(33.3);
    assertThat(report.attributed03()).isEqualTo(new Prf(40.0, 40.0, 40.0));
    assertThat(report.recallByKind())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("direct", 66.7, "indirect", 100.0, "mixed", 0.0));
  }

  @Test
  void score_unequalPrecisionAndRecall_computesF1FromUnroundedFigures() {
    // 3 of 5 predictions right, 3 of 4 gold found: P 60, R 75, F1 2*.6*.75/1.35 = 66.67.
    List<GoldArticle> gold = List.of(new GoldArticle("a", "", List.of(
        gold(0, 10, "A", null, null, "direct"), gold(20, 30, "A", null, null, "direct"),
        gold(40, 50, "A", null, null, "direct"), gold(60, 70, "A", null, null, "direct"))));
    Map<String, List<Prediction>> predicted = Map.of("a", List.of(
        prediction(0, 10, "A", null, null), prediction(20, 30, "A", null, null),
        prediction(40, 50, "B", null, null), prediction(80, 90, null, null, null),
        prediction(95, 99, null, null, null)));

    Report report = Scorer.score(gold, predicted);

    assertThat(report.quotes03()).isEqualTo(new Prf(60.0, 75.0, 66.7));
    assertThat(report.attributed03()).isEqualTo(new Prf(40.0, 50.0, 44.4));
    assertThat(report.speakerSpanAccuracy()).isEmpty();
    assertThat(report.speakerNameAccuracy()).contains(66.7);
  }

  @Test
  void score_noPredictionsAtAll_givesZeroesNotNaN() {
    List<GoldArticle> gold = List.of(new GoldArticle("a", "", List.of(
        gold(0, 10, "A", 12, 13, "direct"))));

    Report report = Scorer.score(gold, Map.of());

    assertThat(report.quotes03()).isEqualTo(new Prf(0.0, 0.0, 0.0));
    assertThat(report.attributed03()).isEqualTo(new Prf(0.0, 0.0, 0.0));
    assertThat(report.speakerSpanAccuracy()).isEmpty();
    assertThat(report.recallByKind()).containsEntry("direct", 0.0);
  }

  @Test
  void match_twoPredictionsCoverOneGold_takesTheBetterAndLeavesTheOther() {
    List<GoldQuote> gold = List.of(gold(0, 10, null, null, null, "direct"),
        gold(10, 20, null, null, null, "direct"));
    Prediction partial = prediction(0, 5, null, null, null);
    Prediction whole = prediction(0, 12, null, null, null);

    List<Pair> pairs = Scorer.match(gold, List.of(partial, whole), 0.3);

    // "whole" covers the first gold fully and is used up; "partial" is left for the second gold,
    // which it does not touch, so only one pair is made.
    assertThat(pairs).containsExactly(new Pair(gold.get(0), whole));
  }

  @Test
  void match_equalCoverage_theEarlierPredictionWins() {
    List<GoldQuote> gold = List.of(gold(0, 10, null, null, null, "direct"));
    Prediction first = prediction(0, 8, null, null, null);
    Prediction second = prediction(2, 10, null, null, null);

    assertThat(Scorer.match(gold, List.of(first, second), 0.3))
        .containsExactly(new Pair(gold.get(0), first));
  }

  @Test
  void match_coverageExactlyAtThreshold_doesNotMatch() {
    List<GoldQuote> gold = List.of(gold(0, 10, null, null, null, "direct"));

    assertThat(Scorer.match(gold, List.of(prediction(7, 20, null, null, null)), 0.3)).isEmpty();
    assertThat(Scorer.match(gold, List.of(prediction(6, 20, null, null, null)), 0.3)).hasSize(1);
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

    assertThat(Scorer.speakerOk(withMention, prediction(0, 10, "Someone", 22, 30))).isTrue();
    assertThat(Scorer.speakerOk(withMention, prediction(0, 10, "Ms Anna Holt", 50, 52))).isTrue();
    assertThat(Scorer.speakerOk(withMention, prediction(0, 10, "Holt", 24, 30))).isFalse();
    assertThat(Scorer.speakerOk(withMention, prediction(0, 10, null, null, null))).isFalse();
    assertThat(Scorer.speakerOk(nobody, prediction(0, 10, null, null, null))).isTrue();
    assertThat(Scorer.speakerOk(nobody, prediction(0, 10, "Holt", 1, 2))).isFalse();
  }

  @Test
  void normName_dropsAccentsHonorificsPossessivesAndPunctuation() {
    assertThat(Scorer.normName(Optional.of("Mr. Nasr Al-Shammary's")))
        .containsExactly("nasr", "al", "shammary");
    assertThat(Scorer.normName(Optional.of("Ernesto Valdés"))).containsExactly("ernesto", "valdes");
    assertThat(Scorer.normName(Optional.of("the Pentagon"))).containsExactly("pentagon");
    assertThat(Scorer.normName(Optional.of("The"))).isEmpty();
    assertThat(Scorer.normName(Optional.empty())).isEmpty();
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
  void readGold_readsOffsetsNullMentionsAndKinds() throws IOException {
    String jsonl = String.join("\n",
        "{\"id\":\"a\",\"text\":\"\\\"Go,\\\" she said.\",\"quotes\":[{\"start\":1,\"end\":4,"
            + "\"text\":\"Go,\",\"speaker\":\"Anna Holt\",\"speaker_start\":6,\"speaker_end\":9,"
            + "\"kind\":\"direct\"}]}",
        "",
        "{\"id\":\"b\",\"text\":\"x\",\"quotes\":[{\"start\":0,\"end\":1,\"text\":\"x\","
            + "\"speaker\":null,\"speaker_start\":null,\"speaker_end\":null,\"kind\":\"indirect\"}]}");

    List<GoldArticle> articles = Scorer.readGold(new BufferedReader(new StringReader(jsonl)));

    assertThat(articles).extracting(GoldArticle::id).containsExactly("a", "b");
    assertThat(articles.get(0).text()).isEqualTo("\"Go,\" she said.");
    assertThat(articles.get(0).quotes()).containsExactly(
        gold(1, 4, "Anna Holt", 6, 9, "direct"));
    assertThat(articles.get(1).quotes()).containsExactly(
        gold(0, 1, null, null, null, "indirect"));
  }

  @Test
  void predictions_skipScareAndPartialQuotes_andNameTheSpeakerLikeTheCli() {
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
        Optional.empty()));
    quotes.add(quote("q2", QuoteKind.MIXED, text, "the plan was \"reckless\"",
        Optional.of(ministry), null, Optional.empty()));
    quotes.add(quote("q3", QuoteKind.PARTIAL, text, "reckless", Optional.of(ministry), null,
        Optional.of("q2")));
    quotes.add(quote("q4", QuoteKind.SCARE, text, "iron lady", Optional.empty(), null,
        Optional.empty()));
    quotes.add(quote("q5", QuoteKind.DIRECT, text, "Never,", Optional.of(he), null,
        Optional.empty()));
    Extraction extraction = new Extraction("art", List.of(holtEntity), quotes,
        new SpeakerGraph(NetworkBuilder.directed().<GraphNode, Relation>immutable().build()),
        List.of());

    List<Prediction> predictions = Scorer.predictions(extraction);

    assertThat(predictions).containsExactly(
        new Prediction(span(text, "We stay,"), Optional.of("Anna Holt"), Optional.of(holt.span())),
        new Prediction(span(text, "the plan was \"reckless\""), Optional.of("The ministry"),
            Optional.of(ministry.span())),
        new Prediction(span(text, "Never,"), Optional.of("he"), Optional.of(he.span())));
    assertThat(predictions).isEqualTo(fromCliLine(Predictions.line(extraction)));
  }

  private static List<Prediction> fromCliLine(String line) {
    JsonNode root = JsonMapper.builder().build().readTree(line);
    List<Prediction> predictions = new ArrayList<>();
    for (JsonNode q : root.required("quotes")) {
      JsonNode speaker = q.get("speaker");
      JsonNode start = q.get("speaker_start");
      predictions.add(new Prediction(
          new Span(q.get("start").asInt(), q.get("end").asInt()),
          speaker.isNull() ? Optional.empty() : Optional.of(speaker.asString()),
          start.isNull() ? Optional.empty()
              : Optional.of(new Span(start.asInt(), q.get("speaker_end").asInt()))));
    }
    return predictions;
  }

  private static Quote quote(String id, QuoteKind kind, String text, String words,
      Optional<Mention> speaker, String speakerId, Optional<String> partOf) {
    Span content = span(text, words);
    boolean statement = kind.isStatement();
    return new Quote(id, kind, content, words, Optional.empty(), speaker,
        Optional.ofNullable(speakerId),
        statement && speaker.isPresent() ? AttributionRule.EXPLICIT_SUBJECT : AttributionRule.NONE,
        statement && speaker.isPresent() ? 0.9 : 0.0, true, partOf);
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

  private static GoldQuote gold(int start, int end, String speaker, Integer mentionStart,
      Integer mentionEnd, String kind) {
    return new GoldQuote(new Span(start, end), Optional.ofNullable(speaker),
        mentionStart == null ? Optional.empty()
            : Optional.of(new Span(mentionStart, mentionEnd)), kind);
  }

  private static Prediction prediction(int start, int end, String speaker, Integer mentionStart,
      Integer mentionEnd) {
    return new Prediction(new Span(start, end), Optional.ofNullable(speaker),
        mentionStart == null ? Optional.empty()
            : Optional.of(new Span(mentionStart, mentionEnd)));
  }
}
