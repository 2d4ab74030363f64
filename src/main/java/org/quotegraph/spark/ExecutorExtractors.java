package org.quotegraph.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.quotegraph.AttributionScope;
import org.quotegraph.NewsExtractor;

/**
 * The extractors of this JVM, one per extractor setting, built on first use and kept for the life
 * of the JVM: every task that runs on a Spark executor takes its extractor from here, so the
 * models load once per executor, not once per task or partition, and no extractor is ever
 * serialised. Thread-safe: concurrent tasks wait for the one build.
 */
final class ExecutorExtractors {

  /** The settings an extractor is built from; column names and partitions do not matter. */
  private record Settings(AttributionScope scope, int maxTextLength, int maxParsedSentenceTokens) {}

  private static final ConcurrentMap<Settings, NewsExtractor> EXTRACTORS =
      new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private ExecutorExtractors() {}

  /** This JVM's extractor for {@code config}'s settings, built now if it is the first call. */
  static NewsExtractor get(QuotegraphSparkConfig config) {
    Settings settings = new Settings(config.scope(), config.maxTextLength(),
        config.maxParsedSentenceTokens());
    return EXTRACTORS.computeIfAbsent(settings, key -> {
      BUILDS.incrementAndGet();
      return config.newExtractor();
    });
  }

  /** How many extractors this JVM has built, for tests. */
  static int builds() {
    return BUILDS.get();
  }
}
