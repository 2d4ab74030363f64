package org.quotegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.quotegraph.Article;
import org.quotegraph.Extraction;
import org.quotegraph.InventedArticles;
import org.quotegraph.SharedExtractor;

/** The row of an article holds its extraction exactly: no Spark needed to show it. */
class ArticleRowsTest {

  @Test
  void success_readBack_givesTheExtractionsEntitiesQuotesAndId() {
    for (Article article : InventedArticles.all()) {
      Extraction extraction = SharedExtractor.get().extract(article);

      Row row = ArticleRows.success(7, extraction);

      assertThat(ArticleRows.index(row)).isEqualTo(7);
      assertThat(ArticleRows.articleId(row)).isEqualTo(article.id());
      assertThat(ArticleRows.error(row)).isNull();
      assertThat(ArticleRows.entities(row)).isEqualTo(extraction.entities());
      assertThat(ArticleRows.quotes(row)).isEqualTo(extraction.quotes());
    }
  }

  @Test
  void success_fitsTheArticleSchema() {
    Row row = ArticleRows.success(0, SharedExtractor.get().extract(InventedArticles.all().get(0)));

    assertThat(row.size()).isEqualTo(QuotegraphSchemas.ARTICLE.size());
    Row quote = (Row) ((Object[]) row.get(QuotegraphSchemas.ARTICLE.fieldIndex("quotes")))[0];
    assertThat(quote.size()).isEqualTo(QuotegraphSchemas.QUOTE_IN_ARTICLE.size());
  }

  @Test
  void failure_hasTheErrorAndNoQuotesOrEntities() {
    Row row = ArticleRows.failure(3, "a-3", "it broke");

    assertThat(ArticleRows.index(row)).isEqualTo(3);
    assertThat(ArticleRows.articleId(row)).isEqualTo("a-3");
    assertThat(ArticleRows.error(row)).isEqualTo("it broke");
    assertThat(ArticleRows.entities(row)).isEmpty();
    assertThat(ArticleRows.quotes(row)).isEmpty();
  }
}
