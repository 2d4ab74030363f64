package org.quotegraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Runs quotegraph over a Spark {@link Dataset} of articles.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles.jsonl");        // columns id, text
 * ExtractionDatasets result = QuotegraphSpark.extract(articles,
 *     QuotegraphSparkConfig.defaults().withPartitions(64)).persist();
 * result.quotes().write().parquet("quotes");
 * result.entities().write().parquet("entities");
 * result.errors().show();
 * result.speakers().show();                     // statements and articles per speaker
 * }</pre>
 *
 * <p>Each executor JVM builds one extractor, on its first task, and keeps it for all later tasks
 * and partitions; the extractor is never serialised, only the small {@link QuotegraphSparkConfig}.
 * The rows equal what {@link org.quotegraph.NewsExtractor#extract} gives for each article in one
 * JVM. An article that fails becomes a row of {@link ExtractionDatasets#errors()} and the job goes
 * on. Stateless and thread-safe.
 */
public final class QuotegraphSpark {

  private QuotegraphSpark() {}

  /**
   * Plans the extraction of {@code articles}; nothing runs until an action on one of the returned
   * datasets. Every action runs the extraction again unless the result is {@link
   * ExtractionDatasets#persist() persisted}.
   *
   * <p>Each input row is one article: its id (any atomic type, read as a string) and its text
   * (a string) come from the columns that {@code config} names; other columns are not read. A row
   * with a null id or text, or a text over {@link QuotegraphSparkConfig#maxTextLength()}, gives an
   * error row. A blank text gives an article with no quotes and no entities, as {@link
   * org.quotegraph.NewsExtractor#extract} does.
   *
   * @param articles one row per article
   * @param config the columns to read and the extractor's settings
   * @return the datasets of the result, computed when an action needs them
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code articles} has no column of the configured name, or
   *     the text column is not a string or the id column not an atomic type
   */
  public static ExtractionDatasets extract(Dataset<Row> articles, QuotegraphSparkConfig config) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(config, "config");
    StructField id = field(articles.schema(), config.idColumn(), "withIdColumn");
    StructField text = field(articles.schema(), config.textColumn(), "withTextColumn");
    DataType idType = id.dataType();
    if (idType instanceof StructType || idType instanceof ArrayType || idType instanceof MapType) {
      throw new IllegalArgumentException("the id column \"" + id.name() + "\" is a "
          + idType.simpleString() + "; ids must be strings or numbers");
    }
    if (!(text.dataType() instanceof StringType)) {
      throw new IllegalArgumentException("the text column \"" + text.name() + "\" is a "
          + text.dataType().simpleString() + "; texts must be strings");
    }
    Dataset<Row> input = articles.select(
        monotonically_increasing_id().as("article_index"),
        column(id).cast(DataTypes.StringType).as("id"),
        column(text).as("text"));
    if (config.partitions() > 0) {
      input = input.repartition(config.partitions());
    }
    return new ExtractionDatasets(
        input.mapPartitions(new ExtractPartition(config), Encoders.row(QuotegraphSchemas.ARTICLE)));
  }

  /** The top-level field {@code name}, matched exactly or else without case, as Spark does. */
  private static StructField field(StructType schema, String name, String option) {
    List<StructField> fields = Arrays.asList(schema.fields());
    List<StructField> caseless = fields.stream()
        .filter(field -> field.name().equalsIgnoreCase(name))
        .toList();
    return fields.stream()
        .filter(field -> field.name().equals(name))
        .findFirst()
        .or(() -> caseless.size() == 1 ? Optional.of(caseless.get(0)) : Optional.empty())
        .orElseThrow(() -> new IllegalArgumentException("the articles have no column \"" + name
            + "\" (they have " + fields.stream().map(StructField::name)
                .collect(Collectors.joining(", ")) + "); name it with QuotegraphSparkConfig."
            + option + "(...)"));
  }

  private static Column column(StructField field) {
    return col("`" + field.name().replace("`", "``") + "`");
  }
}
