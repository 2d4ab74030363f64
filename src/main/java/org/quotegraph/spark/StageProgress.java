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
 * A progress line on stderr for a Spark job: the tasks of each stage done so far and the time
 * since the start, rewritten at most once a second, and a line when a stage ends. Spark calls
 * listeners from one thread; the counters are concurrent only to be safe to read from others.
 */
final class StageProgress extends SparkListener {

  private final PrintStream out;
  private final String what;
  private final long started = System.nanoTime();
  private final Map<Integer, Integer> tasks = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicInteger> done = new ConcurrentHashMap<>();
  private long lastPrinted;

  StageProgress(PrintStream out, String what) {
    this.out = out;
    this.what = what;
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    tasks.put(submitted.stageInfo().stageId(), submitted.stageInfo().numTasks());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    int finished = done.computeIfAbsent(end.stageId(), id -> new AtomicInteger()).incrementAndGet();
    long now = System.nanoTime();
    if (now - lastPrinted >= 1_000_000_000L) {
      lastPrinted = now;
      out.print("\r" + line(end.stageId(), finished, now));
      out.flush();
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted completed) {
    int stage = completed.stageInfo().stageId();
    AtomicInteger finished = done.get(stage);
    out.println("\r" + line(stage, finished == null ? 0 : finished.get(), System.nanoTime()));
  }

  private String line(int stage, int finished, long now) {
    return String.format(Locale.ROOT, "%s: stage %d, %d/%d tasks, %.1f s", what, stage, finished,
        tasks.getOrDefault(stage, 0), (now - started) / 1e9);
  }
}
