package org.quotegraph.json;

import com.google.common.graph.EndpointPair;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Quote;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusQuote;
import org.quotegraph.corpus.CorpusSpeaker;
import org.quotegraph.corpus.SpeakerDirectory;
import org.quotegraph.corpus.SpeakerSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link CorpusGraph} as one indented JSON document, streamed speaker by speaker, and
 * reads it back:
 *
 * <pre>{@code
 * {"schemaVersion": 2, "kind": "corpus", "articleIds": [...],
 *  "speakers": [{"id": "s1", "type": "PERSON", "name": ..., "kbId": "Q76" or null,
 *                "titles": [...], "affiliations": [...], "articleIds": [...], "quoteCount": 3,
 *                "sources": [{"articleId": ..., "entityId": "e2", "name": ..., "titles": [...],
 *                             "affiliations": [...]}],
 *                "quotes": [{"articleId": ..., "quote": {a quote as in ExtractionJson}}]}],
 *  "coQuoted": [{"source": "s1", "target": "s4", "sharedArticles": 2}]}
 * }</pre>
 *
 * <p>Each quote is written exactly as {@link ExtractionJson} writes it, with its article's own ids
 * and spans into that article's text. The sources are the article entities each speaker was made
 * of ({@link CorpusGraph#sources}); with the quotes they are all that {@link #read} needs to make
 * the graph again, so a saved corpus can grow ({@link CorpusGraph#builder(CorpusGraph)}). Stateless
 * and thread-safe. The writer given is written to but neither flushed nor closed, and likewise the
 * reader read.
 */
public final class CorpusJson {

  /** The version of the JSON document this class writes and reads. */
  public static final int SCHEMA_VERSION = 2;

  private static final JsonMapper MAPPER = JsonMappers.MAPPER;

  private CorpusJson() {}

  /**
   * Writes {@code corpus}.
   *
   * @param corpus the corpus graph
   * @param out where to write it; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(CorpusGraph corpus, Writer out) throws IOException {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator json = MAPPER.writer().withDefaultPrettyPrinter().createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
      json.writeStringProperty("kind", "corpus");
      json.writePOJOProperty("articleIds", corpus.articleIds());
      json.writeArrayPropertyStart("speakers");
      for (CorpusSpeaker speaker : corpus.speakers()) {
        json.writeStartObject();
        json.writeStringProperty("id", speaker.id());
        json.writeStringProperty("type", speaker.type().name());
        json.writeStringProperty("name", speaker.name());
        json.writeStringProperty("kbId", speaker.kbId().orElse(null));
        json.writePOJOProperty("titles", speaker.titles());
        json.writePOJOProperty("affiliations", speaker.affiliations());
        json.writePOJOProperty("articleIds", speaker.articleIds());
        json.writeNumberProperty("quoteCount", speaker.quoteCount());
        json.writeArrayPropertyStart("sources");
        for (SpeakerSource source : corpus.sources(speaker)) {
          json.writeStartObject();
          json.writeStringProperty("articleId", source.articleId());
          json.writeStringProperty("entityId", source.entityId());
          json.writeStringProperty("name", source.name());
          json.writePOJOProperty("titles", source.titles());
          json.writePOJOProperty("affiliations", source.affiliations());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("quotes");
        for (CorpusQuote quote : corpus.quotes(speaker)) {
          json.writeStartObject();
          json.writeStringProperty("articleId", quote.articleId());
          json.writePOJOProperty("quote", quote.quote());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayPropertyStart("coQuoted");
      for (EndpointPair<CorpusSpeaker> pair : corpus.network().edges()) {
        json.writeStartObject();
        json.writeStringProperty("source", pair.nodeU().id());
        json.writeStringProperty("target", pair.nodeV().id());
        json.writeNumberProperty("sharedArticles", corpus.network().edgeValueOrDefault(pair, 0));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (JacksonException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  /**
   * Reads a corpus graph that {@link #write} wrote, without an alias table.
   *
   * @param in the document; read, not closed
   * @return the graph, equal to the one written when that was built without an alias table
   * @throws NullPointerException if {@code in} is null
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if the document is not a corpus of this schema version
   */
  public static CorpusGraph read(Reader in) throws IOException {
    return read(in, SpeakerDirectory.empty());
  }

  /**
   * Reads a corpus graph that {@link #write} wrote, and builds it again with {@code directory}:
   * the articles are added again, in their order, with their speakers and statements.
   *
   * @param in the document; read, not closed
   * @param directory the alias table to link speakers with
   * @return the graph
   * @throws NullPointerException if an argument is null
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if the document is not a corpus of this schema version
   */
  public static CorpusGraph read(Reader in, SpeakerDirectory directory) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(directory, "directory");
    CorpusGraph.Builder builder = CorpusGraph.builder().directory(directory);
    try {
      JsonNode root = MAPPER.readTree(in);
      int version = root.path("schemaVersion").asInt(-1);
      if (version != SCHEMA_VERSION || !"corpus".equals(root.path("kind").asString(""))) {
        throw new IllegalArgumentException("not a corpus document of schemaVersion "
            + SCHEMA_VERSION + " (got kind \"" + root.path("kind").asString("") + "\", version "
            + version + "); write it again with this library's corpus command");
      }
      Map<String, List<Entity>> entities = new LinkedHashMap<>();
      Map<String, List<Quote>> quotes = new LinkedHashMap<>();
      for (JsonNode id : root.required("articleIds")) {
        entities.put(id.asString(), new ArrayList<>());
        quotes.put(id.asString(), new ArrayList<>());
      }
      for (JsonNode speaker : root.required("speakers")) {
        EntityType type = EntityType.valueOf(speaker.required("type").asString());
        for (JsonNode source : speaker.required("sources")) {
          articleList(entities, source.required("articleId").asString()).add(new Entity(
              source.required("entityId").asString(), type, source.required("name").asString(),
              List.of(), strings(source.required("titles")),
              strings(source.required("affiliations"))));
        }
        for (JsonNode quote : speaker.required("quotes")) {
          articleList(quotes, quote.required("articleId").asString())
              .add(MAPPER.treeToValue(quote.required("quote"), Quote.class));
        }
      }
      for (Map.Entry<String, List<Entity>> article : entities.entrySet()) {
        List<Quote> said = quotes.get(article.getKey());
        said.sort(Comparator.comparing(Quote::content));
        builder.add(article.getKey(), article.getValue(), said);
      }
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalArgumentException("not a quotegraph corpus document: "
          + e.getOriginalMessage(), e);
    }
    return builder.build();
  }

  private static <T> List<T> articleList(Map<String, List<T>> byArticle, String articleId) {
    List<T> list = byArticle.get(articleId);
    if (list == null) {
      throw new IllegalArgumentException("the corpus names article \"" + articleId
          + "\", which is not among its articleIds");
    }
    return list;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }
}
