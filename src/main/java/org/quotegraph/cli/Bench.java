package org.quotegraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.quotegraph.Article;
import org.quotegraph.BatchOptions;
import org.quotegraph.BatchResult;
import org.quotegraph.NewsExtractor;
import org.quotegraph.internal.nlp.CoreNlpAnalyzer;
import org.quotegraph.internal.nlp.StockPipeline;

/**
 * The {@code bench} command: runs CoreNLP's stock quote pipeline and our extractor over the same
 * articles in one JVM and prints, for each, the start-up time, articles and tokens per second and
 * the heap it holds; then the shares of our time spent inside CoreNLP's annotators, in our
 * dependency parser and in the rest of our code, our rate on 1 and on T threads (the median of
 * R alternating passes each), the share of the timed passes the JIT spent compiling, and last the
 * line {@code speedup: X} (our 1-thread rate over the stock rate). Each side warms up first, for
 * the same minimum time.
 *
 * <p>Start-up is what a user waits for: each side is built once in a fresh JVM of its own (this
 * JVM's class path and options), so that neither inherits the classes and compiled code the other
 * loaded. The rates are measured here, in one JVM: our side first, then the stock pipeline, built
 * after CoreNLP's cache of annotators is emptied so that it does not borrow our models. Progress
 * goes to stderr, results to stdout.
 */
final class Bench {

  static final String USAGE =
      "bench ARTICLES.jsonl [--docs N] [--threads T] [--warmup W] [--warmup-seconds S]"
          + " [--rounds R] [--pass-seconds P] [--ours-only]";

  /** The command a fresh JVM runs to time one side's start-up; not meant for users. */
  static final String STARTUP_COMMAND = "bench-startup";

  private static final String OURS = "ours";
  private static final String STOCK = "stock";

  /**
   * Above this share of the timed passes spent compiling, the JIT is still warming our side up,
   * and the T-thread rate (which competes with the compiler for cores) is below its steady state.
   */
  private static final double STEADY_JIT_SHARE = 0.10;

  /** Articles per warm-up pass after the first: a side checks the time between passes. */
  private static final int WARMUP_CHUNK = 10;

  private final PrintStream out;
  private final PrintStream err;
  private Path file;
  private int docs = 30;
  private int threads = Runtime.getRuntime().availableProcessors();
  /**
   * Articles each side analyses before timing starts. CoreNLP's taggers and parser reach full
   * speed only after the JIT has compiled them, which takes a dozen or more articles; with 3, the
   * first timed pass measured the compiler as much as the code.
   */
  private int warmup = 20;
  /**
   * Seconds each side spends warming up at least, going on with the articles after the measured
   * ones (see {@link #warmUp}). Our side analyses 20 articles in a few seconds, and the JIT then
   * still compiles for most of the timed passes, on the core that a second analysing thread
   * needs. The stock pipeline takes about 40 seconds over 20 articles.
   */
  private int warmupSeconds = 60;
  /**
   * Timed passes of our side on 1 and on T threads, alternating; the median of each is reported.
   * On a shared machine a single pass could be 30% off either way.
   */
  private int rounds = 5;
  /** Seconds each timed pass of our side lasts at least (see {@link #timedPass}). */
  private int passSeconds = 5;
  private boolean oursOnly;

  private Bench(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Parses {@code args} and runs the benchmark. */
  static void run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Bench bench = new Bench(out, err);
    bench.parse(args);
    bench.run();
  }

