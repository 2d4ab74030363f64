package org.quotegraph.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quotegraph.HandMade.entity;
import static org.quotegraph.HandMade.extraction;
import static org.quotegraph.HandMade.person;
import static org.quotegraph.HandMade.said;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.SpeakerDirectory;
import tools.jackson.databind.json.JsonMapper;

class CorpusJsonTest {

  private static final Entity KESSEL =
      entity("e1", EntityType.PERSON, "Kessel", List.of("president"), List.of());
  private static final Entity KARL = entity("e2", EntityType.PERSON, "Karl Kessel",
      List.of("president"), List.of("Harbour Party"));
  private static final Entity ILSE =
      entity("e4", EntityType.PERSON, "Ilse Kessel", List.of("president of the school board"),
          List.of());
  private static final Entity BOARD =
      entity("e7", EntityType.ORGANIZATION, "Harbour Board", List.of(), List.of());

  /** The first file: the bare "Kessel" joins Karl, the only full name with that surname. */
  private static final List<Extraction> FIRST = List.of(
      extraction("a1", List.of(KESSEL, BOARD), List.of(said("q1", KESSEL, 10, "We will build"),
          said("q2", BOARD, 60, "The pier is closed"), said("q3", KESSEL, 120, "Not for long"))),
      extraction("a2", List.of(KARL), List.of(said("q1", KARL, 5, "The port grows"))));
  /** The second file brings a second Kessel, also a president: the bare name is ambiguous. */
  private static final List<Extraction> SECOND = List.of(
      extraction("a3", List.of(ILSE, KARL), List.of(said("q1", ILSE, 0, "Schools first"),
          said("q2", KARL, 40, "Ships first"))),
      extraction("a4", List.of(person("e1", "Tomas Reyes")),
          List.of(said("q1", person("e1", "Tomas Reyes"), 0, "No comment"))));

  private static String json(CorpusGraph corpus) throws IOException {
    StringWriter out = new StringWriter();
    CorpusJson.write(corpus, out);
    return out.toString();
  }

  private static CorpusGraph build(CorpusGraph.Builder builder, List<Extraction> articles) {
    articles.forEach(builder::add);
    return builder.build();
  }

  @Test
  void read_whatWriteWrote_writesTheSameDocumentAgain() throws IOException {
    String written = json(build(CorpusGraph.builder(), FIRST));

    CorpusGraph read = CorpusJson.read(new StringReader(written));

    assertThat(json(read)).isEqualTo(written);
    assertThat(read.speakers()).extracting(s -> s.name() + "/" + s.quoteCount())
        .containsExactly("Karl Kessel/3", "Harbour Board/1");
  }

  @Test
  void builderFromASavedCorpus_addingTheSecondFile_isByteIdenticalToBuildingBothAtOnce()
      throws IOException {
    String atOnce = json(build(CorpusGraph.builder(), concat(FIRST, SECOND)));
    String saved = json(build(CorpusGraph.builder(), FIRST));

    CorpusGraph grown =
        build(CorpusGraph.builder(CorpusJson.read(new StringReader(saved))), SECOND);

    assertThat(json(grown)).isEqualTo(atOnce);
    // the second file made the bare "Kessel" ambiguous: it is its own speaker again
    assertThat(grown.speakersNamed("Kessel")).singleElement()
        .satisfies(kessel -> assertThat(kessel.articleIds()).containsExactly("a1"));
  }

  @Test
  void builderFromASavedCorpus_addingArticlesItHolds_changesNothing() throws IOException {
    String saved = json(build(CorpusGraph.builder(), FIRST));

    CorpusGraph again = build(CorpusGraph.builder(CorpusJson.read(new StringReader(saved))), FIRST);

    assertThat(json(again)).isEqualTo(saved);
  }

  @Test
  void write_speakerLinkedToAnAliasTable_carriesItsKbIdAndReadWithTheTableKeepsIt()
      throws IOException {
    SpeakerDirectory directory =
        SpeakerDirectory.read(new StringReader("Q5\tKarl Kessel\tKarl A. Kessel\n"));
    CorpusGraph corpus = build(CorpusGraph.builder().directory(directory), FIRST);

    String written = json(corpus);

    var speakers = JsonMapper.builder().build().readTree(written).get("speakers");
    assertThat(speakers.get(0).get("kbId").asString()).isEqualTo("Q5");
    assertThat(speakers.get(1).get("kbId").isNull()).isTrue();
    assertThat(json(CorpusJson.read(new StringReader(written), directory))).isEqualTo(written);
  }

  @Test
  void read_extractionDocument_throwsNamingTheKind() {
    String extraction = ExtractionJson.write(FIRST.get(0));

    assertThatThrownBy(() -> CorpusJson.read(new StringReader(extraction)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a corpus document");
  }

  @Test
  void read_notJson_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> CorpusJson.read(new StringReader("{\"schemaVersion\": 2, \"kind")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a quotegraph corpus document");
  }

  private static List<Extraction> concat(List<Extraction> first, List<Extraction> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
