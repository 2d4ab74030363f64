package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotegraph.SharedExtractor;
import org.quotegraph.json.ExtractionJson;

class AnalyzeCommandTest {

  private static final String ARTICLE = "Harbour dredging to start in March\n\n"
      + "\"The channel must be deepened before summer,\" said Ada Okafor, the harbour master.";

  @TempDir Path dir;

  private final Console console = new Console();



  private Path article() throws IOException {
    Path file = dir.resolve("dredging.txt");
    Files.writeString(file, ARTICLE);
    return file;
  }

  @Test
  void run_noFormat_printsTheJsonDocument() throws IOException {
    Path file = article();

    new AnalyzeCommand(SharedExtractor::get).run(List.of(file.toString()),
        console.out(), console.err());

    String printed = console.printed();
    assertThat(ExtractionJson.read(printed).articleId()).isEqualTo(file.toString());
  }

  @Test
  void run_formatDot_printsTheArticleGraph() throws IOException {
    Path file = article();

    new AnalyzeCommand(SharedExtractor::get).run(List.of("--format", "dot", file.toString()),
        console.out(), console.err());

    String printed = console.printed();
    assertThat(printed).startsWith("digraph ").contains("Ada Okafor").endsWith("}\n");
  }

  @Test
  void run_formatGraphml_printsTheArticleGraph() throws IOException {
    Path file = article();

    new AnalyzeCommand(SharedExtractor::get).run(List.of("--format=graphml", file.toString()),
        console.out(), console.err());

    assertThat(console.printed()).contains("<graphml ")
        .contains(">Ada Okafor<").endsWith("</graphml>\n");
  }

  @Test
  void run_graphmlOfTwoFiles_failsBeforeLoadingTheModels() {
    assertThatThrownBy(() -> new AnalyzeCommand(NoModels.SUPPLIER)
        .run(List.of("--format", "graphml", "a.txt", "b.txt"), console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("corpus");
  }

  @Test
  void run_unknownOption_failsBeforeLoadingTheModels() {
    assertThatThrownBy(() -> new AnalyzeCommand(NoModels.SUPPLIER).run(List.of("--fromat", "dot"),
        console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--fromat");
  }

  @Test
  void run_formatGivenTwice_failsBeforeLoadingTheModels() {
    assertThatThrownBy(() -> new AnalyzeCommand(NoModels.SUPPLIER)
        .run(List.of("--format", "dot", "--format", "json"), console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void run_outFile_writesTheDocumentThereAndNothingToStdout() throws IOException {
    Path file = article();
    Path out = dir.resolve("result.json");

    int status = new AnalyzeCommand(SharedExtractor::get)
        .run(List.of("--out", out.toString(), file.toString()), console.out(), console.err());

    assertThat(status).isZero();
    assertThat(ExtractionJson.read(Files.readString(out)).articleId()).isEqualTo(file.toString());
    assertThat(console.printed()).isEmpty();
  }

  @Test
  void run_outIsOneOfTheFiles_failsBeforeLoadingTheModelsAndLeavesIt() throws IOException {
    Path file = article();

    assertThatThrownBy(() -> new AnalyzeCommand(NoModels.SUPPLIER)
        .run(List.of(file.toString(), "--out", dir + "/./../" + dir.getFileName()
            + "/dredging.txt"), console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is the input file");
    assertThat(Files.readString(file)).isEqualTo(ARTICLE);
  }

  @Test
  void run_missingFile_saysNotFoundBeforeLoadingTheModels() throws IOException {
    Path file = article();

    assertThatThrownBy(() -> new AnalyzeCommand(NoModels.SUPPLIER)
        .run(List.of(file.toString(), dir.resolve("missing.txt").toString()),
            console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(dir.resolve("missing.txt") + ": not found");
  }

  @Test
  void run_fileNotUtf8_isReportedWithItsLineAndTheOtherFileIsAnalysed() throws IOException {
    Path bad = dir.resolve("latin1.txt");
    Files.write(bad, "Headline\n\nThe caf\u00e9 closed.".getBytes(StandardCharsets.ISO_8859_1));
    Path good = article();

    int status = new AnalyzeCommand(SharedExtractor::get)
        .run(List.of(bad.toString(), good.toString()), console.out(), console.err());

    assertThat(status).isEqualTo(1);
    assertThat(console.errors()).isEqualTo("analyze: " + bad + ": " + bad
        + " line 3 is not valid UTF-8 (byte 0xE9 at byte 8 of the line); save the file as UTF-8\n");
    assertThat(ExtractionJson.read(console.printed()).articleId())
        .isEqualTo(good.toString());
  }
}
