package org.quotegraph.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quotegraph.Article;
import org.quotegraph.Extraction;
import org.quotegraph.InventedArticles;
import org.quotegraph.SharedExtractor;

/**
 * The invented articles analysed twice, once per test JVM: by {@link SharedExtractor} in this
 * JVM, one article after another, and by a Spark job on {@code local[2]} over three partitions
 * (so that the rows are shuffled away from input order), persisted for every test that reads it.
 */
final class SparkCorpus {

  static final StructType ARTICLE_COLUMNS = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType);

  private static List<Article> articles;
  private static List<Extraction> expected;
  private static ExtractionDatasets datasets;

  private SparkCorpus() {}

  /** The invented articles, in input order. */
  static synchronized List<Article> articles() {
    if (articles == null) {
      articles = InventedArticles.all();
    }
    return articles;
  }

  /** What one JVM's extractor gives for each article, in input order. */
  static synchronized List<Extraction> expected() {
    if (expected == null) {
      expected = articles().stream().map(SharedExtractor.get()::extract).toList();
    }
    return expected;
  }

  /** The Spark extraction of the articles, persisted. */
  static synchronized ExtractionDatasets datasets() {
    if (datasets == null) {
      datasets = QuotegraphSpark.extract(frame(articles()),
          QuotegraphSparkConfig.defaults().withPartitions(3)).persist();
    }
    return datasets;
  }

  /** A data frame of {@code id} and {@code text} columns. */
  static Dataset<Row> frame(List<Article> input) {
    List<Row> rows = input.stream().map(a -> RowFactory.create(a.id(), a.text())).toList();
    return SharedSpark.get().createDataFrame(rows, ARTICLE_COLUMNS);
  }
}
