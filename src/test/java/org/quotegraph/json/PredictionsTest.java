package org.quotegraph.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotegraph.Article;
import org.quotegraph.Extraction;
import org.quotegraph.InventedArticles;
import org.quotegraph.SharedExtractor;

class PredictionsTest {

  @Test
  void line_partsOfAnExtraction_giveTheLineOfTheExtraction() {
    for (Article article : InventedArticles.all()) {
      Extraction extraction = SharedExtractor.get().extract(article);

      assertThat(Predictions.line(extraction.articleId(), extraction.entities(),
          extraction.quotes())).isEqualTo(Predictions.line(extraction));
    }
  }

  @Test
  void line_withoutTheSpeakerEntities_namesEachSpeakerByItsMention() {
    Extraction extraction = SharedExtractor.get().extract(new Article("a1",
        "\"We will win,\" said Mark Jones, the coach."));

    String line = Predictions.line("a1", List.of(), extraction.quotes());

    double confidence = extraction.quotes().get(0).confidence();
    assertThat(confidence).isStrictlyBetween(0.0, 1.0);
    assertThat(line).isEqualTo("{\"id\":\"a1\",\"quotes\":[{\"start\":1,\"end\":13,"
        + "\"kind\":\"direct\",\"speaker\":\"Mark Jones\",\"speaker_start\":20,"
        + "\"speaker_end\":30,\"confidence\":" + Math.round(confidence * 10_000) / 10_000.0
        + ",\"rule\":\"EXPLICIT_SUBJECT\",\"cue\":\"said\"}]}");
  }
}
