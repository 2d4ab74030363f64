package org.quotegraph;

import java.util.Objects;

/**
 * How {@link NewsExtractor#extractAll(java.util.stream.Stream, BatchOptions)} runs a batch: how
 * many threads extract at once, how many articles may be in flight (read from the input but not
 * yet handed to the caller), and who hears about progress.
 *
 * <p>Start from {@link #defaults()} or {@link #serial()} and change what you need with the {@code
 * with...} methods, in any order: a window set with {@link #withMaxInFlight(int)} is kept by a
 * later {@link #withThreads(int)}; without one, the window is {@value #IN_FLIGHT_PER_THREAD}
 * articles per thread. Immutable and thread-safe (as thread-safe as the listener it holds).
 */
public final class BatchOptions {

  /** The most threads a batch may ask for: more than this only queue for the same cores. */
  public static final int MAX_THREADS = 256;

  /**
   * The articles in flight per thread when no window is set: enough that a thread rarely waits
   * for the next article while a long one holds up the output order.
   */
  public static final int IN_FLIGHT_PER_THREAD = 4;

  /** {@link #maxInFlight} when the caller has not set it. */
  private static final int PER_THREAD = 0;

  private final int threads;
  /** The window the caller set, or {@link #PER_THREAD}. */
  private final int window;
  private final BatchListener listener;

  private BatchOptions(int threads, int window, BatchListener listener) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS
          + ", got " + threads + "; the number of cores is a good choice (more threads than"
          + " cores only queue for them)");
    }
    if (window != PER_THREAD && window < threads) {
      throw new IllegalArgumentException("maxInFlight must be at least threads (" + threads
          + "), got " + window + ", or some threads would have no article to work on; a few"
          + " times the number of threads is a good choice");
    }
    this.threads = threads;
    this.window = window;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * {@return options with one thread per available processor, four articles in flight per thread
   * and no listener}
   */
  public static BatchOptions defaults() {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    return new BatchOptions(threads, PER_THREAD, BatchListener.NONE);
  }

  /**
   * {@return options that analyse on the consuming thread, one article at a time, with four
   * articles in flight and no listener}
   */
  public static BatchOptions serial() {
    return new BatchOptions(1, PER_THREAD, BatchListener.NONE);
  }

  /**
   * {@return how many articles are analysed at once, at least 1} With 1, the articles are
   * analysed on the thread that consumes the results, and no thread is started.
   */
  public int threads() {
    return threads;
  }

  /**
   * {@return the most articles held at once} They are queued, being analysed, or finished but
   * waiting for an earlier article; at least {@link #threads()}. This bounds the memory a batch
   * takes, whatever the length of the input. {@value #IN_FLIGHT_PER_THREAD} per thread unless
   * set.
   */
  public int maxInFlight() {
    return window == PER_THREAD ? IN_FLIGHT_PER_THREAD * threads : window;
  }

  /**
   * {@return the listener told about progress after each result} Never null ({@link
   * BatchListener#NONE} for none).
   */
  public BatchListener listener() {
    return listener;
  }

  /**
   * These options with {@code threads} threads. A window set with {@link #withMaxInFlight(int)}
   * is kept; otherwise it becomes {@value #IN_FLIGHT_PER_THREAD} articles per thread.
   *
   * @param threads how many articles to analyse at once, 1 to {@value #MAX_THREADS}
   * @return the new options
   * @throws IllegalArgumentException if {@code threads} is not in 1..{@value #MAX_THREADS}, or
   *     is more than the window that was set
   */
  public BatchOptions withThreads(int threads) {
    return new BatchOptions(threads, window, listener);
  }

  /**
   * These options with at most {@code articles} in flight, whatever the number of threads.
   *
   * @param articles the most articles to hold at once, at least {@link #threads()}
   * @return the new options
   * @throws IllegalArgumentException if {@code articles} is less than {@link #threads()}
   */
  public BatchOptions withMaxInFlight(int articles) {
    if (articles < 1) {
      throw new IllegalArgumentException("maxInFlight must be positive, got " + articles
          + "; a few times the number of threads is a good choice");
    }
    return new BatchOptions(threads, articles, listener);
  }

  /**
   * These options with {@code listener} told about progress.
   *
   * @param listener told about progress after each result; {@link BatchListener#NONE} for none
   * @return the new options
   * @throws NullPointerException if {@code listener} is null
   */
  public BatchOptions withListener(BatchListener listener) {
    return new BatchOptions(threads, window, listener);
  }

  /** Equal when the threads, the window (set or per thread) and the listener are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof BatchOptions that && threads == that.threads
        && window == that.window && listener.equals(that.listener);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threads, window, listener);
  }

  @Override
  public String toString() {
    return "BatchOptions[threads=" + threads + ", maxInFlight=" + maxInFlight()
        + (window == PER_THREAD ? " (per thread)" : "") + ", listener=" + listener + "]";
  }
}
