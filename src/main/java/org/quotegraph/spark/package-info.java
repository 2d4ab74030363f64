/**
 * quotegraph on Apache Spark: {@link org.quotegraph.spark.QuotegraphSpark#extract} turns a {@code
 * Dataset} of articles into datasets of quotes, entities, error rows and per-speaker counts
 * ({@link org.quotegraph.spark.ExtractionDatasets}), with one extractor per executor JVM, and
 * {@link org.quotegraph.spark.SparkPredict} is the command line's {@code predict} as a Spark job.
 *
 * <p>Spark is a {@code provided} dependency of quotegraph: this package works only where Spark 4
 * (Scala 2.13) is on the classpath, as it is in a job started by {@code spark-submit}, and the
 * rest of the library never needs it.
 */
package org.quotegraph.spark;
