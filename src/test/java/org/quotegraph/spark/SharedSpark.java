package org.quotegraph.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM: local, two worker threads, no web UI, few shuffle
 * partitions, bound to the loopback address. Its executors are this JVM, so they share the
 * CoreNLP models that {@link org.quotegraph.SharedExtractor} loads.
 */
final class SharedSpark {

  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("quotegraph-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
    }
    return session;
  }
}
