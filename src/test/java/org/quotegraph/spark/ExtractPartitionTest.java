package org.quotegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.quotegraph.Article;
import org.quotegraph.ExtractionException;
import org.quotegraph.InventedArticles;
import org.quotegraph.SharedExtractor;

/** One task's work, run directly (no Spark job) with the real models. */
class ExtractPartitionTest {

  private static final Article HARBOUR = InventedArticles.all().get(0);
  private static final Article NURSES = InventedArticles.all().get(1);

  private static List<Row> run(ExtractPartition function, Row... inputs) {
    List<Row> rows = new ArrayList<>();
    function.call(List.of(inputs).iterator()).forEachRemaining(rows::add);
    return rows;
  }

  private static Row input(long index, String id, String text) {
    return RowFactory.create(index, id, text);
  }

  @Test
  void call_articles_givesOneRowEachWithItsIndexAndExtraction() {
    List<Row> rows = run(new ExtractPartition(QuotegraphSparkConfig.defaults()),
        input(4, HARBOUR.id(), HARBOUR.text()), input(9, NURSES.id(), NURSES.text()));

    assertThat(rows).hasSize(2);
    assertThat(ArticleRows.index(rows.get(0))).isEqualTo(4);
    assertThat(ArticleRows.index(rows.get(1))).isEqualTo(9);
    assertThat(ArticleRows.quotes(rows.get(1)))
        .isEqualTo(SharedExtractor.get().extract(NURSES).quotes());
    assertThat(ArticleRows.error(rows.get(1))).isNull();
  }

  @Test
  void call_isLazy_extractingAnArticleOnlyWhenItsRowIsAskedFor() {
    Iterator<Row> inputs = List.of(input(0, "lazy", "The minister said the plan was sound."))
        .iterator();
    int[] taken = {0};
    Iterator<Row> counted = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public Row next() {
        taken[0]++;
        return inputs.next();
      }
    };

    Iterator<Row> rows = new ExtractPartition(QuotegraphSparkConfig.defaults()).call(counted);

    assertThat(taken[0]).isZero();
    assertThat(rows.hasNext()).isTrue();
    assertThat(ArticleRows.articleId(rows.next())).isEqualTo("lazy");
    assertThat(taken[0]).isEqualTo(1);
  }

  @Test
  void call_nullIdOrNullText_giveErrorRowsAndTheOthersGoOn() {
    List<Row> rows = run(new ExtractPartition(QuotegraphSparkConfig.defaults()
            .withIdColumn("doc_id").withTextColumn("body")),
        input(0, null, HARBOUR.text()), input(1, "no-text", null),
        input(2, NURSES.id(), NURSES.text()));

    assertThat(ArticleRows.articleId(rows.get(0))).isNull();
    assertThat(ArticleRows.error(rows.get(0))).contains("id column \"doc_id\" is null");
    assertThat(ArticleRows.articleId(rows.get(1))).isEqualTo("no-text");
    assertThat(ArticleRows.error(rows.get(1)))
        .isEqualTo("article \"no-text\": the text column \"body\" is null");
    assertThat(ArticleRows.quotes(rows.get(2))).isNotEmpty();
  }

  @Test
  void call_textOverTheLimit_givesErrorRowNamingTheArticleAndTheOption() {
    List<Row> rows = run(new ExtractPartition(QuotegraphSparkConfig.defaults()
            .withMaxTextLength(100)),
        input(0, "long-one", HARBOUR.text()), input(1, "short", "He said no."));

    assertThat(ArticleRows.error(rows.get(0)))
        .contains("\"long-one\"", "more than the limit of 100", "maxTextLength");
    assertThat(ArticleRows.error(rows.get(1))).isNull();
  }

  @Test
  void call_blankText_givesAnEmptyArticleNotAnError() {
    Row row = run(new ExtractPartition(QuotegraphSparkConfig.defaults()), input(0, "blank", " \n"))
        .get(0);

    assertThat(ArticleRows.error(row)).isNull();
    assertThat(ArticleRows.quotes(row)).isEmpty();
    assertThat(ArticleRows.entities(row)).isEmpty();
  }

  @Test
  void call_interruptedTask_throwsInsteadOfGoingOn() {
    Iterator<Row> rows = new ExtractPartition(QuotegraphSparkConfig.defaults())
        .call(List.of(input(0, "cancelled", NURSES.text())).iterator());
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(rows::next).isInstanceOf(ExtractionException.class)
          .hasMessageContaining("cancelled");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void serialisation_afterUse_carriesOnlyTheSettings() throws Exception {
    ExtractPartition function = new ExtractPartition(QuotegraphSparkConfig.defaults());
    run(function, input(0, HARBOUR.id(), HARBOUR.text()));

    ExtractPartition copy = (ExtractPartition) QuotegraphSparkConfigTest.roundTrip(function);

    assertThat(ArticleRows.quotes(run(copy, input(0, NURSES.id(), NURSES.text())).get(0)))
        .isEqualTo(SharedExtractor.get().extract(NURSES).quotes());
  }
}
