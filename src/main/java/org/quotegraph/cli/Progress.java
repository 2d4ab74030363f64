package org.quotegraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress report on stderr for long runs: articles done, rate and time left. On a terminal it
 * is one line rewritten at most once a second; otherwise (a log file, a pipe, a CI job's output)
 * it is a plain line at most every {@link #PLAIN_LINE_SECONDS} seconds, so that a log holds no
 * carriage returns. Messages printed through {@link #println(String)} always start on a line of
 * their own. Not thread-safe; call from the thread that consumes results.
 */
final class Progress {

  /** How often a plain progress line is printed when stderr is not a terminal. */
  static final int PLAIN_LINE_SECONDS = 10;

  private final PrintStream out;
  private final String what;
  private final long total;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long started;
  private long lastPrinted;
  private long done;
  /** Whether the terminal's cursor stands at the end of a progress line. */
  private boolean lineOpen;

  /**
   * A report that rewrites its line when the JVM has a console (stdout and stderr are a terminal).
   *
   * @param total how many items the run will take, or -1 when unknown
   */
  Progress(PrintStream out, String what, long total) {
    this(out, what, total, System.console() != null, System::nanoTime);
  }

  /** @param clock the time in nanoseconds, as {@link System#nanoTime()} gives it */
  Progress(PrintStream out, String what, long total, boolean terminal, LongSupplier clock) {
    this.out = out;
    this.what = what;
    this.total = total;
    this.terminal = terminal;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.lastPrinted = started;
  }

  void step() {
    done++;
    long now = clock.getAsLong();
    if (terminal && now - lastPrinted >= 1_000_000_000L) {
      out.print("\r" + line(now) + "   ");
      out.flush();
      lineOpen = true;
      lastPrinted = now;
    } else if (!terminal && now - lastPrinted >= PLAIN_LINE_SECONDS * 1_000_000_000L) {
      out.println(line(now));
      lastPrinted = now;
    }
  }

  /** Prints {@code message} on a line of its own, after the progress line if one is open. */
  void println(String message) {
    if (lineOpen) {
      out.println();
      lineOpen = false;
    }
    out.println(message);
  }

  /** Prints the final state. */
  void finish() {
    if (terminal) {
      out.println("\r" + line(clock.getAsLong()) + "   ");
    } else {
      out.println(line(clock.getAsLong()));
    }
    lineOpen = false;
  }

  private String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = done / seconds;
    String left = total < 0 || rate == 0 ? "?" : formatDuration(Math.max(0, total - done) / rate);
    return String.format(Locale.ROOT, "%s: %d%s done, %.1f/s, %s left, %s elapsed", what, done,
        total < 0 ? "" : "/" + total, rate, left, formatDuration(seconds));
  }

  private static String formatDuration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
