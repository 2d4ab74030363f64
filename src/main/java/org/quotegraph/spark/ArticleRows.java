package org.quotegraph.spark;

import static org.quotegraph.spark.QuotegraphSchemas.ARTICLE;
import static org.quotegraph.spark.QuotegraphSchemas.ENTITY_IN_ARTICLE;
import static org.quotegraph.spark.QuotegraphSchemas.MENTION;
import static org.quotegraph.spark.QuotegraphSchemas.QUOTE_IN_ARTICLE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.quotegraph.AttributionRule;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.corpus.CorpusGraph;

/**
 * Converts between an article's {@link Extraction} and its {@link QuotegraphSchemas#ARTICLE} row,
 * both ways: {@link #entities(Row)} and {@link #quotes(Row)} give back exactly the entities and
 * quotes the row was made from. Fields are read by their position in the schema, so rows with or
 * without a schema attached both work. Stateless and thread-safe.
 */
final class ArticleRows {

  private static final Row[] NO_ROWS = new Row[0];
  private static final String[] NO_STRINGS = new String[0];

  private ArticleRows() {}

  /** The row of an analysed article. */
  static Row success(long index, Extraction extraction) {
    Map<String, Entity> entities = new HashMap<>();
    extraction.entities().forEach(entity -> entities.put(entity.id(), entity));
    Row[] quotes = extraction.quotes().stream()
        .map(quote -> quote(extraction.articleId(), quote,
            quote.speakerId().map(entities::get).orElse(null)))
        .toArray(Row[]::new);
    Row[] entityRows = extraction.entities().stream().map(ArticleRows::entity).toArray(Row[]::new);
    return RowFactory.create(index, extraction.articleId(), quotes, entityRows,
        extraction.warnings().toArray(NO_STRINGS), null);
  }

  /** The row of an article that could not be analysed. */
  static Row failure(long index, String articleId, String error) {
    return RowFactory.create(index, articleId, NO_ROWS, NO_ROWS, NO_STRINGS, error);
  }

  /** The article's position in the input. */
  static long index(Row article) {
    return article.getLong(ARTICLE.fieldIndex("article_index"));
  }

  /** The article's id; null only for an input row whose id was null. */
  static String articleId(Row article) {
    return article.getString(ARTICLE.fieldIndex("article_id"));
  }

  /** Why the article failed; null if it did not. */
  static String error(Row article) {
    return article.getString(ARTICLE.fieldIndex("error"));
  }

  /** The entities of an article's row, equal to those of its extraction. */
  static List<Entity> entities(Row article) {
    return ArticleRows.<Row>list(article, ARTICLE.fieldIndex("entities")).stream()
        .map(ArticleRows::entity)
        .toList();
  }

  /** The quotes of an article's row, equal to those of its extraction. */
  static List<Quote> quotes(Row article) {
    return ArticleRows.<Row>list(article, ARTICLE.fieldIndex("quotes")).stream()
        .map(ArticleRows::quote)
        .toList();
  }

  private static Row quote(String articleId, Quote quote, Entity speaker) {
    Optional<Mention> cue = quote.cue();
    Optional<Mention> mention = quote.speakerMention();
    return RowFactory.create(
        quote.id(),
        quote.kind().name(),
        quote.content().start(),
        quote.content().end(),
        quote.text(),
        cue.map(m -> m.span().start()).orElse(null),
        cue.map(m -> m.span().end()).orElse(null),
        cue.map(Mention::text).orElse(null),
        mention.map(m -> m.span().start()).orElse(null),
        mention.map(m -> m.span().end()).orElse(null),
        mention.map(Mention::text).orElse(null),
        quote.speakerId().orElse(null),
        speaker == null ? null : speaker.name(),
        speaker == null ? null : speaker.type().name(),
        speaker == null ? NO_STRINGS : speaker.titles().toArray(NO_STRINGS),
        speaker == null ? NO_STRINGS : speaker.affiliations().toArray(NO_STRINGS),
        speaker == null ? null : CorpusGraph.speakerKey(articleId, speaker),
        quote.rule().name(),
        quote.confidence(),
        quote.closed(),
        quote.partOf().orElse(null));
  }

  private static Quote quote(Row row) {
    return new Quote(
        row.getString(QUOTE_IN_ARTICLE.fieldIndex("quote_id")),
        QuoteKind.valueOf(row.getString(QUOTE_IN_ARTICLE.fieldIndex("kind"))),
        span(row, QUOTE_IN_ARTICLE.fieldIndex("start"), QUOTE_IN_ARTICLE.fieldIndex("end")),
        row.getString(QUOTE_IN_ARTICLE.fieldIndex("text")),
        mention(row, "cue_start", "cue_end", "cue"),
        mention(row, "speaker_start", "speaker_end", "speaker_mention"),
        Optional.ofNullable(row.getString(QUOTE_IN_ARTICLE.fieldIndex("speaker_id"))),
        AttributionRule.valueOf(row.getString(QUOTE_IN_ARTICLE.fieldIndex("rule"))),
        row.getDouble(QUOTE_IN_ARTICLE.fieldIndex("confidence")),
        row.getBoolean(QUOTE_IN_ARTICLE.fieldIndex("closed")),
        Optional.ofNullable(row.getString(QUOTE_IN_ARTICLE.fieldIndex("part_of"))));
  }

  private static Row entity(Entity entity) {
    Row[] mentions = entity.mentions().stream()
        .map(m -> RowFactory.create(m.span().start(), m.span().end(), m.text()))
        .toArray(Row[]::new);
    return RowFactory.create(entity.id(), entity.type().name(), entity.name(), mentions,
        entity.titles().toArray(NO_STRINGS), entity.affiliations().toArray(NO_STRINGS));
  }

  private static Entity entity(Row row) {
    List<Mention> mentions = ArticleRows.<Row>list(row, ENTITY_IN_ARTICLE.fieldIndex("mentions"))
        .stream()
        .map(m -> new Mention(span(m, MENTION.fieldIndex("start"), MENTION.fieldIndex("end")),
            m.getString(MENTION.fieldIndex("text"))))
        .toList();
    return new Entity(
        row.getString(ENTITY_IN_ARTICLE.fieldIndex("entity_id")),
        EntityType.valueOf(row.getString(ENTITY_IN_ARTICLE.fieldIndex("type"))),
        row.getString(ENTITY_IN_ARTICLE.fieldIndex("name")),
        mentions,
        ArticleRows.<String>list(row, ENTITY_IN_ARTICLE.fieldIndex("titles")),
        ArticleRows.<String>list(row, ENTITY_IN_ARTICLE.fieldIndex("affiliations")));
  }

  /**
   * An array field: rows made by this class hold Java arrays, rows that come back from Spark hold
   * Scala sequences.
   */
  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Row row, int field) {
    return row.get(field) instanceof Object[] array ? List.of((T[]) array) : row.getList(field);
  }

  private static Optional<Mention> mention(Row row, String start, String end, String text) {
    int startField = QUOTE_IN_ARTICLE.fieldIndex(start);
    if (row.isNullAt(startField)) {
      return Optional.empty();
    }
    return Optional.of(new Mention(span(row, startField, QUOTE_IN_ARTICLE.fieldIndex(end)),
        row.getString(QUOTE_IN_ARTICLE.fieldIndex(text))));
  }

  private static Span span(Row row, int start, int end) {
    return new Span(row.getInt(start), row.getInt(end));
  }
}
