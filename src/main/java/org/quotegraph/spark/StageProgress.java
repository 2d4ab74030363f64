package org.quotegraph.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress of a Spark job on stderr: the tasks of each stage done so far and the time since the
 * start, and a line when a stage ends. On a terminal the line is rewritten in place ({@code \r})
 * at most once a second; elsewhere (a log file, a cluster's driver log) each update is a line of
 * its own, at most every ten seconds, so that it never runs into Spark's own log lines. Spark
 * calls listeners from one thread; the counters are concurrent only to be safe to read from
 * others.
 */
final class StageProgress extends SparkListener {

  private static final long TERMINAL_INTERVAL_NANOS = 1_000_000_000L;
  private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

  private final PrintStream out;
  private final String what;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private final Map<Integer, Integer> tasks = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicInteger> done = new ConcurrentHashMap<>();
  private long lastPrinted;

  /**
   * Progress on {@code out}, rewritten in place only when {@code out} is this process's stderr
   * and the process runs on a terminal (Java cannot ask about stderr alone: a console means
   * standard input and output are a terminal).
   */
  StageProgress(PrintStream out, String what) {
    this(out, what, out == System.err && System.console() != null);
  }

  /** @param terminal whether to rewrite one line in place rather than print a line per update */
  StageProgress(PrintStream out, String what, boolean terminal) {
    this.out = out;
    this.what = what;
    this.terminal = terminal;
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    stageSubmitted(submitted.stageInfo().stageId(), submitted.stageInfo().numTasks());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    taskEnded(end.stageId());
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted completed) {
    stageCompleted(completed.stageInfo().stageId());
  }

  void stageSubmitted(int stage, int taskCount) {
    tasks.put(stage, taskCount);
  }

  void taskEnded(int stage) {
    int finished = done.computeIfAbsent(stage, id -> new AtomicInteger()).incrementAndGet();
    long now = System.nanoTime();
    if (now - lastPrinted >= (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
      lastPrinted = now;
      if (terminal) {
        out.print("\r" + line(stage, finished, now));
        out.flush();
      } else {
        out.println(line(stage, finished, now));
      }
    }
  }

  void stageCompleted(int stage) {
    AtomicInteger finished = done.get(stage);
    out.println((terminal ? "\r" : "")
        + line(stage, finished == null ? 0 : finished.get(), System.nanoTime()));
  }

  private String line(int stage, int finished, long now) {
    return String.format(Locale.ROOT, "%s: stage %d, %d/%d tasks, %.1f s", what, stage, finished,
        tasks.getOrDefault(stage, 0), (now - started) / 1e9);
  }
}