  private void parse(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--docs" -> docs = number(args, ++i, arg, 1);
        case "--threads" -> threads = number(args, ++i, arg, 1);
        case "--warmup" -> warmup = number(args, ++i, arg, 0);
        case "--warmup-seconds" -> warmupSeconds = number(args, ++i, arg, 0);
        case "--rounds" -> rounds = number(args, ++i, arg, 1);
        case "--pass-seconds" -> passSeconds = number(args, ++i, arg, 0);
        case "--ours-only" -> oursOnly = true;
        default -> {
          if (arg.startsWith("--") || file != null) {
            throw new IllegalArgumentException("bench: unexpected argument \"" + arg + "\"; usage: "
                + USAGE);
          }
          file = Path.of(arg);
        }
      }
    }
    if (file == null) {
      throw new IllegalArgumentException("bench needs an articles file; usage: " + USAGE);
    }
  }

  /** The number after {@code option}, which must be at least {@code least} (0 or 1). */
  private static int number(List<String> args, int i, String option, int least) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a number; usage: " + USAGE);
    }
    try {
      int value = Integer.parseInt(args.get(i));
      if (value < least) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a positive number, got \""
          + args.get(i) + "\"");
    }
  }

  /**
   * Builds one side ({@code ours} or {@code stock}) and prints the seconds it took: the body of
   * the fresh JVM that {@link #startupInFreshJvm} starts.
   */
  static void startup(List<String> args, PrintStream out) {
    if (args.size() != 1 || !List.of(OURS, STOCK).contains(args.get(0))) {
      throw new IllegalArgumentException(STARTUP_COMMAND + " takes " + OURS + " or " + STOCK);
    }
    long began = System.nanoTime();
    Object built = args.get(0).equals(OURS) ? NewsExtractor.builder().build()
        : StockPipeline.load(false);
    double startup = seconds(began);
    Reference.reachabilityFence(built);
    out.printf(Locale.ROOT, "%.3f%n", startup);
  }

  /**
   * The start-up seconds of one side, measured in a new JVM with this JVM's class path and
   * options; empty, with the reason on stderr, if that JVM could not be run.
   */
  private OptionalDouble startupInFreshJvm(String side) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
        STARTUP_COMMAND, side));
    err.printf(Locale.ROOT, "bench: start-up of %s in a fresh JVM...%n", side);
    try {
      Path log = Files.createTempFile("quotegraph-bench-", ".log");
      try {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        int status = process.waitFor();
        List<String> lines = Files.readAllLines(log);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        if (status == 0 && last.matches("\\d+\\.\\d+")) {
          return OptionalDouble.of(Double.parseDouble(last));
        }
        err.printf(Locale.ROOT, "bench: the fresh JVM for %s failed (status %d): %s%n", side,
            status, String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      err.println("bench: could not start a fresh JVM for " + side + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return OptionalDouble.empty();
  }

  /** What one side measured. */
  private record Side(String name, double startupSeconds, double articlesPerSecond,
      double tokensPerSecond, double heapMegabytes) {}

  private void run() throws IOException {
    List<Article> all;
    try (Stream<Article> lines = ArticleLines.read(file)) {
      all = lines.limit((long) warmup + docs).toList();
    }
    if (all.size() < warmup + docs) {
      throw new IllegalArgumentException(file + " has " + all.size() + " articles; --warmup "
          + warmup + " and --docs " + docs + " need " + (warmup + docs));
    }
    List<Article> warm = all.subList(0, warmup);
    List<Article> measured = all.subList(warmup, all.size());
    long characters = measured.stream().mapToLong(article -> article.text().length()).sum();
    err.printf(Locale.ROOT, "bench: %d warm-up and %d measured articles (%d characters) from %s%n",
        warmup, docs, characters, file);
    OptionalDouble oursFresh = startupInFreshJvm(OURS);
    OptionalDouble stockFresh = oursOnly ? OptionalDouble.empty() : startupInFreshJvm(STOCK);
    double heapBefore = heapMegabytes();

    // ours: start-up, warm-up, then rounds of a pass on 1 thread and a pass on T threads
    long began = System.nanoTime();
    NewsExtractor extractor = NewsExtractor.builder().build();
    double oursStartup = seconds(began);
    CoreNlpAnalyzer analyzer =
        CoreNlpAnalyzer.shared(NewsExtractor.DEFAULT_MAX_PARSED_SENTENCE_TOKENS);
    // the warm-up alternates 1 and T threads, as the timed passes do
    Warmup oursWarmup = warmUp(warm, (articles, pass) -> runOurs(extractor, articles.stream(),
        articles.size(), pass % 2 == 1 ? 1 : threads, "ours warm-up (pass " + pass + ")"));
    long nanosInCoreNlp = 0;
    long nanosParsing = 0;
    long oneThreadTokens = 0;
    Pass[] oneThread = new Pass[rounds];
    Pass[] parallel = new Pass[rounds];
    long oursCompiling = compilationMillis();
    long oursTimed = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      String pass = " (pass " + (round + 1) + " of " + rounds + ")";
      long coreNlpBefore = analyzer.nanosInCoreNlp();
      long parsingBefore = analyzer.nanosParsing();
      long tokensBefore = analyzer.tokensAnalyzed();
      oneThread[round] = timedPass(extractor, measured, 1, "ours, 1 thread" + pass);
      nanosInCoreNlp += analyzer.nanosInCoreNlp() - coreNlpBefore;
      nanosParsing += analyzer.nanosParsing() - parsingBefore;
      oneThreadTokens += analyzer.tokensAnalyzed() - tokensBefore;
      parallel[round] = timedPass(extractor, measured, threads,
          "ours, " + threads + " threads" + pass);
    }
    double oursJitShare = jitShare(oursCompiling, oursTimed);
    double oneThreadNanos = Arrays.stream(oneThread).mapToDouble(Pass::seconds).sum() * 1e9;
    double tokensPerArticle =
        oneThreadTokens / (double) Arrays.stream(oneThread).mapToInt(Pass::articles).sum();
    double coreNlpShare = nanosInCoreNlp / oneThreadNanos;
    double parserShare = nanosParsing / oneThreadNanos;
    double oursRate = median(oneThread);
    long oursTokens = Math.round(tokensPerArticle * docs);
    double oursHeap = heapMegabytes() - heapBefore;
    Side ours = new Side("quotegraph", oursFresh.orElse(oursStartup), oursRate,
        oursRate * tokensPerArticle, oursHeap);

    Side stock = null;
    double stockJitShare = Double.NaN;
    double stockStartupHere = Double.NaN;
    Warmup stockWarmup = null;
    String stockNote = "";
    if (!oursOnly) {
      double heapBeforeStock = heapMegabytes();
      began = System.nanoTime();
      StockPipeline pipeline;
      try {
        pipeline = StockPipeline.load(true);
      } catch (RuntimeException e) {
        stockNote = "the stock pipeline (" + StockPipeline.ANNOTATORS
            + ") could not be built: " + e.getMessage();
        pipeline = null;
      }
      if (pipeline != null) {
        stockStartupHere = seconds(began);
        String ran = pipeline.annotators().replace(" ", "");
        if (ran.equals(StockPipeline.ANNOTATORS.replace(",ssplit", ""))) {
          stockNote = "CoreNLP 4.5 runs ssplit inside tokenize and lists it as "
              + ran + "; no annotator was added";
        } else if (!ran.equals(StockPipeline.ANNOTATORS)) {
          stockNote = "CoreNLP ran annotators " + ran;
        }
        StockPipeline stockPipeline = pipeline;
        stockWarmup = warmUp(warm, (articles, pass) ->
            runStock(stockPipeline, articles, "stock warm-up (pass " + pass + ")"));
        long stockCompiling = compilationMillis();
        began = System.nanoTime();
        long stockTokens = runStock(pipeline, measured, "stock, 1 thread");
        double stockSeconds = seconds(began);
        stockJitShare = jitShare(stockCompiling, began);
        double stockHeap = heapMegabytes() - heapBeforeStock;
        stock = new Side("stock CoreNLP quote pipeline", stockFresh.orElse(stockStartupHere),
            docs / stockSeconds,
            stockTokens / stockSeconds, stockHeap);
        Reference.reachabilityFence(pipeline); // measured with the pipeline's heap in it
      }
    }

    out.printf(Locale.ROOT, "bench: %s, %d articles (%d tokens) after %d warm-up, %d cores, "
        + "max heap %.0f MB%n", file.getFileName(), docs, oursTokens, warmup,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576.0);
    out.printf(Locale.ROOT, "%-30s %12s %12s %10s %14s%n", "", "start-up s", "articles/s",
        "tokens/s", "heap MB after");
    if (stock != null) {
      print(stock);
    }
    print(ours);
    if (!stockNote.isEmpty()) {
      out.println("note: " + stockNote);
    }
    if (stock != null) {
      out.println("stock annotators: " + StockPipeline.ANNOTATORS + " (CoreNLP defaults)");
    }
    out.printf(Locale.ROOT, "warm-up on the first %d, then on the articles after the measured "
        + "ones, for at least %d s: ours %s%s%n", warmup, warmupSeconds, oursWarmup,
        stockWarmup == null ? "" : ", stock " + stockWarmup);
    out.printf(Locale.ROOT, "ours inside CoreNLP annotators: %.1f%% of its 1-thread time; "
        + "in our dependency parser (CoreNLP's model): %.1f%%; in the rest of our code: %.1f%% "
        + "(own code %.1f%%)%n", 100 * coreNlpShare, 100 * parserShare,
        100 * (1 - coreNlpShare - parserShare), 100 * (1 - coreNlpShare));
    double parallelRate = median(parallel);
    out.printf(Locale.ROOT, "ours on 1 thread: %.2f articles/s; on %d threads: %.2f articles/s "
        + "(%.2fx); median of %d passes each (%d s at least), 1 thread %s, %d threads %s%n",
        oursRate, threads, parallelRate, parallelRate / oursRate, rounds, passSeconds,
        range(oneThread), threads, range(parallel));
    double stolenOne = stolenShare(oneThread);
    double stolenParallel = stolenShare(parallel);
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
    if (stock != null) {
      out.printf(Locale.ROOT, "start-up in this JVM (ours first, stock after it): ours %.1f s, "
          + "stock %.1f s%n", oursStartup, stockStartupHere);
      out.printf(Locale.ROOT, "start-up%s: ours %.1f s, stock %.1f s (ours is 1/%.1f)%n",
          oursFresh.isPresent() && stockFresh.isPresent() ? " in fresh JVMs" : " in this JVM",
          ours.startupSeconds(), stock.startupSeconds(),
          stock.startupSeconds() / ours.startupSeconds());
      out.printf(Locale.ROOT, "speedup: %.1f%n", oursRate / stock.articlesPerSecond());
    } else {
      out.println("speedup: n/a (stock pipeline not run)");
    }
  }

  /**
   * A timed pass: how many articles it analysed, in how many seconds, and the machine's CPU ticks
   * over it, in all and stolen (see {@link #cpuTicks}); the ticks are 0 where not known.
   */
  private record Pass(int articles, double seconds, long ticks, long stolenTicks) {
    double rate() {
      return articles / seconds;
    }
  }

  /** The share of the passes' CPU ticks that were stolen; NaN if not known. */
  private static double stolenShare(Pass[] passes) {
    long ticks = Arrays.stream(passes).mapToLong(Pass::ticks).sum();
    return ticks <= 0 ? Double.NaN
        : Arrays.stream(passes).mapToLong(Pass::stolenTicks).sum() / (double) ticks;
  }

  /**
   * The CPU ticks of all cores so far, in all and stolen: on a virtual machine, time the host
   * gave to other machines while this one had work to run. From the first line of Linux's
   * {@code /proc/stat}; {@code {0, 0}} where that cannot be read.
   */
  private static long[] cpuTicks() {
    try (BufferedReader reader = Files.newBufferedReader(Path.of("/proc/stat"))) {
      return cpuTicks(reader.readLine());
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /**
   * The ticks in all and the stolen ticks on a {@code /proc/stat} "cpu" line (user, nice, system,
   * idle, iowait, irq, softirq, steal, then guest times, which user already counts); {@code {0,
   * 0}} for any other line.
   */
  static long[] cpuTicks(String line) {
    String[] fields = line == null ? new String[0] : line.trim().split("\\s+");
    if (fields.length < 9 || !fields[0].equals("cpu")) {
      return new long[] {0, 0};
    }
    long total = 0;
    for (int i = 1; i <= 8; i++) {
      total += Long.parseLong(fields[i]);
    }
    return new long[] {total, Long.parseLong(fields[8])};
  }

  /**
   * Analyses the measured articles on {@code threadCount} threads, over again until the pass has
   * taken {@link #passSeconds}, as one stream: the threads do not wait for each other at the end
   * of each go over the articles, only at the end of the pass, which ends with a whole go. A pass
   * over 30 articles took about a second, and two runs of one build with such passes gave 1.36
   * and 1.76 times the 1-thread rate on 2 threads; with passes of 150 articles, 1.93 and 1.92.
   */
  private Pass timedPass(NewsExtractor extractor, List<Article> measured, int threadCount,
      String what) {
    long[] ticksBefore = cpuTicks();
    long began = System.nanoTime();
    Iterator<Article> repeated = new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next % measured.size() != 0 || next == 0 || seconds(began) < passSeconds;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return measured.get(next++ % measured.size());
      }
    };
    Stream<Article> articles = StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(repeated, Spliterator.ORDERED), false);
    int analysed = runOurs(extractor, articles, -1, threadCount, what);
    double seconds = seconds(began);
    long[] ticksAfter = cpuTicks();
    return new Pass(analysed, seconds, ticksAfter[0] - ticksBefore[0],
        ticksAfter[1] - ticksBefore[1]);
  }

  /** How long a side warmed up, and on how many articles. */
  private record Warmup(double seconds, int articles) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.0f s on %d articles", seconds, articles);
    }
  }

  /**
   * Warms a side up: {@code pass} analyses the warm-up articles, then the file's articles after
   * the measured ones, {@link #WARMUP_CHUNK} at a time, until {@link #warmupSeconds} have passed
   * (the warm-up articles again once the file has no more). New articles take new paths through
   * the code, so a warm-up on the same ones over again leaves the JIT more to compile in the timed
   * passes: after a minute on our 20 warm-up articles repeated, it still compiled for 42% of their
   * wall time; after a minute on new ones, for 3% to 12%.
   */
  private Warmup warmUp(List<Article> warm, ObjIntConsumer<List<Article>> pass)
      throws IOException {
    long began = System.nanoTime();
    int articles = 0;
    int passes = 0;
    try (Stream<Article> later = ArticleLines.read(file).skip((long) warmup + docs)) {
      Iterator<Article> following = later.iterator();
      List<Article> chunk = warm;
      while (!chunk.isEmpty() && (passes == 0 || seconds(began) < warmupSeconds)) {
        pass.accept(chunk, ++passes);
        articles += chunk.size();
        List<Article> next = new ArrayList<>(WARMUP_CHUNK);
        while (next.size() < WARMUP_CHUNK && following.hasNext()) {
          next.add(following.next());
        }
        chunk = next.isEmpty() ? warm : next;
      }
    }
    return new Warmup(seconds(began), articles);
  }

  private void print(Side side) {
    out.printf(Locale.ROOT, "%-30s %12.1f %12.2f %10.0f %14.0f%n", side.name(),
        side.startupSeconds(), side.articlesPerSecond(), side.tokensPerSecond(),
        side.heapMegabytes());
  }

  /** Analyses {@code articles} ({@code count} of them, or -1 if not known); returns how many. */
  private int runOurs(NewsExtractor extractor, Stream<Article> articles, long count,
      int threadCount, String what) {
    Progress progress = new Progress(err, what, count);
    BatchOptions options = BatchOptions.serial().withThreads(threadCount)
        .withListener(p -> progress.step());
    int[] analysed = new int[1];
    try (Stream<BatchResult> results = extractor.extractAll(articles, options)) {
      results.forEach(result -> {
        analysed[0]++;
        if (!result.succeeded()) {
          err.println("\n" + what + ": " + result.articleId() + " failed: "
              + result.errorMessage());
        }
      });
    }
    progress.finish();
    return analysed[0];
  }

  private long runStock(StockPipeline pipeline, List<Article> articles, String what) {
    if (articles.isEmpty()) {
      return 0;
    }
    Progress progress = new Progress(err, what, articles.size());
    long tokens = 0;
    for (Article article : articles) {
      tokens += pipeline.annotate(article.text()).tokens();
      progress.step();
    }
    progress.finish();
    return tokens;
  }

  /** The JIT's compilation milliseconds so far, summed over its threads; -1 if not known. */
  private static long compilationMillis() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? compiler.getTotalCompilationTime() : -1;
  }

  /**
   * The JIT's compilation time since {@code compilingBefore} over the time since {@code began};
   * NaN if not known.
   */
  private static double jitShare(long compilingBefore, long began) {
    long compiling = compilationMillis();
    return compilingBefore < 0 || compiling < 0 ? Double.NaN
        : (compiling - compilingBefore) / 1e3 / seconds(began);
  }

  /** The median rate; of an even count of passes, the mean of the middle two. */
  private static double median(Pass[] passes) {
    double[] rates = Arrays.stream(passes).mapToDouble(Pass::rate).sorted().toArray();
    int middle = rates.length / 2;
    return rates.length % 2 == 1 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2;
  }

  /** The articles per second of the slowest and the fastest pass. */
  private static String range(Pass[] passes) {
    return String.format(Locale.ROOT, "%.2f to %.2f",
        Arrays.stream(passes).mapToDouble(Pass::rate).min().orElseThrow(),
        Arrays.stream(passes).mapToDouble(Pass::rate).max().orElseThrow());
  }

  private static double seconds(long began) {
    return (System.nanoTime() - began) / 1e9;
  }

  private static double heapMegabytes() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
  }
}
