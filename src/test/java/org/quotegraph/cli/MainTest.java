package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MainTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private record Run(int status, String out, String err) {}

  /** A file of two short articles for the bench, then the lines {@code more}. */
  private static Path benchArticles(Path dir, String... more) throws IOException {
    Path in = dir.resolve("articles.jsonl");
    StringBuilder lines = new StringBuilder("""
        {"id":"a","text":"\\"We will reopen the bridge in May,\\" the mayor, Ann Holt, said."}
        {"id":"b","text":"The council said rents rise. \\"It is too little,\\" Tom Reed said."}
        """);
    for (String line : more) {
      lines.append(line).append('\n');
    }
    Files.writeString(in, lines);
    return in;
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void analyze_withoutFile_printsTheSampleWithSpeakersAndTheirQuotes() {
    Run run = run("analyze");
    assertThat(run.status()).isZero();
    JsonNode root = MAPPER.readTree(run.out());
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    List<String> speakers = new ArrayList<>();
    root.get("speakers").forEach(s -> speakers.add(s.get("name").asString()));
    assertThat(speakers).contains("Helena Varga", "Tomas Reyes", "Meridian Bulk");
    int quotesWithSpeakerSpans = 0;
    for (JsonNode quote : root.get("quotes")) {
      if (quote.path("speakerMention").isObject()) {
        quotesWithSpeakerSpans++;
        assertThat(quote.get("speakerMention").get("span").get("end").asInt())
            .isGreaterThan(quote.get("speakerMention").get("span").get("start").asInt());
      }
    }
    assertThat(quotesWithSpeakerSpans).isGreaterThanOrEqualTo(8);
    assertThat(root.get("edges").size()).isGreaterThan(0);
  }

  @Test
  void predict_writesOneLinePerArticleInTheScorersFormat(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a\",\"text\":\"\\\"We will win,\\\" said Jo Marsh, the coach.\"}",
        "{\"id\":\"b\",\"text\":\"\"}"));
    Path out = dir.resolve("out.jsonl");
    Run run = run("predict", in.toString(), out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = MAPPER.readTree(lines.get(0));
    assertThat(first.get("id").asString()).isEqualTo("a");
    JsonNode quote = first.get("quotes").get(0);
    assertThat(quote.get("start").asInt()).isEqualTo(1);
    assertThat(quote.get("speaker").asString()).isEqualTo("Jo Marsh");
    assertThat(MAPPER.readTree(lines.get(1)).get("quotes").size()).isZero();
  }

  @Test
  void benchStartup_ours_printsTheSecondsItTookToBuildTheExtractor() {
    Run run = run("bench-startup", "ours");
    assertThat(run.status()).isZero();
    assertThat(run.out().strip()).matches("\\d+\\.\\d{3}");
  }

  @Test
  void benchStartup_unknownSide_failsSayingWhatItTakes() {
    Run run = run("bench-startup", "both");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("ours or stock");
  }

  @Test
  @Tag("slow")
  void bench_oursOnly_printsTheMedianOfEachRoundsPassesAndNoSpeedup(@TempDir Path dir)
      throws Exception {
    Path in = benchArticles(dir);
    Run run = run("bench", in.toString(), "--docs", "2", "--warmup", "0", "--rounds", "2",
        "--pass-seconds", "0", "--threads", "2", "--ours-only");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .containsPattern("ours on 1 thread: [0-9.]+ articles/s; on 2 threads: [0-9.]+ articles/s"
            + " \\([0-9.]+x\\); median of 2 passes each \\(0 s at least\\), 1 thread [0-9.]+ to"
            + " [0-9.]+, 2 threads")
        .containsPattern("JIT compile time in the timed passes, summed over the compiler's "
            + "threads: ours \\d+% of their wall time")
        .doesNotContain("stock CoreNLP quote pipeline");
    assertThat(run.out().strip()).endsWith("speedup: n/a (stock pipeline not run)");
    assertThat(run.err()).contains("(pass 2 of 2)");
  }

  @Test
  @Tag("slow")
  void bench_warmupAndPassSeconds_goOnWithMoreArticlesUntilTheTimeHasPassed(@TempDir Path dir)
      throws Exception {
    Path in = benchArticles(dir,
        "{\"id\":\"c\",\"text\":\"Rain is due on Sunday, forecasters said.\"}");
    Run run = run("bench", in.toString(), "--docs", "1", "--warmup", "1", "--warmup-seconds",
        "2", "--rounds", "1", "--pass-seconds", "1", "--threads", "2", "--ours-only");
    assertThat(run.status()).as(run.err()).isZero();
    Matcher warmup = Pattern.compile("warm-up on the first 1, then on the articles after the "
        + "measured ones, for at least 2 s: ours (\\d+) s on (\\d+) articles")
        .matcher(run.out());
    assertThat(warmup.find()).as(run.out()).isTrue();
    assertThat(Integer.parseInt(warmup.group(1))).isGreaterThanOrEqualTo(2);
    // article a, then c (after the measured b), then a again, and so on
    assertThat(Integer.parseInt(warmup.group(2))).isGreaterThanOrEqualTo(2);
    assertThat(run.err()).contains("ours warm-up (pass 2)");
    // the one measured article over again for a second: the pass's last progress line counts more
    Matcher pass = Pattern.compile("ours, 1 thread \\(pass 1 of 1\\): (\\d+) done")
        .matcher(run.err());
    int analysed = 0;
    while (pass.find()) {
      analysed = Integer.parseInt(pass.group(1));
    }
    assertThat(analysed).isGreaterThan(1);
  }

  @Test
  void bench_warmupSecondsWithoutANumber_failsSayingWhatItNeeds() {
    Run run = run("bench", "articles.jsonl", "--warmup-seconds");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--warmup-seconds needs a value");
  }

  @Test
  void bench_zeroRounds_failsAskingForAPositiveNumber() {
    Run run = run("bench", "articles.jsonl", "--rounds", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--rounds needs a positive number");
  }

  @Test
  void run_unknownCommand_printsUsageAndFails() {
    Run run = run("frobnicate");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown command").contains("usage");
  }

  @Test
  void predict_badInputLine_failsNamingTheLine(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\"}\n");
    Run run = run("predict", in.toString(), dir.resolve("out.jsonl").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("line 1");
  }
}
