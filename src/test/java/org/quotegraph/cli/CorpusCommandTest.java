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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CorpusCommandTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;

  private final Console console = new Console();



  private static String line(String id, String text) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    node.put("text", text);
    return node.toString();
  }

  /** Three invented articles; Dagny Holt is quoted in two of them. */
  private Path threeArticles() throws IOException {
    Path in = dir.resolve("ferries.jsonl");
    Files.write(in, List.of(
        line("ferry-1", "Ferry operator cuts winter crossings\n\n"
            + "\"We lose money on every empty sailing,\" said Dagny Holt, the chief executive of"
            + " Northline Ferries.\n\n"
            + "\"The island will be cut off,\" said Ruairi Mac Suibhne, a councillor."),
        "",
        line("ferry-2", "Ferry fares to rise in spring\n\n"
            + "\"Fuel has doubled in price,\" said Dagny Holt, the chief executive of Northline"
            + " Ferries. \"We have no other choice.\""),
        line("harbour-1", "Harbour dredging to start in March\n\n"
            + "\"The channel must be deepened before summer,\" said Ada Okafor, the harbour"
            + " master.")), StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void run_jsonlOfThreeArticles_writesOneGraphAndPrintsTheMostQuoted() throws IOException {
    Path out = dir.resolve("corpus.json");

    new CorpusCommand(SharedExtractor::get).run(
        List.of(threeArticles().toString(), "--out", out.toString()), console.out(), console.err());

    JsonNode corpus = MAPPER.readTree(Files.readString(out));
    assertThat(corpus.path("articleIds").toString())
        .isEqualTo("[\"ferry-1\",\"ferry-2\",\"harbour-1\"]");
    JsonNode holt = null;
    for (JsonNode speaker : corpus.path("speakers")) {
      if (speaker.path("name").asString().equals("Dagny Holt")) {
        holt = speaker;
      }
    }
    assertThat(holt).as("Dagny Holt among the speakers").isNotNull();
    assertThat(holt.path("articleIds").toString()).isEqualTo("[\"ferry-1\",\"ferry-2\"]");
    String printed = console.printed();
    assertThat(printed).startsWith("Most quoted speakers:");
    assertThat(printed.lines().skip(1).findFirst()).contains(" 1. Dagny Holt (person): "
        + holt.path("quoteCount").asInt() + " quotes in 2 articles");
    assertThat(console.errors())
        .contains("corpus: 3/3 done")
        .contains("3 articles (0 skipped)");
  }

  @Test
  void run_fromASavedCorpus_addsTheNewArticlesAndGivesWhatOneRunOverBothGives()
      throws IOException {
    List<String> lines = Files.readAllLines(threeArticles(), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank()).toList();
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    Files.write(first, lines.subList(0, 2), StandardCharsets.UTF_8);
    Files.write(second, lines.subList(1, 3), StandardCharsets.UTF_8); // ferry-2 again
    Path aliases = dir.resolve("people.tsv");
    Files.writeString(aliases, "Q7\tDagny Holt\tHolt\n");
    Path once = dir.resolve("once.json");
    Path saved = dir.resolve("saved.json");
    Path grown = dir.resolve("grown.json");
    CorpusCommand command = new CorpusCommand(SharedExtractor::get);

    command.run(List.of(threeArticles().toString(), "--out", once.toString(),
        "--aliases", aliases.toString()), console.out(), console.err());
    command.run(List.of(first.toString(), "--out", saved.toString(),
        "--aliases", aliases.toString()), console.out(), console.err());
    int status = command.run(List.of(second.toString(), "--from", saved.toString(),
        "--out", grown.toString(), "--aliases", aliases.toString()), console.out(), console.err());

    assertThat(status).isZero();
    assertThat(Files.readString(grown)).isEqualTo(Files.readString(once));
    assertThat(console.errors())
        .contains("skipped article \"ferry-2\"").contains("already in the corpus");
    assertThat(Files.readString(once)).contains("\"kbId\" : \"Q7\"");
  }

  @Test
  void run_fromAFileThatIsNoCorpus_failsBeforeLoadingTheModels() throws IOException {
    Path notCorpus = dir.resolve("not-corpus.json");
    Files.writeString(notCorpus, "{\"schemaVersion\": 1}");

    assertThatThrownBy(() -> new CorpusCommand(() -> {
      throw new AssertionError("the models must not load");
    }).run(List.of(threeArticles().toString(), "--from", notCorpus.toString(),
        "--out", dir.resolve("out.json").toString()), console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--from");
  }

  @Test
  void run_outFileEndingInDot_writesDot() throws IOException {
    Path in = dir.resolve("one.jsonl");
    Files.writeString(in, line("a1", "\"We start in March,\" said Ada Okafor.") + "\n");
    Path out = dir.resolve("corpus.dot");

    new CorpusCommand(SharedExtractor::get).run(List.of(in.toString(), "--out", out.toString()),
        console.out(), console.err());

    assertThat(Files.readString(out)).startsWith("graph \"corpus\" {");
  }

  @Test
  void run_formatGraphml_writesGraphmlWhateverTheExtension() throws IOException {
    Path in = dir.resolve("one.jsonl");
    Files.writeString(in, line("a1", "\"We start in March,\" said Ada Okafor.") + "\n");
    Path out = dir.resolve("corpus.txt");

    new CorpusCommand(SharedExtractor::get).run(
        List.of(in.toString(), "--out", out.toString(), "--format", "graphml"),
            console.out(), console.err());

    assertThat(Files.readString(out)).contains("<graphml ");
  }

  @Test
  void run_withoutOut_failsBeforeLoadingTheModels() throws IOException {
    Path in = threeArticles();

    assertThatThrownBy(() -> new CorpusCommand(NoModels.SUPPLIER).run(List.of(in.toString()),
        console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--out");
  }

  @Test
  void run_unknownFormat_failsBeforeLoadingTheModels() throws IOException {
    Path in = threeArticles();

    assertThatThrownBy(() -> new CorpusCommand(NoModels.SUPPLIER).run(
        List.of(in.toString(), "--out", "x", "--format", "svg"), console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"svg\"");
  }

  @Test
  void run_lineThatIsNotAnArticle_stopsNamingTheLineAndWritesTheArticlesBefore()
      throws IOException {
    Path in = dir.resolve("bad.jsonl");
    Files.write(in, List.of(line("a1", "\"We start in March,\" said Ada Okafor."), "",
        "{\"id\": \"a2\", \"body\": \"no text field\"}",
        line("a3", "\"We start in May,\" said Ada Okafor.")));
    Path out = dir.resolve("x.json");

    int status = new CorpusCommand(SharedExtractor::get).run(
        List.of(in.toString(), "--out", out.toString(), "--threads", "2"),
            console.out(), console.err());

    assertThat(status).isEqualTo(2);
    assertThat(console.errors()).contains("line 3")
        .contains("the graph holds the articles before it");
    assertThat(MAPPER.readTree(Files.readString(out)).path("articleIds").toString())
        .isEqualTo("[\"a1\"]");
  }

  @Test
  void run_repeatedArticleId_skipsItWithAMessage() throws IOException {
    Path in = dir.resolve("twice.jsonl");
    Files.write(in, List.of(line("a1", "\"We start in March,\" said Ada Okafor."),
        line("a1", "\"We start in April,\" said Ada Okafor.")));
    Path out = dir.resolve("corpus.json");

    new CorpusCommand(SharedExtractor::get).run(List.of(in.toString(), "--out", out.toString()),
        console.out(), console.err());

    assertThat(console.errors())
        .contains("skipped article \"a1\"")
        .contains("1 articles (1 skipped)");
    assertThat(MAPPER.readTree(Files.readString(out)).path("articleIds").size()).isEqualTo(1);
  }

  @Test
  void main_corpusWithoutArguments_exitsWithStatus2() {
    int status = Main.run(new String[] {"corpus"}, console.out(), console.err());

    assertThat(status).isEqualTo(2);
    assertThat(console.errors()).contains("corpus takes one input file");
  }

  @Test
  void run_outDash_writesTheGraphToStdoutAndTheMostQuotedToStderr() throws IOException {
    Path in = dir.resolve("one.jsonl");
    Files.writeString(in, line("a1", "\"We start in March,\" said Ada Okafor.") + "\n");

    int status = new CorpusCommand(SharedExtractor::get).run(
        List.of(in.toString(), "--out", "-"), console.out(), console.err());

    assertThat(status).isZero();
    JsonNode corpus = MAPPER.readTree(console.printed());
    assertThat(corpus.path("articleIds").toString()).isEqualTo("[\"a1\"]");
    assertThat(console.errors()).contains("Most quoted speakers:");
  }

  @Test
  void run_outInAMissingDirectory_failsBeforeLoadingTheModels() throws IOException {
    Path in = threeArticles();
    Path out = dir.resolve("no/such/dir/corpus.json");

    assertThatThrownBy(() -> new CorpusCommand(NoModels.SUPPLIER).run(
        List.of(in.toString(), "--out", out.toString()), console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write " + out + ": the directory " + out.getParent()
            + " does not exist");
  }

  @Test
  void run_outIsTheInput_failsBeforeLoadingTheModelsAndLeavesIt() throws IOException {
    Path in = threeArticles();
    byte[] before = Files.readAllBytes(in);

    assertThatThrownBy(() -> new CorpusCommand(NoModels.SUPPLIER).run(
        List.of(in.toString(), "--out", in.toString()), console.out(), console.err()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it is the input file");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
  }
}
