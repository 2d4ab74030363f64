package org.quotegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quotegraph.eval.ScorerTest.gold;
import static org.quotegraph.eval.ScorerTest.prediction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reading and writing the scorer's files; no models are loaded. */
class EvaluationFilesTest {

  private static final String INVENTED_GOLD = "/eval/invented-gold.jsonl";

  private static List<GoldArticle> readGold(String lines) throws IOException {
    return EvaluationFiles.readGold(new BufferedReader(new StringReader(lines)), "gold.jsonl");
  }

  private static Map<String, List<Prediction>> readPredictions(String lines) throws IOException {
    return EvaluationFiles.readPredictions(new BufferedReader(new StringReader(lines)),
        "pred.jsonl");
  }

  @Test
  void readGold_readsOffsetsNullMentionsAndKinds() throws IOException {
    String jsonl = String.join("\n",
        "{\"id\":\"a\",\"text\":\"\\\"Go,\\\" she said.\",\"quotes\":[{\"start\":1,\"end\":4,"
            + "\"text\":\"Go,\",\"speaker\":\"Anna Holt\",\"speaker_start\":6,\"speaker_end\":9,"
            + "\"kind\":\"direct\"}]}",
        "",
        "{\"id\":7,\"text\":\"xy\",\"quotes\":[{\"start\":0,\"end\":1,\"text\":\"x\","
            + "\"speaker\":null,\"speaker_start\":null,\"speaker_end\":null,\"kind\":\"indirect\"},"
            + "{\"start\":1,\"end\":2,\"speaker\":\"\",\"kind\":\"mixed\"}]}",
        "{\"id\":\"c\",\"text\":\"\",\"quotes\":[]}");

    List<GoldArticle> articles = readGold(jsonl);

    assertThat(articles).extracting(GoldArticle::id).containsExactly("a", "7", "c");
    assertThat(articles.get(0).text()).isEqualTo("\"Go,\" she said.");
    assertThat(articles.get(0).quotes()).containsExactly(gold(1, 4, "Anna Holt", 6, 9, "direct"));
    assertThat(articles.get(1).quotes()).containsExactly(
        gold(0, 1, null, null, null, "indirect"), gold(1, 2, null, null, null, "mixed"));
    assertThat(articles.get(2).quotes()).isEmpty();
  }

  @Test
  void readGold_inventedGoldFile_pointsAtTheAnnotatedWords() throws IOException {
    List<GoldArticle> articles;
    try (InputStream in = EvaluationFilesTest.class.getResourceAsStream(INVENTED_GOLD)) {
      assertThat(in).as(INVENTED_GOLD + " on the test classpath").isNotNull();
      articles = EvaluationFiles.readGold(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), INVENTED_GOLD);
    }

