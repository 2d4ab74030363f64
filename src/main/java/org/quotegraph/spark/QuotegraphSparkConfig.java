package org.quotegraph.spark;

import java.io.Serializable;
import java.util.Objects;
import org.quotegraph.AttributionScope;
import org.quotegraph.NewsExtractor;

/**
 * The settings of a Spark extraction: which columns hold the articles' ids and texts, how many
 * partitions to spread them over, and the {@link NewsExtractor} options each executor builds its
 * extractor with.
 *
 * <p>Start from {@link #defaults()} and change what you need with the {@code with...} methods. The
 * object is small, immutable and {@link Serializable}: Spark ships it to the executors with each
 * task, and each executor builds its extractor from it once.
 *
 * @param idColumn the top-level column of article ids, of any atomic type (read as a string);
 *     default {@code "id"}
 * @param textColumn the top-level string column of article texts; default {@code "text"}
 * @param scope which attributions count as statements ({@link
 *     NewsExtractor.Builder#attributionScope(AttributionScope)}); default {@link
 *     AttributionScope#SPEECH}
 * @param maxTextLength the longest text analysed ({@link
 *     NewsExtractor.Builder#maxTextLength(int)}); a longer one gives an error row; default {@value
 *     NewsExtractor#DEFAULT_MAX_TEXT_LENGTH}
 * @param maxParsedSentenceTokens {@link NewsExtractor.Builder#maxParsedSentenceTokens(int)};
 *     default {@value NewsExtractor#DEFAULT_MAX_PARSED_SENTENCE_TOKENS}
 * @param partitions how many partitions the articles are spread over (round robin, a shuffle of
 *     the texts) before extraction, so that every core works even when the input has few
 *     partitions (one small file is one partition); 0, the default, keeps the input's partitions
 * @serial exclude
 */
public record QuotegraphSparkConfig(
    String idColumn,
    String textColumn,
    AttributionScope scope,
    int maxTextLength,
    int maxParsedSentenceTokens,
    int partitions)
    implements Serializable {

  /**
   * Checks the components.
   *
   * @param idColumn the top-level column of article ids, of any atomic type (read as a string);
   *     default {@code "id"}
   * @param textColumn the top-level string column of article texts; default {@code "text"}
   * @param scope which attributions count as statements ({@link
   *     NewsExtractor.Builder#attributionScope(AttributionScope)}); default {@link
   *     AttributionScope#SPEECH}
   * @param maxTextLength the longest text analysed ({@link
   *     NewsExtractor.Builder#maxTextLength(int)}); a longer one gives an error row; default {@value
   *     NewsExtractor#DEFAULT_MAX_TEXT_LENGTH}
   * @param maxParsedSentenceTokens {@link NewsExtractor.Builder#maxParsedSentenceTokens(int)};
   *     default {@value NewsExtractor#DEFAULT_MAX_PARSED_SENTENCE_TOKENS}
   * @param partitions how many partitions the articles are spread over (round robin, a shuffle of
   *     the texts) before extraction, so that every core works even when the input has few
   *     partitions (one small file is one partition); 0, the default, keeps the input's partitions
   * @throws NullPointerException if a column name or the scope is null
   * @throws IllegalArgumentException if a column name is blank, a limit is out of the range that
   *     {@link NewsExtractor.Builder} accepts, or {@code partitions} is negative
   */
  public QuotegraphSparkConfig {
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(textColumn, "textColumn");
    Objects.requireNonNull(scope, "scope");
    if (idColumn.isBlank() || textColumn.isBlank()) {
      throw new IllegalArgumentException("column names must not be blank, got id column \""
          + idColumn + "\" and text column \"" + textColumn + "\"");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative, got " + partitions
          + "; 0 keeps the input's partitions, a few per core spreads the work evenly");
    }
    // the builder checks the limits as NewsExtractor does; no models are loaded until build()
    NewsExtractor.builder().maxTextLength(maxTextLength)
        .maxParsedSentenceTokens(maxParsedSentenceTokens);
  }

  /**
   * {@return columns {@code id} and {@code text}, the extractor's defaults, the input's partitions}
   */
  public static QuotegraphSparkConfig defaults() {
    return new QuotegraphSparkConfig("id", "text", AttributionScope.SPEECH,
        NewsExtractor.DEFAULT_MAX_TEXT_LENGTH, NewsExtractor.DEFAULT_MAX_PARSED_SENTENCE_TOKENS, 0);
  }

  /**
   * {@return these settings with the ids read from column {@code name}}
   *
   * @param name a column of the input
   */
  public QuotegraphSparkConfig withIdColumn(String name) {
    return new QuotegraphSparkConfig(name, textColumn, scope, maxTextLength,
        maxParsedSentenceTokens, partitions);
  }

  /**
   * {@return these settings with the texts read from column {@code name}}
   *
   * @param name a column of the input
   */
  public QuotegraphSparkConfig withTextColumn(String name) {
    return new QuotegraphSparkConfig(idColumn, name, scope, maxTextLength,
        maxParsedSentenceTokens, partitions);
  }

  /**
   * {@return these settings with attribution scope {@code scope}}
   *
   * @param scope the scope
   */
  public QuotegraphSparkConfig withScope(AttributionScope scope) {
    return new QuotegraphSparkConfig(idColumn, textColumn, scope, maxTextLength,
        maxParsedSentenceTokens, partitions);
  }

  /**
   * {@return these settings with texts of up to {@code characters} analysed}
   *
   * @param characters the longest text analysed
   */
  public QuotegraphSparkConfig withMaxTextLength(int characters) {
    return new QuotegraphSparkConfig(idColumn, textColumn, scope, characters,
        maxParsedSentenceTokens, partitions);
  }

  /**
   * {@return these settings with sentences of up to {@code tokens} dependency-parsed}
   *
   * @param tokens the longest sentence parsed
   */
  public QuotegraphSparkConfig withMaxParsedSentenceTokens(int tokens) {
    return new QuotegraphSparkConfig(idColumn, textColumn, scope, maxTextLength, tokens,
        partitions);
  }

  /**
   * {@return these settings with the articles spread over {@code count} partitions (0: as they
   * come)}
   *
   * @param count the number of partitions, or 0
   */
  public QuotegraphSparkConfig withPartitions(int count) {
    return new QuotegraphSparkConfig(idColumn, textColumn, scope, maxTextLength,
        maxParsedSentenceTokens, count);
  }

  /** A new extractor with these settings; loads the models unless this JVM has them already. */
  NewsExtractor newExtractor() {
    return NewsExtractor.builder()
        .attributionScope(scope)
        .maxTextLength(maxTextLength)
        .maxParsedSentenceTokens(maxParsedSentenceTokens)
        .build();
  }
}
