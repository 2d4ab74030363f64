package org.quotegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotegraph.Article;
import org.quotegraph.AttributionScope;
import org.quotegraph.Entity;
import org.quotegraph.Extraction;
import org.quotegraph.Mention;
import org.quotegraph.NewsExtractor;
import org.quotegraph.Quote;
import org.quotegraph.SharedExtractor;
import org.quotegraph.corpus.CorpusGraph;

/**
 * {@link QuotegraphSpark#extract} on {@code local[2]} with the real models: its rows are what one
 * JVM's extractor gives, failing articles are error rows, and columns are read as configured.
 * The expected rows are built here from the {@link Extraction} records field by field, not with
 * the code under test.
 */
@Tag("slow")
class QuotegraphSparkTest {

  /** A row's values in schema order, with arrays and nested rows as lists. */
  private static List<Object> values(Row row) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      values.add(plain(row.get(i)));
    }
    return values;
  }

  private static Object plain(Object value) {
    if (value instanceof scala.collection.Seq<?> seq) {
      List<Object> list = new ArrayList<>();
      seq.foreach(element -> list.add(plain(element)));
      return list;
    }
    return value instanceof Row row ? values(row) : value;
  }

  private static List<Object> expectedQuote(Extraction extraction, Quote quote) {
    Optional<Entity> speaker = extraction.speakerOf(quote);
    return java.util.Arrays.asList(
        extraction.articleId(), quote.id(), quote.kind().name(), quote.content().start(),
        quote.content().end(), quote.text(),
        quote.cue().map(m -> m.span().start()).orElse(null),
        quote.cue().map(m -> m.span().end()).orElse(null),
        quote.cue().map(Mention::text).orElse(null),
        quote.speakerMention().map(m -> m.span().start()).orElse(null),
        quote.speakerMention().map(m -> m.span().end()).orElse(null),
        quote.speakerMention().map(Mention::text).orElse(null),
        quote.speakerId().orElse(null),
        speaker.map(Entity::name).orElse(null),
        speaker.map(e -> e.type().name()).orElse(null),
        speaker.map(Entity::titles).orElse(List.of()),
        speaker.map(Entity::affiliations).orElse(List.of()),
        speaker.map(e -> CorpusGraph.speakerKey(extraction.articleId(), e)).orElse(null),
        quote.rule().name(), quote.confidence(), quote.closed(), quote.partOf().orElse(null));
  }

  private static List<Object> expectedEntity(String articleId, Entity entity) {
    List<Object> mentions = new ArrayList<>();
    for (Mention mention : entity.mentions()) {
      mentions.add(List.of(mention.span().start(), mention.span().end(), mention.text()));
    }
    return List.of(articleId, entity.id(), entity.type().name(), entity.name(), mentions,
        entity.titles(), entity.affiliations());
  }

  @Test
  void extract_inventedArticles_quoteRowsEqualTheSingleJvmQuotes() {
    List<List<Object>> expected = new ArrayList<>();
    for (Extraction extraction : SparkCorpus.expected()) {
      extraction.quotes().forEach(quote -> expected.add(expectedQuote(extraction, quote)));
    }

    List<List<Object>> rows = SparkCorpus.datasets().quotes().collectAsList().stream()
        .map(QuotegraphSparkTest::values).toList();

    assertThat(expected).hasSizeGreaterThan(40);
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void extract_inventedArticles_entityRowsEqualTheSingleJvmEntities() {
    List<List<Object>> expected = new ArrayList<>();
    for (Extraction extraction : SparkCorpus.expected()) {
      extraction.entities().forEach(e -> expected.add(expectedEntity(extraction.articleId(), e)));
    }

    List<List<Object>> rows = SparkCorpus.datasets().entities().collectAsList().stream()
        .map(QuotegraphSparkTest::values).toList();

    assertThat(expected).hasSizeGreaterThan(40);
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void extract_inventedArticles_articleRowsInInputOrderHoldEachWholeExtraction() {
    List<Row> rows = SparkCorpus.datasets().articles().orderBy(col("article_index"))
        .collectAsList();

    assertThat(rows).hasSameSizeAs(SparkCorpus.articles());
    for (int i = 0; i < rows.size(); i++) {
      Extraction expected = SparkCorpus.expected().get(i);
      Row row = rows.get(i);
      assertThat(ArticleRows.articleId(row)).isEqualTo(expected.articleId());
      assertThat(ArticleRows.quotes(row)).isEqualTo(expected.quotes());
      assertThat(ArticleRows.entities(row)).isEqualTo(expected.entities());
      assertThat(row.<String>getList(row.fieldIndex("warnings"))).isEqualTo(expected.warnings());
      assertThat(ArticleRows.error(row)).isNull();
    }
    assertThat(SparkCorpus.datasets().errors().count()).isZero();
  }

  @Test
  void extract_views_haveThePublishedSchemas() {
    ExtractionDatasets datasets = SparkCorpus.datasets();

    assertThat(datasets.articles().schema()).isEqualTo(QuotegraphSchemas.ARTICLE);
    assertThat(datasets.quotes().schema()).isEqualTo(QuotegraphSchemas.QUOTE);
    assertThat(datasets.entities().schema()).isEqualTo(QuotegraphSchemas.ENTITY);
    assertThat(datasets.errors().schema()).isEqualTo(QuotegraphSchemas.ERROR);
    assertThat(datasets.speakers().schema()).isEqualTo(QuotegraphSchemas.SPEAKER);
  }

  @Test
  void extract_articleOverTheLengthLimit_becomesAnErrorRowAndTheOthersGoOn() {
    Article first = SparkCorpus.articles().get(0);
    Article second = SparkCorpus.articles().get(1);
    String longText = String.join("\n\n", Collections.nCopies(4, first.text()));
    List<Article> input = List.of(first, new Article("too-long", longText), second);
    int limit = Math.max(first.text().length(), second.text().length()) + 1;

    ExtractionDatasets result = QuotegraphSpark.extract(SparkCorpus.frame(input),
        QuotegraphSparkConfig.defaults().withMaxTextLength(limit)).persist();

    List<Row> errors = result.errors().collectAsList();
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.getString(0)).isEqualTo("too-long");
      assertThat(error.getString(1)).contains("\"too-long\"", "more than the limit of " + limit,
          "maxTextLength");
    });
    assertThat(result.quotes().where(col("article_id").equalTo(first.id())).count())
        .isEqualTo(SparkCorpus.expected().get(0).quotes().size());
    assertThat(result.quotes().where(col("article_id").equalTo(second.id())).count())
        .isEqualTo(SparkCorpus.expected().get(1).quotes().size());
    result.unpersist();
  }

  @Test
  void extract_nullIdNullTextAndBlankText_giveTwoErrorRowsAndAnEmptyArticle() {
    Article good = SparkCorpus.articles().get(2);
    List<Row> input = List.of(
        RowFactory.create(null, good.text()),
        RowFactory.create("no-text", null),
        RowFactory.create("blank", "  \n\n "),
        RowFactory.create(good.id(), good.text()));
    Dataset<Row> frame = SharedSpark.get().createDataFrame(input, SparkCorpus.ARTICLE_COLUMNS);

    ExtractionDatasets result =
        QuotegraphSpark.extract(frame, QuotegraphSparkConfig.defaults()).persist();

    assertThat(result.errors().collectAsList()).extracting(QuotegraphSparkTest::values)
        .containsExactlyInAnyOrder(
            java.util.Arrays.asList(null, "the id column \"id\" is null; give every article an id"),
            List.of("no-text", "article \"no-text\": the text column \"text\" is null"));
    List<Row> blank = result.articles().where(col("article_id").equalTo("blank")).collectAsList();
    assertThat(blank).singleElement().satisfies(row -> {
      assertThat(ArticleRows.error(row)).isNull();
      assertThat(ArticleRows.quotes(row)).isEmpty();
      assertThat(ArticleRows.entities(row)).isEmpty();
    });
    assertThat(result.quotes().collectAsList()).extracting(row -> row.getString(0))
        .containsOnly(good.id())
        .hasSize(SparkCorpus.expected().get(2).quotes().size());
    result.unpersist();
  }

  @Test
  void extract_configuredColumnsWithNumericIds_readsThemAndNothingElse() {
    Article article = SparkCorpus.articles().get(3);
    StructType schema = new StructType()
        .add("doc_id", DataTypes.LongType)
        .add("source", DataTypes.StringType)
        .add("Body", DataTypes.StringType);
    Dataset<Row> frame = SharedSpark.get().createDataFrame(
        List.of(RowFactory.create(17L, "wire", article.text())), schema);

    List<Row> rows = QuotegraphSpark.extract(frame,
            QuotegraphSparkConfig.defaults().withIdColumn("doc_id").withTextColumn("body"))
        .articles().collectAsList();

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(ArticleRows.articleId(row)).isEqualTo("17");
      assertThat(ArticleRows.quotes(row)).isEqualTo(SparkCorpus.expected().get(3).quotes());
    });
  }

  @Test
  void extract_missingColumn_throwsNamingTheColumnsThereAreAndTheOption() {
    Dataset<Row> frame = SparkCorpus.frame(List.of()).withColumnRenamed("text", "body");

    assertThatThrownBy(() -> QuotegraphSpark.extract(frame, QuotegraphSparkConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the articles have no column \"text\" (they have id, body);"
            + " name it with QuotegraphSparkConfig.withTextColumn(...)");
  }

  @Test
  void extract_textColumnNotAString_throwsSayingItsType() {
    Dataset<Row> frame = SparkCorpus.frame(List.of()).withColumn("text", col("id").cast("int"));

    assertThatThrownBy(() -> QuotegraphSpark.extract(frame, QuotegraphSparkConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text column \"text\" is a int; texts must be strings");
  }

  @Test
  void extract_furtherJobsAndPartitions_reuseTheExecutorsExtractor() {
    SparkCorpus.datasets().articles().count();
    int builds = ExecutorExtractors.builds();

    for (int run = 0; run < 2; run++) {
      QuotegraphSpark.extract(SparkCorpus.frame(SparkCorpus.articles().subList(0, 6)),
          QuotegraphSparkConfig.defaults().withPartitions(4)).articles().collectAsList();
    }

    assertThat(ExecutorExtractors.builds()).isEqualTo(builds);
  }

  @Test
  void extract_broadScope_givesWhatTheBroadExtractorGives() {
    Article stances = new Article("stances", """
        Bridge repairs to run into spring

        Mayor Colin Threlfall believes the bridge will reopen by May. He wants the county to pay \
        for the repairs, and he criticised the highways department for the late warning signs.
        """);
    List<Article> input = List.of(SparkCorpus.articles().get(5), stances);
    NewsExtractor broad = NewsExtractor.builder().attributionScope(AttributionScope.BROAD).build();
    List<List<Quote>> expected = input.stream().map(a -> broad.extract(a).quotes()).toList();

    List<Row> rows = QuotegraphSpark.extract(SparkCorpus.frame(input),
            QuotegraphSparkConfig.defaults().withScope(AttributionScope.BROAD))
        .articles().orderBy(col("article_index")).collectAsList();

    assertThat(expected.get(1)).as("the broad scope finds more here than the speech scope")
        .isNotEqualTo(SharedExtractor.get().extract(stances).quotes());
    assertThat(rows).extracting(ArticleRows::quotes).isEqualTo(expected);
  }
}
