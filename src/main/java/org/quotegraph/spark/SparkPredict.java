package org.quotegraph.spark;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.quotegraph.AttributionScope;
import org.quotegraph.Quote;
import org.quotegraph.json.CorpusJson;
import org.quotegraph.json.Predictions;

/**
 * The command line's {@code predict} as a Spark job: reads {@code {"id","text"}} JSON lines, runs
 * {@link QuotegraphSpark#extract} over them, and writes one prediction line per article ({@link
 * Predictions#line}) in input order, the same file {@code predict} writes for the same input.
 * With {@code --corpus FILE} it also writes the corpus graph collected from the job ({@link
 * ExtractionDatasets#corpusGraph()}) as JSON, the file {@code corpus --out FILE} writes. Progress
 * and times go to stderr; an article that fails is reported there and written with no quotes, and
 * makes the exit status 1.
 *
 * <pre>
 * SparkPredict IN.jsonl OUT.jsonl [--master URL] [--partitions N] [--scope speech|broad]
 *     [--corpus FILE.json]
 * </pre>
 *
 * <p>{@code IN} is read by Spark, so it may be any path Spark reads (a local file in local mode, a
 * shared or distributed file system on a cluster); {@code OUT} is written by the driver. Without
 * {@code --master} the master is the one {@code spark-submit} sets, or else {@code local[*]}.
 * {@code --partitions} defaults to four per core of the application.
 */
public final class SparkPredict {

  static final String USAGE = "usage: SparkPredict IN.jsonl OUT.jsonl [--master URL]"
      + " [--partitions N] [--scope speech|broad] [--corpus FILE.json]";

  private SparkPredict() {}

  /**
   * Runs the job; exits with status 1 when an article failed or the output could not be written,
   * and 2 for a usage error.
   *
   * @param args {@code IN.jsonl OUT.jsonl} and the options of the class description
   */
  public static void main(String[] args) {
    int status;
    try {
      Arguments arguments = Arguments.parse(args);
      SparkSession.Builder builder = SparkSession.builder().appName("quotegraph spark-predict");
      if (arguments.master != null) {
        builder.master(arguments.master);
      } else if (System.getProperty("spark.master") == null) {
        builder.master("local[*]");
      }
      SparkSession spark = builder.getOrCreate();
      try {
        status = run(spark, arguments, System.err);
      } finally {
        spark.stop();
      }
    } catch (IllegalArgumentException e) {
      System.err.println("spark-predict: " + e.getMessage() + "\n" + USAGE);
      status = 2;
    } catch (IOException e) {
      System.err.println("spark-predict: " + e);
      status = 1;
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs with {@code spark}, which it does not stop.
   *
   * @return the exit status: 0, or 1 if an article failed
   * @throws IllegalArgumentException for bad arguments
   * @throws IOException if the output cannot be written
   */
  static int run(SparkSession spark, String[] args, PrintStream err) throws IOException {
    return run(spark, Arguments.parse(args), err);
  }

  private static int run(SparkSession spark, Arguments arguments, PrintStream err)
      throws IOException {
    long started = System.nanoTime();
    int partitions = arguments.partitions > 0
        ? arguments.partitions : 4 * spark.sparkContext().defaultParallelism();
    Dataset<Row> input = spark.read().schema("id STRING, text STRING").json(arguments.in);
    QuotegraphSparkConfig config = QuotegraphSparkConfig.defaults()
        .withScope(arguments.scope)
        .withPartitions(partitions);
    ExtractionDatasets result = QuotegraphSpark.extract(input, config).persist();
    StageProgress progress = new StageProgress(err, "spark-predict");
    spark.sparkContext().addSparkListener(progress);
    try {
      long total = result.articles().count();
      long extracted = System.nanoTime();
      List<Row> errors = result.errors().collectAsList();
      for (Row error : errors) {
        err.println("spark-predict: article \"" + error.getString(0) + "\" failed: "
            + error.getString(1));
      }
      long quotes = write(result, Path.of(arguments.out));
      if (arguments.corpus != null) {
        try (BufferedWriter writer =
            Files.newBufferedWriter(Path.of(arguments.corpus), StandardCharsets.UTF_8)) {
          CorpusJson.write(result.corpusGraph(), writer);
        }
      }
      long written = System.nanoTime();
      err.printf(Locale.ROOT, "spark-predict: %d articles on %d partitions, %d failed, %d quotes"
              + " written to %s; extraction %.1f s, writing %.1f s, total %.1f s%n",
          total, partitions, errors.size(), quotes, arguments.out, (extracted - started) / 1e9,
          (written - extracted) / 1e9, (written - started) / 1e9);
      return errors.isEmpty() ? 0 : 1;
    } finally {
      spark.sparkContext().removeSparkListener(progress);
      result.unpersist();
    }
  }

  /** Writes the prediction lines in input order; returns the number of statements written. */
  private static long write(ExtractionDatasets result, Path out) throws IOException {
    long quotes = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      Iterator<Row> rows = result.articles().orderBy(col("article_index")).toLocalIterator();
      while (rows.hasNext()) {
        Row row = rows.next();
        List<Quote> articleQuotes = ArticleRows.quotes(row);
        quotes += articleQuotes.stream().filter(Quote::isStatement).count();
        writer.write(Predictions.line(ArticleRows.articleId(row), ArticleRows.entities(row),
            articleQuotes));
        writer.newLine();
      }
    }
    return quotes;
  }

  /** The parsed command line. */
  private record Arguments(String in, String out, String master, int partitions,
      AttributionScope scope, String corpus) {

    static Arguments parse(String[] args) {
      String in = null;
      String out = null;
      String master = null;
      int partitions = 0;
      AttributionScope scope = AttributionScope.SPEECH;
      String corpus = null;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.startsWith("--")) {
          if (i + 1 == args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          String value = args[++i];
          switch (arg) {
            case "--master" -> master = value;
            case "--partitions" -> partitions = positive(value);
            case "--scope" -> scope = scope(value);
            case "--corpus" -> corpus = value;
            default -> throw new IllegalArgumentException("unknown option " + arg);
          }
        } else if (in == null) {
          in = arg;
        } else if (out == null) {
          out = arg;
        } else {
          throw new IllegalArgumentException("one input and one output, got a third: " + arg);
        }
      }
      if (out == null) {
        throw new IllegalArgumentException("needs an input and an output file");
      }
      return new Arguments(in, out, master, partitions, scope, corpus);
    }

    private static int positive(String value) {
      try {
        int number = Integer.parseInt(value);
        if (number > 0) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("--partitions needs a positive number, got \"" + value
          + "\"");
    }

    private static AttributionScope scope(String value) {
      for (AttributionScope scope : AttributionScope.values()) {
        if (scope.name().equalsIgnoreCase(value)) {
          return scope;
        }
      }
      throw new IllegalArgumentException("--scope is speech or broad, got \"" + value + "\"");
    }
  }
}
