package org.quotegraph.json;

import com.google.common.graph.EndpointPair;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusQuote;
import org.quotegraph.corpus.CorpusSpeaker;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link CorpusGraph} as one indented JSON document, streamed speaker by speaker:
 *
 * <pre>{@code
 * {"schemaVersion": 1, "kind": "corpus", "articleIds": [...],
 *  "speakers": [{"id": "s1", "type": "PERSON", "name": ..., "titles": [...],
 *                "affiliations": [...], "articleIds": [...], "quoteCount": 3,
 *                "quotes": [{"articleId": ..., "quote": {a quote as in ExtractionJson}}]}],
 *  "coQuoted": [{"source": "s1", "target": "s4", "sharedArticles": 2}]}
 * }</pre>
 *
 * <p>Each quote is written exactly as {@link ExtractionJson} writes it, with its article's own ids
 * and spans into that article's text. Stateless and thread-safe. The writer given is written to
 * but neither flushed nor closed.
 */
public final class CorpusJson {

  /** The version of the JSON document this class writes. */
  public static final int SCHEMA_VERSION = 1;

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
        json.writePOJOProperty("titles", speaker.titles());
        json.writePOJOProperty("affiliations", speaker.affiliations());
        json.writePOJOProperty("articleIds", speaker.articleIds());
        json.writeNumberProperty("quoteCount", speaker.quoteCount());
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
}
