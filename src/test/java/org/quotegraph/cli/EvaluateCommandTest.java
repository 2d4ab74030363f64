package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotegraph.AttributionScope;
import org.quotegraph.NewsExtractor;
import org.quotegraph.SharedExtractor;
import org.quotegraph.eval.EvaluationFiles;
import org.quotegraph.eval.GoldArticle;
import org.quotegraph.eval.Prediction;
import org.quotegraph.eval.Scorer;

/** The {@code evaluate} command, end to end on an invented gold file with the real models. */
class EvaluateCommandTest {

  /** Three invented articles, ten annotated statements (see the file for the text). */
  private static final String INVENTED_GOLD = "/eval/invented-gold.jsonl";

  @TempDir Path dir;

  private final Console console = new Console();

  private int run(Function<AttributionScope, NewsExtractor> extractors, String... args)
      throws IOException {
    return new EvaluateCommand(extractors).run(List.of(args),
        console.out(),
        console.err());
  }



  private static Function<AttributionScope, NewsExtractor> shared() {
    return scope -> {
      assertThat(scope).isEqualTo(AttributionScope.SPEECH);
      return SharedExtractor.get();
    };
  }

  private Path inventedGold() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    try (InputStream in = EvaluateCommandTest.class.getResourceAsStream(INVENTED_GOLD)) {
      assertThat(in).as(INVENTED_GOLD + " on the test classpath").isNotNull();
      Files.copy(in, gold);
    }
    return gold;
  }

  @Test
  void run_inventedGoldFile_printsTheScorersFiguresForTheExtractorsStatements()
      throws IOException {
    Path gold = inventedGold();
    Path predictionsFile = dir.resolve("predictions.jsonl");

    int status = run(shared(), gold.toString(), "--threads", "2", "--out",
        predictionsFile.toString());

    assertThat(status).as(console.errors()).isZero();
    List<GoldArticle> articles = EvaluationFiles.readGold(gold);
    Map<String, List<Prediction>> written = EvaluationFiles.readPredictions(predictionsFile);
    // what was written is what the extractor says about each article, in gold order
    assertThat(written.keySet()).containsExactly("harbour-dredging", "bakery-closes",
        "library-hours");
    for (GoldArticle article : articles) {
      assertThat(written.get(article.id())).as(article.id()).isEqualTo(
          Scorer.predictions(SharedExtractor.get().extract(article.article())));
      assertThat(written.get(article.id())).allSatisfy(
          prediction -> assertThat(prediction.confidence()).isPresent());
    }
    // and what was printed is the scorer's report on it
    assertThat(console.printed())
        .isEqualTo(Scorer.score(articles, written).format() + System.lineSeparator());
    List<String> lines = console.printed().lines().toList();
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).isEqualTo("documents                3");
    assertThat(lines.get(1)).isEqualTo("missing_predictions      0");
    // the gold names are written "Jose Nunez", "Mr. José Núñez", "Jose Nunez's", "the town
    // council": equal to the extractor's "José Núñez" and "town council" only once normalised
    assertThat(lines.get(5)).isEqualTo("speaker-name-accuracy    100.0");
    assertThat(lines.get(7)).startsWith("recall-by-kind@0.3       {'direct': 100.0, 'indirect': ");
    assertThat(lines.get(8)).startsWith("calibration-ece          ");
    assertThat(lines.get(9)).startsWith("precision@conf>=0.8      {'p': ");
    assertThat(console.errors()).contains("evaluate: 3/3 done")
        .contains("evaluate: 3 articles (speech scope), 0 failed, 10 gold statements, "
            + written.values().stream().mapToInt(List::size).sum() + " predicted; predictions"
            + " written to " + predictionsFile);
  }

  @Test
  void run_scopeBroad_evaluatesAnExtractorOfThatScope() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\":\"a\",\"text\":\"The union wants a raise.\",\"quotes\":[]}\n");
    List<AttributionScope> asked = new ArrayList<>();

    int status = run(scope -> {
      asked.add(scope);
      return SharedExtractor.get();
    }, gold.toString(), "--scope", "broad");

    assertThat(status).isZero();
    assertThat(asked).containsExactly(AttributionScope.BROAD);
    assertThat(console.printed())
        .startsWith("documents                1\n".replace("\n", System.lineSeparator()));
  }

  @Test
  void run_articleTheExtractorRejects_isMissingAndTheStatusIsOne() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    String longText = "\"We start in March,\" said Ada Okafor. " + "The works go on. ".repeat(40);
    Files.writeString(gold, String.join("\n",
        "{\"id\":\"short\",\"text\":\"\\\"We start in March,\\\" said Ada Okafor.\",\"quotes\":"
            + "[{\"start\":1,\"end\":19,\"speaker\":\"Ada Okafor\",\"speaker_start\":27,"
            + "\"speaker_end\":37,\"kind\":\"direct\"}]}",
        "{\"id\":\"long\",\"text\":\"" + longText.replace("\"", "\\\"") + "\",\"quotes\":"
            + "[{\"start\":1,\"end\":19,\"speaker\":\"Ada Okafor\",\"speaker_start\":27,"
            + "\"speaker_end\":37,\"kind\":\"direct\"}]}"));
    NewsExtractor strict = NewsExtractor.builder().maxTextLength(200).build();

    int status = run(scope -> strict, gold.toString());

    assertThat(status).isEqualTo(1);
    assertThat(console.errors()).contains("evaluate: article \"long\" failed: ")
        .contains("2 articles (speech scope), 1 failed");
    assertThat(console.printed()).contains("missing_predictions      1")
        .contains("quotes@0.3               {'p': 100.0, 'r': 50.0, 'f1': 66.7}");
  }

  @Test
  void run_malformedGoldLine_namesFileAndLineBeforeLoadingTheModels() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\":\"a\",\"text\":\"abc\",\"quotes\":[]}\n\n"
        + "{\"id\":\"b\",\"text\":\"abc\",\"quotes\":[{\"start\":0,\"end\":2}]}\n");

    assertThatThrownBy(() -> run(NoModels.BY_SCOPE, gold.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(gold + " line 3, quote 1: \"kind\" must be a string");
  }

  @Test
  void run_twoFiles_saysItTakesOne() {
    assertThatThrownBy(() -> run(NoModels.BY_SCOPE, "a.jsonl", "b.jsonl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evaluate takes one gold file, got 2: " + EvaluateCommand.USAGE);
  }

  @Test
  void main_evaluateWithUnknownScope_exitsWithTwoAndSaysWhatItTakes() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(new String[] {"evaluate", "gold.jsonl", "--scope", "loose"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--scope is speech or broad, got \"loose\"");
  }

  @Test
  void main_help_listsEvaluate() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Main.run(new String[] {"help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("  " + EvaluateCommand.USAGE);
  }
}
