package org.quotegraph.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the datasets a Spark extraction gives ({@link ExtractionDatasets}). Spans are
 * half-open {@code [start, end)} character offsets into the article's text, as everywhere in
 * quotegraph; enums ({@code kind}, {@code rule}, {@code type}) are their constants' names. A field
 * marked nullable here is null only where the javadoc of the field's schema says so.
 */
public final class QuotegraphSchemas {

  /** A mention: {@code start}, {@code end} and the {@code text} there, none null. */
  public static final StructType MENTION = new StructType()
      .add("start", IntegerType, false)
      .add("end", IntegerType, false)
      .add("text", StringType, false);

  /**
   * One quote of an article, as held in {@link #ARTICLE}'s {@code quotes}; {@link #QUOTE} without
   * the article id. Null where the quote has no cue ({@code cue_*}), no speaker mention ({@code
   * speaker_start}, {@code speaker_end}, {@code speaker_mention}), no speaker entity ({@code
   * speaker_id}, {@code speaker_name}, {@code speaker_type}, {@code speaker_key}) or is not part
   * of a mixed statement ({@code part_of}); {@code speaker_titles} and {@code
   * speaker_affiliations} are empty when there is no speaker entity.
   */
  public static final StructType QUOTE_IN_ARTICLE = new StructType()
      .add("quote_id", StringType, false)
      .add("kind", StringType, false)
      .add("start", IntegerType, false)
      .add("end", IntegerType, false)
      .add("text", StringType, false)
      .add("cue_start", IntegerType, true)
      .add("cue_end", IntegerType, true)
      .add("cue", StringType, true)
      .add("speaker_start", IntegerType, true)
      .add("speaker_end", IntegerType, true)
      .add("speaker_mention", StringType, true)
      .add("speaker_id", StringType, true)
      .add("speaker_name", StringType, true)
      .add("speaker_type", StringType, true)
      .add("speaker_titles", createArrayType(StringType, false), false)
      .add("speaker_affiliations", createArrayType(StringType, false), false)
      .add("speaker_key", StringType, true)
      .add("rule", StringType, false)
      .add("confidence", DoubleType, false)
      .add("closed", BooleanType, false)
      .add("part_of", StringType, true);

  /** One entity of an article, as held in {@link #ARTICLE}'s {@code entities}. */
  public static final StructType ENTITY_IN_ARTICLE = new StructType()
      .add("entity_id", StringType, false)
      .add("type", StringType, false)
      .add("name", StringType, false)
      .add("mentions", createArrayType(MENTION, false), false)
      .add("titles", createArrayType(StringType, false), false)
      .add("affiliations", createArrayType(StringType, false), false);

  /**
   * One row per input article ({@link ExtractionDatasets#articles()}): {@code article_index}, its
   * position in the input (increasing in input order, not consecutive), {@code article_id}, its
   * {@code quotes} ({@link #QUOTE_IN_ARTICLE}) in text order, its {@code entities} ({@link
   * #ENTITY_IN_ARTICLE}) in order of first mention, its {@code warnings}, and {@code error}, which
   * is null unless the article failed, and then says why (its lists are empty). {@code
   * article_id} is null only for an input row whose id was null.
   */
  public static final StructType ARTICLE = new StructType()
      .add("article_index", LongType, false)
      .add("article_id", StringType, true)
      .add("quotes", createArrayType(QUOTE_IN_ARTICLE, false), false)
      .add("entities", createArrayType(ENTITY_IN_ARTICLE, false), false)
      .add("warnings", createArrayType(StringType, false), false)
      .add("error", StringType, true);

  /**
   * One row per quote ({@link ExtractionDatasets#quotes()}): the article id, then {@link
   * #QUOTE_IN_ARTICLE}.
   */
  public static final StructType QUOTE = prefixed(QUOTE_IN_ARTICLE);

  /**
   * One row per entity ({@link ExtractionDatasets#entities()}): the article id, then {@link
   * #ENTITY_IN_ARTICLE}.
   */
  public static final StructType ENTITY = prefixed(ENTITY_IN_ARTICLE);

  /**
   * One row per failed article ({@link ExtractionDatasets#errors()}): {@code article_id} (null
   * for a row whose id was null) and the {@code error} message (never null in this view; nullable
   * as in {@link #ARTICLE}).
   */
  public static final StructType ERROR = new StructType()
      .add("article_id", StringType, true)
      .add("error", StringType, true);

  /**
   * One row per corpus speaker ({@link ExtractionDatasets#speakers()}): {@code speaker_key} (its
   * {@link org.quotegraph.corpus.CorpusSpeaker#id()}), the speaker's name and type, its number of
   * statements and of distinct articles, and its {@code kb_id} in the alias table given, or null.
   */
  public static final StructType SPEAKER = new StructType()
      .add("speaker_key", StringType, true)
      .add("speaker_name", StringType, true)
      .add("speaker_type", StringType, true)
      .add("quote_count", LongType, false)
      .add("article_count", LongType, false)
      .add("kb_id", StringType, true);

  private QuotegraphSchemas() {}

  private static StructType prefixed(StructType inArticle) {
    StructType schema = new StructType().add("article_id", StringType, true);
    for (StructField field : inArticle.fields()) {
      schema = schema.add(field);
    }
    return schema;
  }
}
