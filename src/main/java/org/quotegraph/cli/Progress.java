package org.quotegraph.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on stderr for long runs: articles done, rate and time left, rewritten at most
 * once a second. Not thread-safe; call from the thread that consumes results.
 */
final class Progress {

  private final PrintStream out;
  private final String what;
  private final long total;
  private final long started = System.nanoTime();
  private long lastPrinted;
  private long done;

  /** @param total how many items the run will take, or -1 when unknown */
  Progress(PrintStream out, String what, long total) {
    this.out = out;
    this.what = what;
    this.total = total;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (now - lastPrinted >= 1_000_000_000L) {
      lastPrinted = now;
      out.print("\r" + line(now));
      out.flush();
    }
  }

  void finish() {
    out.println("\r" + line(System.nanoTime()));
  }

  private String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = done / seconds;
    String left = total < 0 || rate == 0 ? "?" : formatDuration((total - done) / rate);
    return String.format(Locale.ROOT, "%s: %d%s done, %.1f/s, %s left, %s elapsed   ", what, done,
        total < 0 ? "" : "/" + total, rate, left, formatDuration(seconds));
  }

  private static String formatDuration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
