package org.quotegraph;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The engine of {@link NewsExtractor#extractAll}: reads articles from the input only as the
 * window of in-flight articles has room, runs them on a pool of worker threads, and hands the
 * results out strictly in input order. Used by one consuming thread, as streams are.
 */
final class BatchSpliterator implements Spliterator<BatchResult> {

  /** Idle workers of an abandoned, never closed batch die after this long. */
  private static final long IDLE_SECONDS = 5;

  private static final AtomicInteger BATCHES = new AtomicInteger();

  private final Iterator<Article> input;
  private final Function<Article, Extraction> extract;
  private final BatchOptions options;
  private final ArrayDeque<Future<BatchResult>> window = new ArrayDeque<>();
  private ThreadPoolExecutor workers;
  private long nextIndex;
  private long done;
  private long failed;
  private long started = -1;
  private boolean closed;

  BatchSpliterator(Iterator<Article> input, Function<Article, Extraction> extract,
      BatchOptions options) {
    this.input = input;
    this.extract = extract;
    this.options = options;
  }

  @Override
  public boolean tryAdvance(Consumer<? super BatchResult> action) {
    if (closed) {
      return false;
    }
    if (started < 0) {
      started = System.nanoTime();
    }
    BatchResult result = options.threads() == 1 ? nextSerial() : nextParallel();
    if (result == null) {
      close();
      return false;
    }
    done++;
    if (!result.succeeded()) {
      failed++;
    }
    action.accept(result);
    options.listener().onProgress(
        new BatchProgress(done, failed, Duration.ofNanos(System.nanoTime() - started)));
    return true;
  }

  private BatchResult nextSerial() {
    if (!input.hasNext()) {
      return null;
    }
    return run(nextArticle(), nextIndex++);
  }

  private BatchResult nextParallel() {
    if (workers == null) {
      workers = newPool(options.threads());
    }
    while (window.size() < options.maxInFlight() && input.hasNext()) {
      Article article = nextArticle();
      long index = nextIndex++;
      window.add(workers.submit(() -> run(article, index)));
    }
    Future<BatchResult> head = window.poll();
    if (head == null) {
      return null;
    }
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new CancellationException("interrupted while waiting for article " + (done + 1)
          + " of the batch; the batch is stopped");
    } catch (ExecutionException e) {
      // run() turns every RuntimeException into a result, so only an Error gets here
      close();
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private Article nextArticle() {
    return Objects.requireNonNull(input.next(), () -> "article " + nextIndex + " of the batch");
  }

  private BatchResult run(Article article, long index) {
    long began = System.nanoTime();
    try {
      Extraction extraction = extract.apply(article);
      return BatchResult.success(index, article, extraction, Duration.ofNanos(System.nanoTime() - began));
    } catch (RuntimeException e) {
      return BatchResult.failure(index, article, e, Duration.ofNanos(System.nanoTime() - began));
    }
  }

  /** Stops the workers (interrupting running extractions) and drops what is in flight. */
  void close() {
    closed = true;
    if (workers != null) {
      workers.shutdownNow();
    }
    for (Future<BatchResult> future : window) {
      future.cancel(true);
    }
    window.clear();
  }

  private static ThreadPoolExecutor newPool(int threads) {
    int batch = BATCHES.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = task -> {
      Thread thread = new Thread(task, "quotegraph-batch-" + batch + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    // the window bounds the queue; idle workers time out so an abandoned batch leaks no threads
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  @Override
  public Spliterator<BatchResult> trySplit() {
    return null; // the order is the point; parallelism is inside
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return ORDERED | NONNULL;
  }
}
