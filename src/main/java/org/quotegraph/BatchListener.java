package org.quotegraph;

/**
 * Hears how a batch is going: called once after each result of {@link
 * NewsExtractor#extractAll(java.util.stream.Stream, BatchOptions)} is handed out, in input order,
 * on the thread that consumes the result stream. It therefore need not be thread-safe, and a slow
 * listener slows the batch. An exception it throws propagates to the consumer of the stream.
 */
@FunctionalInterface
public interface BatchListener {

  /** A listener that does nothing. */
  BatchListener NONE = progress -> {};

  /**
   * Called after each result.
   *
   * @param progress where the batch stands; never null
   */
  void onProgress(BatchProgress progress);
}
