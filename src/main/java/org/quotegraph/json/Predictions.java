package org.quotegraph.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotegraph.Entity;
import org.quotegraph.Extraction;
import org.quotegraph.Quote;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an extraction in the evaluation's prediction format: one line per article, {@code
 * {"id", "quotes": [{"start", "end", "kind", "speaker", "speaker_start", "speaker_end",
 * "confidence", "rule", "cue"}]}}, with every statement (no scare quotes, and no partial quotes
 * already inside a mixed statement); {@code "confidence"} is {@link Quote#confidence()} to four
 * decimals. Thread-safe.
 */
public final class Predictions {

  private static final JsonMapper MAPPER = JsonMappers.MAPPER;

  private Predictions() {}

  /**
   * {@return the prediction line of {@code extraction}}
   *
   * @param extraction an article's result
   */
  public static String line(Extraction extraction) {
    return line(extraction.articleId(), extraction.entities(), extraction.quotes());
  }

  /**
   * The prediction line of an article given as the parts of its {@link Extraction}: for results
   * stored or moved without their graph, such as the rows of a Spark job.
   *
   * @param articleId the article's id
   * @param entities the article's entities, or at least those the quotes name as speakers
   * @param quotes the article's quotes, in text order
   * @return the prediction line
   */
  public static String line(String articleId, List<Entity> entities, List<Quote> quotes) {
    Map<String, String> names = new HashMap<>();
    entities.forEach(entity -> names.put(entity.id(), entity.name()));
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", articleId);
    ArrayNode rows = root.putArray("quotes");
    for (Quote quote : quotes) {
      if (!quote.isStatement()) {
        continue;
      }
      ObjectNode row = rows.addObject();
      row.put("start", quote.content().start());
      row.put("end", quote.content().end());
      row.put("kind", quote.kind().name().toLowerCase(java.util.Locale.ROOT));
      String speaker = quote.speakerId().map(names::get)
          .or(() -> quote.speakerMention().map(m -> m.text()))
          .orElse(null);
      row.put("speaker", speaker);
      if (quote.speakerMention().isPresent()) {
        row.put("speaker_start", quote.speakerMention().get().span().start());
        row.put("speaker_end", quote.speakerMention().get().span().end());
      } else {
        row.putNull("speaker_start");
        row.putNull("speaker_end");
      }
      row.put("confidence", Math.round(quote.confidence() * 10_000) / 10_000.0);
      row.put("rule", quote.rule().name());
      quote.cue().ifPresent(cue -> row.put("cue", cue.text()));
    }
    return MAPPER.writeValueAsString(root);
  }
}
