package org.quotegraph;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
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
 *
 * <p>What goes wrong is dealt with so that nothing finished is lost: an article that fails, or
 * runs out of memory, becomes an error entry; when the input itself fails (it throws, or gives a
 * null article), the articles read before are handed out first, then the failure is thrown; an
 * interrupted consumer gets a {@link CancellationException} at its next result, whatever the
 * number of threads.
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
  private boolean inputEnded;
  /** Why the input ended early; thrown once the articles read before it are handed out. */
  private RuntimeException inputFailure;

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
    if (Thread.currentThread().isInterrupted()) {
      throw cancelled("before article " + done + " was handed out");
    }
    if (started < 0) {
      started = System.nanoTime();
    }
    BatchResult result = options.threads() == 1 ? nextSerial() : nextParallel();
    if (result == null) {
      close();
      if (inputFailure != null) {
        RuntimeException failure = inputFailure;
        inputFailure = null;
        throw failure;
      }
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
    Article article = nextArticle();
    if (article == null) {
      return null;
    }
    BatchResult result = run(article, nextIndex++);
    if (Thread.currentThread().isInterrupted()) {
      // the extractor keeps the interrupt set; an interrupt is the consumer's, not the article's
      throw cancelled("while article " + result.index() + " was analysed");
    }
    return result;
  }

  private BatchResult nextParallel() {
    if (workers == null) {
      workers = newPool(options.threads());
    }
    while (window.size() < options.maxInFlight()) {
      Article article = nextArticle();
      if (article == null) {
        break;
      }
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
      throw cancelled("while waiting for article " + done);
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

  /**
   * The next article of the input, or null once it has ended or failed; a failure (an exception,
   * or a null article) is kept in {@link #inputFailure}.
   */
  private Article nextArticle() {
    if (inputEnded) {
      return null;
    }
    try {
      if (input.hasNext()) {
        Article article = input.next();
        if (article != null) {
          return article;
        }
        inputFailure = new NullPointerException("article " + nextIndex
            + " of the batch (counting from 0) is null; the articles before it were handed out");
      }
    } catch (RuntimeException e) {
      inputFailure = e;
    }
    inputEnded = true;
    return null;
  }

  private CancellationException cancelled(String when) {
    close();
    return new CancellationException("the consuming thread was interrupted " + when
        + " (counting from 0); the batch is stopped");
  }

  private BatchResult run(Article article, long index) {
    long began = System.nanoTime();
    try {
      Extraction extraction = extract.apply(article);
      return BatchResult.success(index, article, extraction, Duration.ofNanos(System.nanoTime() - began));
    } catch (RuntimeException e) {
      return BatchResult.failure(index, article, e, Duration.ofNanos(System.nanoTime() - began));
    } catch (OutOfMemoryError e) {
      // what the article held is garbage once the error has unwound its analysis: the batch and
      // the other articles go on, and the caller learns which article did not fit
      return BatchResult.failure(index, article, new ExtractionException(article.id(), e),
          Duration.ofNanos(System.nanoTime() - began));
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
