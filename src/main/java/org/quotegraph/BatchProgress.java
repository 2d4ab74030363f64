package org.quotegraph;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a batch stands after a result was handed out. Immutable and thread-safe.
 *
 * @param done the results handed out so far, failures included, at least 1
 * @param failed how many of them are failures ({@link BatchResult#error()} present)
 * @param elapsed the time since the batch started (its first result was asked for); never null
 */
public record BatchProgress(long done, long failed, Duration elapsed) {

  /**
   * Checks the components.
   *
   * @param done the results handed out so far, failures included, at least 1
   * @param failed how many of them are failures ({@link BatchResult#error()} present)
   * @param elapsed the time since the batch started (its first result was asked for); never null
   * @throws IllegalArgumentException if a count is negative or {@code failed > done}
   * @throws NullPointerException if {@code elapsed} is null
   */
  public BatchProgress {
    if (done < 0 || failed < 0 || failed > done) {
      throw new IllegalArgumentException(
          "need 0 <= failed <= done, got done=" + done + ", failed=" + failed);
    }
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** {@return articles per second since the batch started; 0 before any time has passed} */
  public double articlesPerSecond() {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : done * 1e9 / nanos;
  }
}
