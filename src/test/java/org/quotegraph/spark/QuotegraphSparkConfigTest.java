package org.quotegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionScope;
import org.quotegraph.NewsExtractor;

class QuotegraphSparkConfigTest {

  @Test
  void defaults_readIdAndTextWithTheExtractorsDefaultsAndKeepThePartitions() {
    QuotegraphSparkConfig config = QuotegraphSparkConfig.defaults();

    assertThat(config.idColumn()).isEqualTo("id");
    assertThat(config.textColumn()).isEqualTo("text");
    assertThat(config.scope()).isEqualTo(AttributionScope.SPEECH);
    assertThat(config.maxTextLength()).isEqualTo(NewsExtractor.DEFAULT_MAX_TEXT_LENGTH);
    assertThat(config.maxParsedSentenceTokens())
        .isEqualTo(NewsExtractor.DEFAULT_MAX_PARSED_SENTENCE_TOKENS);
    assertThat(config.partitions()).isZero();
  }

  @Test
  void withMethods_changeOneSettingEach() {
    QuotegraphSparkConfig config = QuotegraphSparkConfig.defaults()
        .withIdColumn("doc_id")
        .withTextColumn("body")
        .withScope(AttributionScope.BROAD)
        .withMaxTextLength(5_000)
        .withMaxParsedSentenceTokens(80)
        .withPartitions(12);

    assertThat(config).isEqualTo(
        new QuotegraphSparkConfig("doc_id", "body", AttributionScope.BROAD, 5_000, 80, 12));
  }

  @Test
  void constructor_blankColumnName_throwsNamingBothColumns() {
    assertThatThrownBy(() -> QuotegraphSparkConfig.defaults().withTextColumn(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id column \"id\"")
        .hasMessageContaining("text column \" \"");
  }

  @Test
  void constructor_negativePartitions_throwsSayingWhatZeroMeans() {
    assertThatThrownBy(() -> QuotegraphSparkConfig.defaults().withPartitions(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1")
        .hasMessageContaining("0 keeps the input's partitions");
  }

  @Test
  void constructor_limitsOutOfRange_throwAsTheExtractorBuilderDoes() {
    assertThatThrownBy(() -> QuotegraphSparkConfig.defaults().withMaxTextLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxTextLength must be positive, got 0; it bounds the memory");
    assertThatThrownBy(() -> QuotegraphSparkConfig.defaults().withMaxParsedSentenceTokens(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxParsedSentenceTokens must be at least 10, got 5; a lower");
  }

  @Test
  void constructor_nullScope_throwsNamingIt() {
    assertThatThrownBy(() -> QuotegraphSparkConfig.defaults().withScope(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scope");
  }

  @Test
  void serialisation_roundTrip_givesAnEqualConfig() throws IOException, ClassNotFoundException {
    QuotegraphSparkConfig config = QuotegraphSparkConfig.defaults()
        .withIdColumn("doc_id").withScope(AttributionScope.BROAD).withPartitions(3);

    assertThat(roundTrip(config)).isEqualTo(config);
  }

  static Object roundTrip(Object object) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
