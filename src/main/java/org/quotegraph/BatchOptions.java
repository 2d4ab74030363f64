package org.quotegraph;

import java.util.Objects;

/**
 * How {@link NewsExtractor#extractAll(java.util.stream.Stream, BatchOptions)} runs a batch: how
 * many threads extract at once, how many articles may be in flight (read from the input but not
 * yet handed to the caller), and who hears about progress.
 *
 * <p>Start from {@link #defaults()} and change what you need with the {@code with...} methods.
 * Immutable and thread-safe (as thread-safe as the listener it holds).
 *
 * @param threads how many articles are analysed at once, at least 1; with 1 the articles are
 *     analysed on the thread that consumes the results, and no thread is started
 * @param maxInFlight the most articles held at once (queued, being analysed, or finished but
 *     waiting for an earlier article), at least {@code threads}; this bounds the memory a batch
 *     takes, whatever the length of the input
 * @param listener told about progress after each result; never null ({@link BatchListener#NONE}
 *     for none)
 */
public record BatchOptions(int threads, int maxInFlight, BatchListener listener) {

  /** The most threads a batch may ask for; more is surely a mistake. */
  public static final int MAX_THREADS = 256;

  /**
   * Checks the components.
   *
   * @param threads how many articles are analysed at once, at least 1; with 1 the articles are
   *     analysed on the thread that consumes the results, and no thread is started
   * @param maxInFlight the most articles held at once (queued, being analysed, or finished but
   *     waiting for an earlier article), at least {@code threads}; this bounds the memory a batch
   *     takes, whatever the length of the input
   * @param listener told about progress after each result; never null ({@link BatchListener#NONE}
   *     for none)
   * @throws IllegalArgumentException if {@code threads} is not in 1..{@value #MAX_THREADS} or
   *     {@code maxInFlight} is less than {@code threads}
   * @throws NullPointerException if {@code listener} is null
   */
  public BatchOptions {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS
          + ", got " + threads + "; the number of cores is a good choice");
    }
    if (maxInFlight < threads) {
      throw new IllegalArgumentException("maxInFlight must be at least threads (" + threads
          + "), got " + maxInFlight + "; a few times the number of threads is a good choice");
    }
    Objects.requireNonNull(listener, "listener");
  }

  /**
   * {@return options with one thread per available processor, four articles in flight per thread
   * and no listener}
   */
  public static BatchOptions defaults() {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    return new BatchOptions(threads, 4 * threads, BatchListener.NONE);
  }

  /** {@return analyses on the consuming thread, one article at a time} */
  public static BatchOptions serial() {
    return new BatchOptions(1, 4, BatchListener.NONE);
  }

  /**
   * These options with {@code threads} threads and four articles in flight per thread.
   *
   * @param threads how many articles are analysed at once
   * @return the new options
   * @throws IllegalArgumentException if {@code threads} is not in 1..{@value #MAX_THREADS}
   */
  public BatchOptions withThreads(int threads) {
    // an out-of-range count fails the constructor's threads check before 4 * threads matters
    return new BatchOptions(threads, 4 * threads, listener);
  }

  /**
   * These options with at most {@code articles} in flight.
   *
   * @param articles the most articles held at once
   * @return the new options
   * @throws IllegalArgumentException if {@code articles} is less than {@link #threads()}
   */
  public BatchOptions withMaxInFlight(int articles) {
    return new BatchOptions(threads, articles, listener);
  }

  /**
   * These options with {@code listener} told about progress.
   *
   * @param listener told about progress after each result
   * @return the new options
   * @throws NullPointerException if {@code listener} is null
   */
  public BatchOptions withListener(BatchListener listener) {
    return new BatchOptions(threads, maxInFlight, listener);
  }
}
