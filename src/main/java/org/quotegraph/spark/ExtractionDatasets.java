package org.quotegraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusSpeaker;
import org.quotegraph.corpus.SpeakerDirectory;

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
   * The statements per speaker ({@link QuotegraphSchemas#SPEAKER}): one row per speaker of
   * {@link #corpusGraph()}, with its corpus id as {@code speaker_key}, its name and type, its
   * number of statements and of distinct articles, most quoted first (ties: quoted in more
   * articles, then first seen in input order). Who is one speaker is decided as the corpus graph
   * decides it, on evidence weighed over the whole corpus, so the rows are made on the driver
   * from the collected articles, with the limits of {@link #corpusGraph()}.
   *
   * @return the speakers' rows
   */
  public Dataset<Row> speakers() {
    return speakers(SpeakerDirectory.empty());
  }

  /**
   * {@link #speakers()} with people linked to the ids of {@code directory}, given in {@code
   * kb_id}, and people of one id one speaker.
   *
   * @param directory the alias table
   * @return the speakers' rows
   */
  public Dataset<Row> speakers(SpeakerDirectory directory) {
    CorpusGraph corpus = corpusGraph(directory);
    List<Row> rows = new ArrayList<>();
    for (CorpusSpeaker speaker : corpus.topSpeakersByQuotes(corpus.speakers().size())) {
      rows.add(RowFactory.create(speaker.id(), speaker.name(), speaker.type().name(),
          (long) speaker.quoteCount(), (long) speaker.articleCount(),
          speaker.kbId().orElse(null)));
    }
    return articles.sparkSession().createDataFrame(rows, QuotegraphSchemas.SPEAKER);
  }

  /**
   * Collects the analysed articles to the driver, in input order, into a {@link CorpusGraph}
   * equal to the one {@link CorpusGraph.Builder#add} builds from the same extractions in one JVM.
   * For a corpus whose quotes and entities fit in the driver's memory (and within {@code
   * spark.driver.maxResultSize}). Failed articles are left out, and so is an article whose id
   * repeats an earlier one, as the command line's {@code corpus} does. Runs the extraction unless
   * the articles are persisted.
   *
   * @return the corpus graph
   */
  public CorpusGraph corpusGraph() {
    return corpusGraph(SpeakerDirectory.empty());
  }

  /**
   * {@link #corpusGraph()} with people linked to the ids of {@code directory}, as {@link
   * CorpusGraph.Builder#directory} links them.
   *
   * @param directory the alias table
   * @return the corpus graph
   */
  public CorpusGraph corpusGraph(SpeakerDirectory directory) {
    Objects.requireNonNull(directory, "directory");
    List<Row> rows = new ArrayList<>(articles.where(col("error").isNull()).collectAsList());
    rows.sort(Comparator.comparingLong(ArticleRows::index));
    CorpusGraph.Builder corpus = CorpusGraph.builder().directory(directory);
    for (Row row : rows) {
      corpus.add(ArticleRows.articleId(row), ArticleRows.entities(row), ArticleRows.quotes(row));
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
