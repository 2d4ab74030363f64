package org.quotegraph.export;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableValueGraph;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.quotegraph.Entity;
import org.quotegraph.Extraction;
import org.quotegraph.GraphNode;
import org.quotegraph.Quote;
import org.quotegraph.Relation;
import org.quotegraph.SpeakerGraph;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusSpeaker;

/**
 * Writes graphs as <a href="http://graphml.graphdrawing.org/">GraphML</a>, which Gephi, yEd,
 * Cytoscape, NetworkX and Neo4j (APOC) read. Every attribute is declared with a {@code <key>}.
 *
 * <p>An article's graph ({@link #write(Extraction, Writer)}) is directed. Its nodes are the
 * entities and quotes, with their article ids ({@code e3}, {@code q7}) as node ids and these
 * attributes: {@code label} (the name, or the first words of the quote), {@code type} ({@code
 * PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code GROUP} or {@code QUOTE}); for entities
 * {@code name}, {@code titles} and {@code affiliations} (joined with "; ") and {@code quotes} (how
 * many statements it made, not counting the partial quotes inside its mixed statements); for quotes {@code text}, {@code kind}, {@code start} and {@code end} (the content
 * span), {@code rule} and {@code confidence}. Edges carry {@code relation} ({@code SAID}, {@code
 * MENTIONS}, {@code AFFILIATED_WITH}, {@code CO_OCCURS}).
 *
 * <p>A corpus graph ({@link #write(CorpusGraph, Writer)}) is undirected. Its nodes are the
 * speakers, with their corpus ids ({@code s12}) as node ids and {@code label}, {@code type},
 * {@code name}, {@code titles}, {@code affiliations}, {@code quotes}, {@code articles} (how many
 * articles quote them) and, for a speaker linked to an alias table, {@code kbId}. Its edges join
 * speakers quoted in the same articles, with {@code relation}
 * {@code CO_QUOTED} and {@code weight}, the number of such articles.
 *
 * <p>Characters XML cannot hold (control characters other than tab and line breaks) are left out.
 * Stateless and thread-safe. The writer given is written to but neither flushed nor closed.
 */
public final class GraphMl {

  private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String SCHEMA_LOCATION =
      NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private GraphMl() {}

  /**
   * Writes {@code extraction}'s graph, with its article id as the graph's {@code articleId}.
   *
   * @param extraction an article's result
   * @param out where to write it; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(Extraction extraction, Writer out) throws IOException {
    Objects.requireNonNull(extraction, "extraction");
    write(extraction.graph(), Optional.of(extraction.articleId()), out);
  }

  /**
   * Writes an article's graph, without an article id.
   *
   * @param graph an article's graph
   * @param out where to write it; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(SpeakerGraph graph, Writer out) throws IOException {
    Objects.requireNonNull(graph, "graph");
    write(graph, Optional.empty(), out);
  }

  /**
   * Writes a corpus graph.
   *
   * @param corpus the corpus graph
   * @param out where to write it; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(CorpusGraph corpus, Writer out) throws IOException {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(out, "out");
    try {
      Document doc = new Document(out);
      doc.key("articleCount", "graph", "int");
      declareSpeakerKeys(doc);
      doc.key("articles", "node", "int");
      doc.key("kbId", "node", "string");
      doc.key("relation", "edge", "string");
      doc.key("weight", "edge", "double");
      doc.startGraph("corpus", "undirected");
      doc.data("articleCount", corpus.articleIds().size());
      ImmutableValueGraph<CorpusSpeaker, Integer> network = corpus.network();
      for (CorpusSpeaker speaker : corpus.speakers()) {
        doc.startNode(speaker.id());
        doc.data("label", speaker.name());
        doc.data("type", speaker.type().name());
        doc.data("name", speaker.name());
        doc.data("titles", String.join("; ", speaker.titles()));
        doc.data("affiliations", String.join("; ", speaker.affiliations()));
        doc.data("quotes", speaker.quoteCount());
        doc.data("articles", speaker.articleCount());
        if (speaker.kbId().isPresent()) {
          doc.data("kbId", speaker.kbId().get());
        }
        doc.end();
      }
      int id = 0;
      for (EndpointPair<CorpusSpeaker> pair : network.edges()) {
        doc.startEdge("c" + ++id, pair.nodeU().id(), pair.nodeV().id());
        doc.data("relation", "CO_QUOTED");
        doc.data("weight", (double) network.edgeValueOrDefault(pair, 0));
        doc.end();
      }
      doc.finish();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * {@return {@code extraction}'s graph as a GraphML document}
   *
   * @param extraction an article's result
   */
  public static String asString(Extraction extraction) {
    return InMemory.render(out -> write(extraction, out));
  }

