package org.quotegraph.spark;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.quotegraph.QuoteKind;
import org.quotegraph.corpus.CorpusGraph;

/**
 * What {@link QuotegraphSpark#extract} gives: one row per article ({@link #articles()}), and views
 * of it with one row per quote, entity, error or speaker. Each view is a plan over {@link
 * #articles()}: an action on a view runs the extraction, and an action on another view runs it
 * again, unless the articles are {@link #persist() persisted} first (or {@link #articles()} is
 * written once and read back). Immutable; safe to share between the driver's threads as Spark's
 * datasets are.
 */
public final class ExtractionDatasets {

  private final Dataset<Row> articles;

  ExtractionDatasets(Dataset<Row> articles) {
    this.articles = Objects.requireNonNull(articles, "articles");
  }

  /**
   * {@return one row per input article, with its quotes and entities nested ({@link
   * QuotegraphSchemas#ARTICLE})}
   */
  public Dataset<Row> articles() {
    return articles;
  }

  /**
   * {@return one row per quote of every analysed article, in no particular order ({@link
   * QuotegraphSchemas#QUOTE})}
   */
  public Dataset<Row> quotes() {
    return articles.select(col("article_id"), explode(col("quotes")).as("quote"))
        .select(col("article_id"), col("quote.*"));
  }

  /**
   * {@return one row per entity of every analysed article, in no particular order ({@link
   * QuotegraphSchemas#ENTITY})}
   */
  public Dataset<Row> entities() {
    return articles.select(col("article_id"), explode(col("entities")).as("entity"))
        .select(col("article_id"), col("entity.*"));
  }

  /** {@return one row per article that could not be analysed ({@link QuotegraphSchemas#ERROR})} */
  public Dataset<Row> errors() {
    return articles.where(col("error").isNotNull()).select(col("article_id"), col("error"));
  }

  /**
   * The statements per speaker as a Spark aggregation ({@link QuotegraphSchemas#SPEAKER}): one
   * row per speaker of the corpus graph, with its number of statements and of distinct articles,
   * most quoted first (ties: quoted in more articles, then first seen in input order), exactly
   * the speakers and counts of {@link #corpusGraph()}, which it does not need to fit in memory.
   * As in {@link CorpusGraph}, a statement is a quote that is not a scare quote nor part of a
   * mixed statement and has a speaker entity, and speakers of different articles are one when
   * they have the same {@link CorpusGraph#speakerKey speaker key}.
   *
   * @return the speakers' rows
   */
  public Dataset<Row> speakers() {
    Column firstSeen = struct(col("article_index"), col("position"));
    return articles
        .select(col("article_index"), col("article_id"),
            posexplode(col("quotes")).as(new String[] {"position", "quote"}))
        .where(col("quote.kind").notEqual(lit(QuoteKind.SCARE.name()))
            .and(col("quote.part_of").isNull())
            .and(col("quote.speaker_id").isNotNull()))
        .groupBy(col("quote.speaker_key").as("speaker_key"))
        .agg(min_by(col("quote.speaker_name"), firstSeen).as("speaker_name"),
            min_by(col("quote.speaker_type"), firstSeen).as("speaker_type"),
            count(lit(1)).as("quote_count"),
            count_distinct(col("article_id")).as("article_count"),
            min(firstSeen).as("first_seen"))
        .orderBy(desc("quote_count"), desc("article_count"), asc("first_seen"))
        .drop("first_seen");
  }

  /**
   * Collects the analysed articles to the driver, in input order, into a {@link CorpusGraph}
   * equal to the one {@link CorpusGraph.Builder#add} builds from the same extractions in one JVM.
   * For a corpus whose quotes and entities fit in the driver's memory (and within {@code
   * spark.driver.maxResultSize}); {@link #speakers()} counts a corpus of any size. Failed
   * articles are left out, and so is an article whose id repeats an earlier one, as the command
   * line's {@code corpus} does. Runs the extraction unless the articles are persisted.
   *
   * @return the corpus graph
   */
  public CorpusGraph corpusGraph() {
    List<Row> rows = new ArrayList<>(articles.where(col("error").isNull()).collectAsList());
    rows.sort(Comparator.comparingLong(ArticleRows::index));
    CorpusGraph.Builder corpus = CorpusGraph.builder();
    Set<String> ids = new HashSet<>();
    for (Row row : rows) {
      String id = ArticleRows.articleId(row);
      if (ids.add(id)) {
        corpus.add(id, ArticleRows.entities(row), ArticleRows.quotes(row));
      }
    }
    return corpus.build();
  }

  /**
   * Keeps the articles' rows in memory, spilling to disk, once an action has computed them, so
   * that every view reads them instead of extracting again.
   *
   * @return this
   */
  public ExtractionDatasets persist() {
    return persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Keeps the articles' rows at {@code level} once an action has computed them.
   *
   * @param level Spark's storage level
   * @return this
   * @throws NullPointerException if {@code level} is null
   */
  public ExtractionDatasets persist(StorageLevel level) {
    articles.persist(Objects.requireNonNull(level, "level"));
    return this;
  }

  /**
   * Drops the persisted rows, if any.
   *
   * @return this
   */
  public ExtractionDatasets unpersist() {
    articles.unpersist();
    return this;
  }
}
