package org.quotegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotegraph.Article;
import org.quotegraph.SharedExtractor;
import org.quotegraph.cli.Main;
import org.quotegraph.json.Predictions;

/**
 * {@link SparkPredict} on {@code local[2]}: the files the command line's {@code predict} and
 * {@code corpus} write.
 */
@Tag("slow")
class SparkPredictTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);

  private int run(String... args) throws IOException {
    return SparkPredict.run(SharedSpark.get(), args, err);
  }

  @Test
  void run_regressionCorpus_writesByteForByteTheFilesThatPredictAndCorpusWrite()
      throws IOException {
    Path in = dir.resolve("articles.jsonl");
    try (InputStream corpus = getClass().getResourceAsStream("/corpus/articles.jsonl")) {
      Files.copy(corpus, in);
    }
    Path batch = dir.resolve("batch.jsonl");
    Path batchCorpus = dir.resolve("batch-corpus.json");
    Path spark = dir.resolve("spark.jsonl");
    Path sparkCorpus = dir.resolve("spark-corpus.json");

    // Main.main exits the JVM only on failure, which fails this test loudly too
    Main.main(new String[] {"predict", in.toString(), batch.toString(), "--threads", "2"});
    Main.main(new String[] {"corpus", in.toString(), "--out", batchCorpus.toString(),
        "--threads", "2"});
    int status = run(in.toString(), spark.toString(), "--partitions", "3",
        "--corpus", sparkCorpus.toString());
    System.err.println(stderr.toString(StandardCharsets.UTF_8));   // its times, for the report

    assertThat(status).isZero();
    assertThat(Files.readAllLines(spark)).hasSize(18);
    assertThat(Files.mismatch(spark, batch)).as("first differing byte").isEqualTo(-1L);
    assertThat(Files.readString(sparkCorpus)).contains("\"speakers\"");
    assertThat(Files.mismatch(sparkCorpus, batchCorpus)).as("first differing byte")
        .isEqualTo(-1L);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("spark-predict: 18 articles on 3 partitions, 0 failed");
  }

  @Test
  void run_lineWithoutText_isReportedWrittenWithoutQuotesAndExitsOne() throws IOException {
    Article article = SparkCorpus.articles().get(0);
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(
        "{\"id\": \"no-text\"}",
        "{\"id\": \"" + article.id() + "\", \"text\": " + jsonString(article.text()) + "}"));
    Path out = dir.resolve("out.jsonl");

    int status = run(in.toString(), out.toString());

    assertThat(status).isEqualTo(1);
    assertThat(Files.readAllLines(out)).containsExactly(
        "{\"id\":\"no-text\",\"quotes\":[]}",
        Predictions.line(SharedExtractor.get().extract(article)));
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains(
        "article \"no-text\" failed: article \"no-text\": the text column \"text\" is null");
  }

  @Test
  void run_withoutOutput_throwsSayingWhatIsNeeded() {
    assertThatThrownBy(() -> run("in.jsonl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("needs an input and an output file");
  }

  @Test
  void run_badPartitions_throwsSayingWhatIsNeeded() {
    assertThatThrownBy(() -> run("in.jsonl", "out.jsonl", "--partitions", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--partitions needs a positive number, got \"0\"");
  }

  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
