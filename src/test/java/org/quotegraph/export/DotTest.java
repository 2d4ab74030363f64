package org.quotegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.HandMade;
import org.quotegraph.QuoteKind;
import org.quotegraph.RelationType;
import org.quotegraph.corpus.CorpusGraph;

class DotTest {

  /** What Graphviz made of a DOT text. */
  private record Rendered(int exitCode, String output, String errors) {}

  private static boolean dotInstalled() {
    String path = System.getenv("PATH");
    return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "dot")));
  }

  /** Lays {@code dot} out with Graphviz in its plain-text format: one line per node and edge. */
  private static Rendered render(String dot) throws IOException, InterruptedException {
    assumeTrue(dotInstalled(), "Graphviz dot is not on PATH");
    Process process = new ProcessBuilder("dot", "-Tplain").start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(dot.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("dot finished").isTrue();
    return new Rendered(process.exitValue(), output, errors);
  }

  private static long lines(String plain, String kind) {
    return plain.lines().filter(line -> line.startsWith(kind + " ")).count();
  }

  @Test
  void fixture_hasEveryRelationType() {
    Extraction extraction = Fixtures.dockVote();

    for (RelationType type : RelationType.values()) {
      assertThat(extraction.graph().relations(type)).as(type.name()).isNotEmpty();
    }
  }

  @Test
  void write_articleGraph_rendersEveryNodeAndEdgeWithGraphviz() throws Exception {
    Extraction extraction = Fixtures.dockVote();

    Rendered rendered = render(Dot.asString(extraction));

    assertThat(rendered.exitCode()).as(rendered.errors()).isZero();
    assertThat(rendered.errors()).isEmpty();
    assertThat(lines(rendered.output(), "node"))
        .isEqualTo(extraction.graph().network().nodes().size());
    assertThat(lines(rendered.output(), "edge"))
        .isEqualTo(extraction.graph().network().edges().size());
  }

  @Test
  void write_corpusGraphLinkedToAnAliasTable_givesLinkedSpeakersTheirKbId() {
    CorpusGraph corpus = Fixtures.linkedCorpus();

    String dot = Dot.asString(corpus);

    String varga = corpus.speakersNamed("Helena Varga").get(0).id();
    assertThat(dot.lines().filter(line -> line.contains("kbId=")))
        .singleElement().satisfies(line -> assertThat(line)
            .startsWith("  \"" + varga + "\" [").endsWith(", kbId=\"Q9\"];"));
  }

  @Test
  void write_corpusGraph_rendersEveryNodeAndEdgeWithGraphviz() throws Exception {
    CorpusGraph corpus = Fixtures.corpus();

    Rendered rendered = render(Dot.asString(corpus));

    assertThat(rendered.exitCode()).as(rendered.errors()).isZero();
    assertThat(rendered.errors()).isEmpty();
    assertThat(lines(rendered.output(), "node")).isEqualTo(corpus.speakers().size());
    assertThat(lines(rendered.output(), "edge")).isEqualTo(corpus.network().edges().size());
  }

  @Test
  void write_emptyGraphs_renderWithGraphviz() throws Exception {
    assertThat(render(Dot.asString(HandMade.extraction("empty", List.of(), List.of()))).exitCode())
        .isZero();
    assertThat(render(Dot.asString(CorpusGraph.builder().build())).exitCode()).isZero();
  }

  @Test
  void write_namesWithQuotesBackslashesAndBraces_renderAsWritten() throws Exception {
    HandMade.Text text = new HandMade.Text("odd \"id\" {1}",
        "\"Back\\slash } and \"quotes\" {\",\n said Ada \"Ace\" O'Neil\\Jr.");
    Entity ada = text.entity(EntityType.PERSON, "Ada \"Ace\" O'Neil\\Jr", List.of(), List.of(),
        "Ada \"Ace\" O'Neil\\Jr");
    text.quote(QuoteKind.DIRECT, "Back\\slash } and \"quotes\" {", ada);

    Rendered rendered = render(Dot.asString(text.extraction()));

    assertThat(rendered.exitCode()).as(rendered.errors()).isZero();
    // -Tplain quotes labels and escapes their quotes and backslashes as DOT does
    assertThat(rendered.output()).contains("Ada \\\"Ace\\\" O'Neil\\\\Jr");
  }

  @Test
  void quoted_controlCharactersAndLineBreaks_areEscapedOrDropped() {
    assertThat(Dot.quoted("a\"b\\c\nd\u0001e")).isEqualTo("\"a\\\"b\\\\c\\nde\"");
  }

  @Test
  void write_articleGraph_carriesTypeAndQuoteCountAttributes() {
    Extraction extraction = Fixtures.dockVote();
    Entity reyes = extraction.entities().stream()
        .filter(e -> e.name().equals("Tomas Reyes")).findFirst().orElseThrow();

    String dot = Dot.asString(extraction);

    String line = dot.lines().filter(l -> l.startsWith("  \"" + reyes.id() + "\" ["))
        .findFirst().orElseThrow();
    assertThat(line).contains("type=\"PERSON\"", "name=\"Tomas Reyes\"", "titles=\"secretary\"",
        "quotes=" + extraction.quotesBySpeaker().get(reyes).size());
    assertThat(dot).startsWith("digraph \"dock-vote\" {");
  }
}