  /**
   * {@return the corpus graph as a GraphML document}
   *
   * @param corpus the corpus graph
   */
  public static String asString(CorpusGraph corpus) {
    return InMemory.render(out -> write(corpus, out));
  }

  private static void write(SpeakerGraph graph, Optional<String> articleId, Writer out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    try {
      Document doc = new Document(out);
      doc.key("articleId", "graph", "string");
      declareSpeakerKeys(doc);
      doc.key("text", "node", "string");
      doc.key("kind", "node", "string");
      doc.key("start", "node", "int");
      doc.key("end", "node", "int");
      doc.key("rule", "node", "string");
      doc.key("confidence", "node", "double");
      doc.key("relation", "edge", "string");
      doc.startGraph("article", "directed");
      if (articleId.isPresent()) {
        doc.data("articleId", articleId.get());
      }
      for (GraphNode node : graph.network().nodes()) {
        doc.startNode(node.id());
        if (node instanceof Entity entity) {
          doc.data("label", entity.name());
          doc.data("type", GraphView.type(entity));
          doc.data("name", entity.name());
          doc.data("titles", String.join("; ", entity.titles()));
          doc.data("affiliations", String.join("; ", entity.affiliations()));
          doc.data("quotes", GraphView.quoteCount(graph, entity));
        } else {
          Quote quote = (Quote) node;
          doc.data("label", GraphView.shortText(quote, 60));
          doc.data("type", GraphView.type(quote));
          doc.data("text", quote.text());
          doc.data("kind", quote.kind().name());
          doc.data("start", quote.content().start());
          doc.data("end", quote.content().end());
          doc.data("rule", quote.rule().name());
          doc.data("confidence", quote.confidence());
        }
        doc.end();
      }
      List<Relation> edges = GraphView.sortedEdges(graph);
      for (int i = 0; i < edges.size(); i++) {
        Relation edge = edges.get(i);
        doc.startEdge("r" + (i + 1), edge.source(), edge.target());
        doc.data("relation", edge.type().name());
        doc.end();
      }
      doc.finish();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  private static void declareSpeakerKeys(Document doc) throws XMLStreamException {
    doc.key("label", "node", "string");
    doc.key("type", "node", "string");
    doc.key("name", "node", "string");
    doc.key("titles", "node", "string");
    doc.key("affiliations", "node", "string");
    doc.key("quotes", "node", "int");
  }

  private static IOException failure(XMLStreamException e) {
    return e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
  }

  /** One GraphML document being written, indented by hand (StAX does not indent). */
  private static final class Document {

    private final XMLStreamWriter xml;
    private int depth;

    Document(Writer out) throws XMLStreamException {
      xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeCharacters("\n");
      xml.writeStartElement(NAMESPACE, "graphml");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
      depth = 1;
    }

    /** Declares an attribute whose key id is its name. */
    void key(String name, String domain, String type) throws XMLStreamException {
      indent();
      xml.writeEmptyElement(NAMESPACE, "key");
      xml.writeAttribute("id", name);
      xml.writeAttribute("for", domain);
      xml.writeAttribute("attr.name", name);
      xml.writeAttribute("attr.type", type);
    }

    void startGraph(String id, String edgeDefault) throws XMLStreamException {
      start("graph");
      xml.writeAttribute("id", id);
      xml.writeAttribute("edgedefault", edgeDefault);
    }

    void startNode(String id) throws XMLStreamException {
      start("node");
      xml.writeAttribute("id", id);
    }

    void startEdge(String id, String source, String target) throws XMLStreamException {
      start("edge");
      xml.writeAttribute("id", id);
      xml.writeAttribute("source", source);
      xml.writeAttribute("target", target);
    }

    void data(String key, Object value) throws XMLStreamException {
      indent();
      xml.writeStartElement(NAMESPACE, "data");
      xml.writeAttribute("key", key);
      xml.writeCharacters(GraphView.xmlSafe(String.valueOf(value)));
      xml.writeEndElement();
    }

    void end() throws XMLStreamException {
      depth--;
      indent();
      xml.writeEndElement();
    }

    void finish() throws XMLStreamException {
      end(); // graph
      end(); // graphml
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    }

    private void start(String element) throws XMLStreamException {
      indent();
      xml.writeStartElement(NAMESPACE, element);
      depth++;
    }

    private void indent() throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
