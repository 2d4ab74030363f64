package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

  @TempDir Path dir;

  private final Console console = new Console();

  private OutputFile open(Path target, Path... inputs) {
    return OutputFile.open(target.toString(), "line", List.of(inputs),
        console.out(),
        console.err());
  }

  private List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void stopped_afterTwoLines_keepsExactlyThemAndSaysSo() throws IOException {
    Path target = dir.resolve("out.jsonl");
    Files.writeString(target, "an older run's output\n");
    OutputFile out = open(target);
    out.writeLine("{\"id\":\"a\"}");
    out.writeLine("{\"id\":\"b\"}");

    out.stopped(); // what SIGTERM runs

    assertThat(Files.readString(target)).isEqualTo("{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    assertThat(files()).containsExactly("out.jsonl");
    assertThat(console.errors())
        .isEqualTo("\nquotegraph: stopped; " + target + " holds the 2 lines finished before"
            + " the stop\n");
    assertThatThrownBy(() -> out.writeLine("{\"id\":\"c\"}")).isInstanceOf(IOException.class);
    out.commit();
    assertThat(Files.readString(target)).isEqualTo("{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
  }

  @Test
  void stopped_beforeAnyRecord_leavesTheFileAsItWas() throws IOException {
    Path target = dir.resolve("corpus.json");
    Files.writeString(target, "{}\n");
    OutputFile out = open(target);

    out.stopped();

    assertThat(Files.readString(target)).isEqualTo("{}\n");
    assertThat(files()).containsExactly("corpus.json");
  }

  @Test
  void write_beforeCommit_isInATemporaryFileBesideTheTarget() throws IOException {
    Path target = dir.resolve("out.jsonl");
    try (OutputFile out = open(target)) {
      out.writeLine("{\"id\":\"a\"}");

      assertThat(Files.exists(target)).isFalse();
      assertThat(files()).singleElement().asString().startsWith(".out.jsonl.").endsWith(".part");
      out.commit();
    }
    assertThat(Files.readAllLines(target)).containsExactly("{\"id\":\"a\"}");
    assertThat(files()).containsExactly("out.jsonl");
  }

  @Test
  void close_withoutCommit_leavesNoFile() throws IOException {
    try (OutputFile out = open(dir.resolve("out.jsonl"))) {
      out.writeLine("{\"id\":\"a\"}");
    }

    assertThat(files()).isEmpty();
  }

  @Test
  void commit_throughASymbolicLink_writesTheFileItNamesAndKeepsTheLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.json"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

    try (OutputFile out = open(link)) {
      out.writeLine("new");
      out.commit();
    }

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new\n");
  }

  @Test
  void open_targetIsAnInputThroughALink_isRefused() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{}\n");
    Path link = Files.createSymbolicLink(dir.resolve("out.jsonl"), in);

    assertThatThrownBy(() -> open(link, dir.resolve("other.jsonl"), in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write " + link + ": it is the input file " + in + ", which writing"
            + " would destroy; name another output file");
    assertThat(files()).containsExactly("in.jsonl", "out.jsonl");
  }

  @Test
  void open_dash_writesEachRecordToStdoutAtOnce() throws IOException {
    try (OutputFile out = OutputFile.open("-", "line", List.of(),
        console.out(), System.err)) {
      out.writeLine("first");

      assertThat(console.printed()).isEqualTo("first\n");
      assertThat(out.isStdout()).isTrue();
      out.commit();
    }
    assertThat(files()).isEmpty();
  }

  @Test
  void writeLine_loneSurrogate_becomesAQuestionMarkNotATornLine() throws IOException {
    Path target = dir.resolve("graph.dot");
    try (OutputFile out = open(target)) {
      out.writeLine("label=\"a\uD800b\"");
      out.writeLine("next");
      out.commit();
    }

    assertThat(Files.readAllLines(target)).containsExactly("label=\"a?b\"", "next");
  }

  @Test
  void commit_dotDotAfterALinkedDirectory_writesWhereTheSystemResolvesIt() throws IOException {
    Path inner = Files.createDirectories(dir.resolve("a/b"));
    Files.createSymbolicLink(dir.resolve("link"), inner);

    try (OutputFile out = open(dir.resolve("link/../out.jsonl"))) {
      out.writeLine("x");
      out.commit();
    }

    assertThat(Files.readAllLines(dir.resolve("a/out.jsonl"))).containsExactly("x");
    assertThat(Files.exists(dir.resolve("out.jsonl"))).isFalse();
  }
}
