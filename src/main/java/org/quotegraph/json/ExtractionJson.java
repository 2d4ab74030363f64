package org.quotegraph.json;

import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.MutableNetwork;
import com.google.common.graph.NetworkBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotegraph.Entity;
import org.quotegraph.Extraction;
import org.quotegraph.GraphNode;
import org.quotegraph.Quote;
import org.quotegraph.Relation;
import org.quotegraph.SpeakerGraph;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link Extraction} as JSON and reads it back. The format is versioned by its
 * {@code schemaVersion} field and described by the JSON Schema at {@link #SCHEMA_RESOURCE};
 * {@code read(write(x))} equals {@code x}.
 *
 * <p>The document holds {@code schemaVersion}, {@code articleId}, {@code entities} (id, type,
 * name, mentions with spans, titles, affiliations), {@code quotes} (id, kind, content span and
 * text, cue, speaker mention, speaker id, rule, confidence, closed, partOf), {@code edges} (type,
 * source id, target id), {@code warnings}, and a derived {@code speakers} summary (entity id,
 * name, type, number of quotes) that reading ignores.
 *
 * <p>Thread-safe.
 */
public final class ExtractionJson {

  /** The version of the JSON document this class writes. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * The class-path resource holding the JSON Schema (draft 2020-12) of the document this class
   * writes, for {@code ExtractionJson.class.getResourceAsStream(SCHEMA_RESOURCE)}.
   */
  public static final String SCHEMA_RESOURCE = "/org/quotegraph/json/extraction.schema.json";

  private static final JsonMapper MAPPER = JsonMappers.MAPPER;

  private ExtractionJson() {}

  /**
   * {@return the extraction as a JSON tree}
   *
   * @param extraction an article's result
   */
  public static ObjectNode toTree(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("articleId", extraction.articleId());
    root.set("entities", MAPPER.valueToTree(extraction.entities()));
    root.set("quotes", MAPPER.valueToTree(extraction.quotes()));
    ArrayNode speakers = root.putArray("speakers");
    extraction.quotesBySpeaker().asMap().forEach((speaker, quotes) -> {
      ObjectNode row = speakers.addObject();
      row.put("id", speaker.id());
      row.put("name", speaker.name());
      row.put("type", speaker.type().name());
      row.put("quotes", quotes.size());
    });
    List<Relation> edges = new ArrayList<>(extraction.graph().network().edges());
    edges.sort((a, b) -> {
      int byType = a.type().compareTo(b.type());
      if (byType != 0) {
        return byType;
      }
      int bySource = compareIds(a.source(), b.source());
      return bySource != 0 ? bySource : compareIds(a.target(), b.target());
    });
    root.set("edges", MAPPER.valueToTree(edges));
    root.set("warnings", MAPPER.valueToTree(extraction.warnings()));
    return root;
  }

  /**
   * {@return the extraction as one line of JSON}
   *
   * @param extraction an article's result
   */
  public static String write(Extraction extraction) {
    return MAPPER.writeValueAsString(toTree(extraction));
  }

  /**
   * {@return the extraction as indented JSON, for people to read}
   *
   * @param extraction an article's result
   */
  public static String writePretty(Extraction extraction) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(extraction));
  }

  /**
   * Reads what {@link #write(Extraction)} wrote.
   *
   * @param json the document
   * @return an extraction equal to the one written
   * @throws IllegalArgumentException if {@code json} is not such a document, or is of a newer
   *     schema version than this library reads
   */
  public static Extraction read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode root = MAPPER.readTree(json);
      int version = root.path("schemaVersion").asInt(-1);
      if (version != SCHEMA_VERSION) {
        throw new IllegalArgumentException("cannot read schemaVersion " + version
            + ": this library reads version " + SCHEMA_VERSION);
      }
      List<Entity> entities = List.of(MAPPER.treeToValue(root.required("entities"), Entity[].class));
      List<Quote> quotes = List.of(MAPPER.treeToValue(root.required("quotes"), Quote[].class));
      List<Relation> edges = List.of(MAPPER.treeToValue(root.required("edges"), Relation[].class));
      List<String> warnings = List.of(MAPPER.treeToValue(root.required("warnings"), String[].class));
      return new Extraction(root.required("articleId").asString(), entities, quotes,
          graph(entities, quotes, edges), warnings);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not a quotegraph extraction document: "
          + e.getOriginalMessage(), e);
    }
  }

  private static SpeakerGraph graph(List<Entity> entities, List<Quote> quotes, List<Relation> edges) {
    MutableNetwork<GraphNode, Relation> network =
        NetworkBuilder.directed().allowsParallelEdges(true).allowsSelfLoops(false).build();
    Map<String, GraphNode> byId = new HashMap<>();
    for (Entity entity : entities) {
      network.addNode(entity);
      byId.put(entity.id(), entity);
    }
    for (Quote quote : quotes) {
      network.addNode(quote);
      byId.put(quote.id(), quote);
    }
    for (Relation edge : edges) {
      GraphNode source = byId.get(edge.source());
      GraphNode target = byId.get(edge.target());
      if (source == null || target == null) {
        throw new IllegalArgumentException("edge " + edge + " names a node that is not in the document");
      }
      network.addEdge(source, target, edge);
    }
    return new SpeakerGraph(ImmutableNetwork.copyOf(network));
  }

  /** Orders "e2" before "e10". */
  private static int compareIds(String a, String b) {
    if (a.length() > 1 && b.length() > 1 && a.charAt(0) == b.charAt(0)) {
      try {
        return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
      } catch (NumberFormatException e) {
        return a.compareTo(b);
      }
    }
    return a.compareTo(b);
  }
}