    assertThat(articles).extracting(GoldArticle::id)
        .containsExactly("harbour-dredging", "bakery-closes", "library-hours");
    GoldArticle bakery = articles.get(1);
    GoldQuote second = bakery.quotes().get(1);
    assertThat(second.content().of(bakery.text())).isEqualTo("It was time,");
    assertThat(second.speakerMention().orElseThrow().of(bakery.text())).isEqualTo("he");
    assertThat(second.speaker()).contains("Mr. Jos\u00e9 N\u00fa\u00f1ez");
    assertThat(bakery.quotes().get(2).speakerMention()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      not JSON          | {"id":"a","text":"x"                                       | line 2: not JSON
      an array          | ["a"]                                                      | line 2: expected a JSON object
      no text           | {"id":"a","quotes":[]}                                     | line 2: "text" must be
      no quotes         | {"id":"a","text":"x"}                                      | line 2: "quotes" must be an array
      null id           | {"id":null,"text":"x","quotes":[]}                         | line 2: "id" must be a string or a whole number
      no kind           | {"id":"a","text":"xyz","quotes":[{"start":0,"end":1}]}     | line 2, quote 1: "kind" must be a string
      fractional start  | {"id":"a","text":"xyz","quotes":[{"start":0.5,"end":1,"kind":"direct"}]} | line 2, quote 1: "start" must be a character offset
      negative start    | {"id":"a","text":"xyz","quotes":[{"start":-1,"end":1,"kind":"direct"}]}  | line 2, quote 1: "start" must be a character offset
      end before start  | {"id":"a","text":"xyz","quotes":[{"start":2,"end":1,"kind":"direct"}]}   | line 2, quote 1: "end" 1 is before "start" 2
      past the text     | {"id":"a","text":"xyz","quotes":[{"start":0,"end":1,"kind":"direct"},{"start":1,"end":9,"kind":"direct"}]} | line 2: quote 2: the content [1, 9) ends past the end of the text (3 characters)
      mention past text | {"id":"a","text":"xyz","quotes":[{"start":0,"end":1,"kind":"direct","speaker_start":2,"speaker_end":4}]} | line 2: quote 1: the speaker mention [2, 4) ends past
      half a mention    | {"id":"a","text":"xyz","quotes":[{"start":0,"end":1,"kind":"direct","speaker_start":2,"speaker_end":null}]} | line 2, quote 1: "speaker_start" and "speaker_end" must both be offsets or both be null, got 2 and null
      speaker a number  | {"id":"a","text":"xyz","quotes":[{"start":0,"end":1,"kind":"direct","speaker":3}]} | line 2, quote 1: "speaker" must be a string or null, got 3
      repeated id       | {"id":"first","text":"x","quotes":[]}                      | line 2: the id "first" was already used on line 1; give each article its own id
      """)
  void readGold_malformedSecondLine_namesFileLineAndFix(String what, String line,
      String message) {
    String jsonl = "{\"id\":\"first\",\"text\":\"\",\"quotes\":[]}\n" + line + "\n";

    assertThatThrownBy(() -> readGold(jsonl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("gold.jsonl ")
        .hasMessageContaining(message);
  }

  @Test
  void readPredictions_readsConfidenceAndTakesAMissingQuotesFieldAsNothing() throws IOException {
    Map<String, List<Prediction>> read = readPredictions(String.join("\n",
        "{\"id\":\"a\",\"quotes\":[{\"start\":3,\"end\":9,\"speaker\":\"Ann Lee\","
            + "\"speaker_start\":0,\"speaker_end\":3,\"confidence\":0.85,\"rule\":\"X\"},"
            + "{\"start\":12,\"end\":20}]}",
        "{\"id\":\"b\"}",
        "{\"id\":\"c\",\"quotes\":null}"));

    assertThat(read).containsOnlyKeys("a", "b", "c");
    assertThat(read.get("a")).containsExactly(prediction(3, 9, "Ann Lee", 0, 3, 0.85),
        prediction(12, 20, null, null, null, null));
    assertThat(read.get("b")).isEmpty();
    assertThat(read.get("c")).isEmpty();
  }

  @Test
  void readPredictions_confidenceAboveOne_namesLineAndQuote() {
    String jsonl = "{\"id\":\"a\",\"quotes\":[{\"start\":3,\"end\":9},"
        + "{\"start\":12,\"end\":20,\"confidence\":1.5}]}";

    assertThatThrownBy(() -> readPredictions(jsonl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pred.jsonl line 1, quote 2: \"confidence\" must be a number from 0 to 1, or"
            + " null, got 1.5");
  }

  @Test
  void predictionLine_readBack_givesTheSamePredictions() throws IOException {
    List<Prediction> written = List.of(prediction(3, 9, "José Núñez", 0, 3, 0.8500000000000001),
        prediction(12, 20, null, null, null, null), prediction(22, 30, "Ann \"Lee\"", 25, 28, 0.0));

    String line = EvaluationFiles.predictionLine("a\"1", written);

    assertThat(line).doesNotContain("\n");
    assertThat(readPredictions(line)).containsExactly(Map.entry("a\"1", written));
  }

  @Test
  void predictionLine_withoutConfidence_writesNoConfidenceField() {
    String line = EvaluationFiles.predictionLine("a",
        List.of(prediction(12, 20, "Ann Lee", null, null, null)));

    assertThat(line).isEqualTo("{\"id\":\"a\",\"quotes\":[{\"start\":12,\"end\":20,"
        + "\"speaker\":\"Ann Lee\",\"speaker_start\":null,\"speaker_end\":null}]}");
  }

  @Test
  void readGold_speakerAsEmptyString_isNoSpeaker() throws IOException {
    List<GoldArticle> articles = readGold("{\"id\":\"a\",\"text\":\"xyz\",\"quotes\":[{\"start\":0,"
        + "\"end\":1,\"speaker\":\"\",\"kind\":\"direct\"}]}");

    assertThat(articles.get(0).quotes().get(0).speaker()).isEqualTo(Optional.empty());
  }
}
