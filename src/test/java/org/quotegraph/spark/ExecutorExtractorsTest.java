package org.quotegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.NewsExtractor;

class ExecutorExtractorsTest {

  @Test
  void get_sameSettingsAgain_returnsTheSameExtractorWithoutBuildingAnother() {
    NewsExtractor first = ExecutorExtractors.get(QuotegraphSparkConfig.defaults());
    int builds = ExecutorExtractors.builds();

    NewsExtractor again = ExecutorExtractors.get(QuotegraphSparkConfig.defaults()
        .withIdColumn("doc_id").withTextColumn("body").withPartitions(8));

    assertThat(again).isSameAs(first);
    assertThat(ExecutorExtractors.builds()).isEqualTo(builds);
  }

  @Test
  void get_otherExtractorSettings_buildsItsOwnExtractor() {
    NewsExtractor usual = ExecutorExtractors.get(QuotegraphSparkConfig.defaults());

    NewsExtractor other = ExecutorExtractors.get(
        QuotegraphSparkConfig.defaults().withMaxTextLength(1234));

    assertThat(other).isNotSameAs(usual);
    assertThat(ExecutorExtractors.get(QuotegraphSparkConfig.defaults().withMaxTextLength(1234)))
        .isSameAs(other);
  }
}
