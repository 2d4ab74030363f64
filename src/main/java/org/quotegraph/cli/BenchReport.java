package org.quotegraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import org.quotegraph.internal.nlp.StockPipeline;

/**
 * What one run of the bench measured, and how it is printed: the table of both sides, then one
 * line per figure, last {@code speedup: X}.
 *
 * @param file the articles file's name
 * @param threads the threads of our parallel passes
 * @param rounds the rounds of timed passes
 * @param passSeconds the least seconds of a timed pass
 * @param warmup the warm-up articles read first
 * @param warmupSeconds the least seconds of warm-up
 * @param tokens the tokens of the measured articles
 * @param ours our side
 * @param stock the stock pipeline's side, if it was run
 * @param stockNote what to say about the stock pipeline, or ""
 * @param oneThread our 1-thread passes
 * @param parallel our T-thread passes
 * @param coreNlpShare the share of our 1-thread time inside CoreNLP's annotators
 * @param parserShare the share of our 1-thread time in our dependency parser
 * @param oursJitShare the JIT's share of our timed passes, NaN if not known
 * @param stockJitShare the JIT's share of the stock pass, NaN if not known or not run
 * @param oursStartupHere our start-up in this JVM, in seconds
 * @param stockStartupHere the stock start-up in this JVM, NaN if not run
 * @param freshJvms whether both start-ups of the table were timed in fresh JVMs
 */
record BenchReport(String file, int docs, int threads, int rounds, int passSeconds, int warmup,
    int warmupSeconds, long tokens, Side ours, Optional<Side> stock, String stockNote,
    Pass[] oneThread, Pass[] parallel, double coreNlpShare, double parserShare,
    double oursJitShare, double stockJitShare, double oursStartupHere, double stockStartupHere,
    boolean freshJvms) {

  /**
   * Above this share of the timed passes spent compiling, the JIT is still warming our side up,
   * and the T-thread rate (which competes with the compiler for cores) is below its steady state.
   */
  private static final double STEADY_JIT_SHARE = 0.10;

  /** What one side measured, and how long it warmed up. */
  record Side(String name, double startupSeconds, double articlesPerSecond,
      double tokensPerSecond, double heapMegabytes, Warmup warmup) {}

  /** How long a side warmed up, and on how many articles. */
  record Warmup(double seconds, int articles) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.0f s on %d articles", seconds, articles);
    }
  }

  void print(PrintStream out) {
    out.printf(Locale.ROOT, "bench: %s, %d articles (%d tokens) after %d warm-up, %d cores, "
        + "max heap %.0f MB%n", file, docs, tokens, warmup,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576.0);
    out.printf(Locale.ROOT, "%-30s %12s %12s %10s %14s%n", "", "start-up s", "articles/s",
        "tokens/s", "heap MB after");
    stock.ifPresent(side -> print(side, out));
    print(ours, out);
    if (!stockNote.isEmpty()) {
      out.println("note: " + stockNote);
    }
    if (stock.isPresent()) {
      out.println("stock annotators: " + StockPipeline.ANNOTATORS + " (CoreNLP defaults)");
    }
    out.printf(Locale.ROOT, "warm-up on the first %d, then on the articles after the measured "
        + "ones, for at least %d s: ours %s%s%n", warmup, warmupSeconds, ours.warmup(),
        stock.map(side -> ", stock " + side.warmup()).orElse(""));
    out.printf(Locale.ROOT, "ours inside CoreNLP annotators: %.1f%% of its 1-thread time; "
        + "in our dependency parser (CoreNLP's model): %.1f%%; in the rest of our code: %.1f%% "
        + "(own code %.1f%%)%n", 100 * coreNlpShare, 100 * parserShare,
        100 * (1 - coreNlpShare - parserShare), 100 * (1 - coreNlpShare));
    double oursRate = ours.articlesPerSecond();
    double parallelRate = Pass.median(parallel);
    out.printf(Locale.ROOT, "ours on 1 thread: %.2f articles/s; on %d threads: %.2f articles/s "
        + "(%.2fx); median of %d passes each (%d s at least), 1 thread %s, %d threads %s%n",
        oursRate, threads, parallelRate, parallelRate / oursRate, rounds, passSeconds,
        Pass.range(oneThread), threads, Pass.range(parallel));
    double stolenOne = Pass.stolenShare(oneThread);
    double stolenParallel = Pass.stolenShare(parallel);
    if (!Double.isNaN(stolenOne) && !Double.isNaN(stolenParallel)) {
      out.printf(Locale.ROOT, "CPU time the host gave to other machines (steal, from /proc/stat) "
          + "during our timed passes: %.1f%% on 1 thread, %.1f%% on %d threads%n",
          100 * stolenOne, 100 * stolenParallel, threads);
    }
    if (!Double.isNaN(oursJitShare)) {
      out.printf(Locale.ROOT, "JIT compile time in the timed passes, summed over the compiler's "
          + "threads: ours %.0f%%%s of their wall time (the compiler runs beside the analysis and "
          + "takes cores from it)%s%n",
          100 * oursJitShare,
          Double.isNaN(stockJitShare) ? "" : String.format(Locale.ROOT, ", stock %.0f%%",
              100 * stockJitShare),
          oursJitShare > STEADY_JIT_SHARE
              ? "; for steady-state rates, warm up for longer (--warmup-seconds)" : "");
    }
    if (stock.isPresent()) {
      Side stockSide = stock.get();
      out.printf(Locale.ROOT, "start-up in this JVM (ours first, stock after it): ours %.1f s, "
          + "stock %.1f s%n", oursStartupHere, stockStartupHere);
      out.printf(Locale.ROOT, "start-up%s: ours %.1f s, stock %.1f s (ours is 1/%.1f)%n",
          freshJvms ? " in fresh JVMs" : " in this JVM",
          ours.startupSeconds(), stockSide.startupSeconds(),
          stockSide.startupSeconds() / ours.startupSeconds());
      out.printf(Locale.ROOT, "speedup: %.1f%n", oursRate / stockSide.articlesPerSecond());
    } else {
      out.println("speedup: n/a (stock pipeline not run)");
    }
  }

  private static void print(Side side, PrintStream out) {
    out.printf(Locale.ROOT, "%-30s %12.1f %12.2f %10.0f %14.0f%n", side.name(),
        side.startupSeconds(), side.articlesPerSecond(), side.tokensPerSecond(),
        side.heapMegabytes());
  }
}
