package org.quotegraph.spark;

import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.quotegraph.Article;
import org.quotegraph.ExtractionException;
import org.quotegraph.NewsExtractor;

/**
 * The work of one Spark task: turns a partition of {@code (article_index, id, text)} rows into
 * {@link QuotegraphSchemas#ARTICLE} rows, one for one and lazily, with this executor's extractor
 * ({@link ExecutorExtractors}). Serialised with each task, it holds only the settings.
 *
 * <p>An article that cannot be analysed (a null id or text, a text over the length limit, a
 * failure inside the extractor) gives a row whose {@code error} says why, and the partition goes
 * on. Only a task that Spark interrupts stops: the failure is thrown again, as Spark expects of a
 * cancelled task.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final QuotegraphSparkConfig config;

  ExtractPartition(QuotegraphSparkConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    return new Iterator<>() {
      private NewsExtractor extractor;

      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        Row input = articles.next();
        if (extractor == null) {
          extractor = ExecutorExtractors.get(config);
        }
        return extract(extractor, input.getLong(0), input.getString(1), input.getString(2));
      }
    };
  }

  private Row extract(NewsExtractor extractor, long index, String id, String text) {
    if (id == null) {
      return ArticleRows.failure(index, null, "the id column \"" + config.idColumn()
          + "\" is null; give every article an id");
    }
    if (text == null) {
      return ArticleRows.failure(index, id, "article \"" + id + "\": the text column \""
          + config.textColumn() + "\" is null");
    }
    try {
      return ArticleRows.success(index, extractor.extract(new Article(id, text)));
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e;
      }
      return ArticleRows.failure(index, id, message(id, e));
    }
  }

  /** The failure's own message where it names the article, which ours do. */
  private static String message(String id, RuntimeException e) {
    if (e instanceof ExtractionException || e instanceof IllegalArgumentException) {
      return String.valueOf(e.getMessage());
    }
    return "article \"" + id + "\" failed: " + e;
  }
}
