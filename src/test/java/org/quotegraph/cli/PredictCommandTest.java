package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotegraph.NewsExtractor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code predict}: what it writes, what it refuses, and how it ends when the input is bad. */
class PredictCommandTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void runWithoutModels(String... args) throws IOException {
    new PredictCommand(NoModels.BY_SCOPE).run(List.of(args), System.out, System.err);
  }

  static String line(String id, String text) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    node.put("text", text);
    return node.toString();
  }

  /** A line of a short invented article, the n-th of a run. */
  static String goodLine(int n) {
    return line("good-" + n, "\"The ferry will run until " + (n % 12 + 1) + " o'clock,\" said Ada"
        + " Okafor, the harbour master.");
  }

  private Path input(String... lines) throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(lines), StandardCharsets.UTF_8);
    return in;
  }

  private static List<String> ids(Path out) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String written : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      ids.add(MAPPER.readTree(written).get("id").asString());
    }
    return ids;
  }

  @Test
  void run_outputIsTheInput_refusesBeforeLoadingAndLeavesTheInputAsItWas() throws IOException {
    Path in = input(goodLine(1), goodLine(2));
    byte[] before = Files.readAllBytes(in);
    Files.createSymbolicLink(dir.resolve("link.jsonl"), in);
    Files.createLink(dir.resolve("hard.jsonl"), in);

    for (String out : List.of(in.toString(), dir.resolve(".").resolve("in.jsonl").toString(),
        dir.resolve("sub/../in.jsonl").toString(), dir.resolve("link.jsonl").toString(),
        dir.resolve("hard.jsonl").toString())) {
      Files.createDirectories(dir.resolve("sub"));
      assertThatThrownBy(() -> runWithoutModels(in.toString(), out))
          .as(out).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is the input file").hasMessageContaining("name another");
    }
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
  }

  @Test
  void run_outputIsTheInputThroughMain_exitsWithStatus2() throws IOException {
    Path in = input(goodLine(1));

    Run run = main("predict", in.toString(), in.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("quotegraph: cannot write " + in + ": it is the input file");
    assertThat(Files.readAllLines(in)).containsExactly(goodLine(1));
  }

  @Test
  void run_missingInput_saysNotFoundBeforeLoading() {
    assertThatThrownBy(() -> runWithoutModels(dir.resolve("nope.jsonl").toString(),
        dir.resolve("out.jsonl").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(dir.resolve("nope.jsonl") + ": not found");
  }

  @Test
  void run_inputIsADirectory_saysSoBeforeLoading() {
    assertThatThrownBy(() -> runWithoutModels(dir.toString(), dir.resolve("out.jsonl").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(dir + ": is a directory; name a file");
  }

  @Test
  void run_outputInAMissingDirectory_failsBeforeLoading() throws IOException {
    Path in = input(goodLine(1));
    Path out = dir.resolve("missing/out.jsonl");

    assertThatThrownBy(() -> runWithoutModels(in.toString(), out.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot write " + out).hasMessageContaining("does not exist");
  }

  @Test
  void run_outputIsADirectory_failsBeforeLoading() throws IOException {
    Path in = input(goodLine(1));

    assertThatThrownBy(() -> runWithoutModels(in.toString(), "--out", dir.toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it is a directory");
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2})
  void run_malformedLineAfterTenGoodOnes_writesTheTenAndExitsWithStatus2(int threads)
      throws IOException {
    List<String> lines = new ArrayList<>(IntStream.range(0, 10).mapToObj(PredictCommandTest::goodLine)
        .toList());
    lines.add("{\"id\": \"broken\", \"text\": \"no closing quote}");
    lines.add(goodLine(11));
    Path in = input(lines.toArray(String[]::new));
    Path out = dir.resolve("out.jsonl");

    Run run = main("predict", in.toString(), out.toString(), "--threads", "" + threads);

    assertThat(run.status()).isEqualTo(2);
    assertThat(ids(out)).containsExactlyElementsOf(
        IntStream.range(0, 10).mapToObj(i -> "good-" + i).toList());
    assertThat(run.err()).contains("\npredict: stopped: " + in + " line 11 is not JSON")
        .contains("predict: 10 articles, 0 failed, 10 quotes written to " + out
            + " (the articles before the stop)");
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2})
  void run_nonObjectOnLineThree_writesTheTwoBefore(int threads) throws IOException {
    Path in = input(goodLine(0), goodLine(1), "[1, 2, 3]", goodLine(3));
    Path out = dir.resolve("out.jsonl");

    Run run = main("predict", in.toString(), "--out", out.toString(), "--threads", "" + threads);

    assertThat(run.status()).isEqualTo(2);
    assertThat(ids(out)).containsExactly("good-0", "good-1");
    assertThat(run.err()).contains(in + " line 3: expected an object with \"id\"");
  }

  @Test
  void run_invalidUtf8OnLineThree_namesTheFileAndTheLine() throws IOException {
    Path in = dir.resolve("in.jsonl");
    byte[] bad = "{\"id\":\"x\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(in, (goodLine(0) + "\n\n").getBytes(StandardCharsets.UTF_8));
    Files.write(in, bad, java.nio.file.StandardOpenOption.APPEND);
    Path out = dir.resolve("out.jsonl");

    Run run = main("predict", in.toString(), out.toString(), "--threads", "2");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(in + " line 3 is not valid UTF-8 (byte 0xE9 at byte 22 of the"
        + " line); save the file as UTF-8");
    assertThat(ids(out)).containsExactly("good-0");
  }

  @Test
  void run_loneSurrogateInId_writesOneValidLineWithTheSameId() throws IOException {
    // the JSON escape \ud800 is valid JSON, but the string it stands for is not encodable UTF-8
    Path in = input("{\"id\":\"a\\ud800b\",\"text\":\"\\\"We won,\\\" said Jo Marsh. \\udc00\"}",
        goodLine(1));
    Path out = dir.resolve("out.jsonl");

    Run run = main("predict", in.toString(), out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"id\":\"a\\ud800b\",\"quotes\":[{");
    assertThat(MAPPER.readTree(lines.get(0)).get("id").asString()).isEqualTo("a\uD800b");
  }

  @Test
  void run_outDash_writesThePredictionsToStdout() throws IOException {
    Path in = input(goodLine(0), goodLine(1));

    Run run = main("predict", in.toString(), "--out", "-", "--threads", "1");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().map(l -> MAPPER.readTree(l).get("id").asString()))
        .containsExactly("good-0", "good-1");
    assertThat(run.err()).contains("written to -");
  }

  @Test
  void run_articleOverTheLengthLimit_isReportedOnItsOwnLineAndTheRunGoesOn() throws IOException {
    Path in = input(goodLine(0),
        line("huge", "a".repeat(NewsExtractor.DEFAULT_MAX_TEXT_LENGTH + 1)), goodLine(2));
    Path out = dir.resolve("out.jsonl");

    Run run = main("predict", in.toString(), out.toString(), "--threads", "2");

    assertThat(run.status()).isEqualTo(1);
    assertThat(ids(out)).containsExactly("good-0", "huge", "good-2");
    assertThat(MAPPER.readTree(Files.readAllLines(out).get(1)).get("quotes").size()).isZero();
    assertThat(run.err()).containsPattern("(?m)^predict: article \"huge\" failed: article"
        + " \"huge\" has 1000001 characters");
  }

  @Test
  void run_existingOutput_isReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
    Path in = input(goodLine(0));
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "old line 1\nold line 2\nold line 3\n");

    Run run = main("predict", in.toString(), out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(ids(out)).containsExactly("good-0");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("in.jsonl", "out.jsonl");
    }
  }

  @Test
  void run_progressOnAPipe_hasNoCarriageReturns() throws IOException {
    Path in = input(goodLine(0), goodLine(1));

    Run run = main("predict", in.toString(), dir.resolve("out.jsonl").toString());

    assertThat(run.err()).doesNotContain("\r").contains("predict: 2/2 done");
  }

  @Test
  void run_wrongNumberOfFiles_saysWhatItNeeds() {
    Run run = main("predict", "in.jsonl");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("predict needs an input and an output file");
  }
}
