package org.quotegraph.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotegraph.Article;
import org.quotegraph.AttributionRule;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.HandMade;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.QuoteKind;
import org.quotegraph.SharedExtractor;
import org.quotegraph.Span;

class ExtractionJsonTest {

  /** Invented copy, with direct, mixed and reported speech, titles and an organisation. */
  private static final String ARTICLE = String.join("\n",
      "Ferry operator cuts winter crossings",
      "",
      "KESTREL BAY \u2014 Northline Ferries will run two crossings a day instead of five from"
          + " November, the company said on Tuesday.",
      "",
      "\"We lose money on every empty sailing,\" said Dagny Holt, the chief executive of"
          + " Northline Ferries. \"Two good crossings are better than five half-empty ones.\"",
      "",
      "Island councillor Ruairi Mac Suibhne called the decision \"a slow strangling\" of the"
          + " island's shops and said the council would ask the transport minister to step in.",
      "",
      "\"People here cannot drive to the mainland,\" he said.");

  private static Extraction handBuilt() {
    HandMade.Text text = new HandMade.Text("ferry-\u00e9t\u00e9", String.join("\n",
        "Port Elliston votes to close coal terminal",
        "",
        "\"We cannot keep shipping our future out to sea,\" said Mayor Helena Varga. "
            + "Tomas Reyes of the Elliston Dockworkers Union called it \"a betrayal\". "
            + "The \"godfather\" of the docks said nothing."));
    Entity varga = text.entity(EntityType.PERSON, "Helena Varga", List.of("mayor"),
        List.of("Port Elliston"), "Helena Varga");
    Entity reyes = text.entity(EntityType.PERSON, "Tomas Reyes", List.of(),
        List.of("Elliston Dockworkers Union"), "Tomas Reyes");
    text.entity(EntityType.ORGANIZATION, "Elliston Dockworkers Union", List.of(), List.of(),
        "Elliston Dockworkers Union");
    text.entity(EntityType.LOCATION, "Port Elliston", List.of(), List.of(), "Port Elliston");
    text.quote(QuoteKind.DIRECT, "We cannot keep shipping our future out to sea,", varga);
    text.quote(QuoteKind.PARTIAL, "a betrayal", reyes);
    text.quote(QuoteKind.SCARE, "godfather", null);
    Extraction plain = text.extraction();
    // one quote with every optional part present, so the round trip covers them
    Quote mixed = plain.quotes().get(1);
    int cueStart = text.text().indexOf("called");
    Quote full = new Quote(mixed.id(), mixed.kind(), mixed.content(), mixed.text(),
        Optional.of(Mention.at(new Span(cueStart, cueStart + 6), text.text())),
        mixed.speakerMention(), mixed.speakerId(), AttributionRule.PRONOUN, 0.625, false,
        Optional.of("q1"));
    List<Quote> quotes = List.of(plain.quotes().get(0), full, plain.quotes().get(2));
    return new Extraction(plain.articleId(), plain.entities(), quotes,
        new org.quotegraph.internal.graph.GraphBuilder().build(plain.entities(), quotes,
            List.of(new Span(0, text.text().length()))),
        List.of("quotation mark at 12 is never closed; \"test\" \u00e9"));
  }

  private static Schema schema() throws IOException {
    try (InputStream in = ExtractionJson.class.getResourceAsStream(ExtractionJson.SCHEMA_RESOURCE)) {
      assertThat(in).as(ExtractionJson.SCHEMA_RESOURCE).isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
  }

  @Test
  void read_writtenHandBuiltExtraction_equalsTheOriginal() {
    Extraction original = handBuilt();

    Extraction read = ExtractionJson.read(ExtractionJson.write(original));

    assertThat(read).isEqualTo(original);
    assertThat(read.graph().network().edges()).isNotEmpty();
  }

  @Test
  void read_writtenPrettyExtraction_equalsTheOriginal() {
    Extraction original = handBuilt();

    assertThat(ExtractionJson.read(ExtractionJson.writePretty(original))).isEqualTo(original);
  }

  @Test
  void read_writtenRealExtraction_equalsTheOriginal() {
    Extraction original = SharedExtractor.get().extract(new Article("ferry", ARTICLE));
    assertThat(original.quotes()).as("the extractor finds the article's quotes").isNotEmpty();

    Extraction read = ExtractionJson.read(ExtractionJson.write(original));

    assertThat(read).isEqualTo(original);
    assertThat(read.quotesBySpeaker()).isEqualTo(original.quotesBySpeaker());
  }

  @Test
  void read_emptyExtraction_equalsTheOriginal() {
    Extraction empty = HandMade.extraction("blank", List.of(), List.of());

    assertThat(ExtractionJson.read(ExtractionJson.write(empty))).isEqualTo(empty);
  }

  @Test
  void read_newerSchemaVersion_throwsNamingTheVersion() {
    String json = ExtractionJson.write(handBuilt()).replace("\"schemaVersion\":1", "\"schemaVersion\":2");

    assertThatThrownBy(() -> ExtractionJson.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schemaVersion 2");
  }

  @Test
  void read_notJson_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> ExtractionJson.read("{\"schemaVersion\": 1, \"articleId\": "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void write_handBuiltExtraction_validatesAgainstTheSchema() throws IOException {
    List<Error> errors = schema().validate(ExtractionJson.write(handBuilt()), InputFormat.JSON);

    assertThat(errors).isEmpty();
  }

  @Test
  void write_realExtraction_validatesAgainstTheSchema() throws IOException {
    Extraction real = SharedExtractor.get().extract(new Article("ferry", ARTICLE));

    List<Error> errors = schema().validate(ExtractionJson.write(real), InputFormat.JSON);

    assertThat(errors).isEmpty();
  }

  @Test
  void schema_documentWithAnUnknownQuoteKind_isRejected() throws IOException {
    String json = ExtractionJson.write(handBuilt()).replace("\"DIRECT\"", "\"SHOUTED\"");

    assertThat(schema().validate(json, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void schema_documentWithoutEdges_isRejected() throws IOException {
    tools.jackson.databind.node.ObjectNode tree = ExtractionJson.toTree(handBuilt());
    tree.remove("edges");

    assertThat(schema().validate(tree.toString(), InputFormat.JSON)).isNotEmpty();
  }
}
