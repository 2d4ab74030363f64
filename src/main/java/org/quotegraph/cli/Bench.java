package org.quotegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Stream;
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
 * line {@code speedup: X} (our 1-thread rate over the stock rate).
 *
 * <p>Start-up is what a user waits for: each side is built once in a fresh JVM of its own (this
 * JVM's class path and options), so that neither inherits the classes and compiled code the other
 * loaded. The rates are measured here, in one JVM: our side first, then the stock pipeline, built
 * after CoreNLP's cache of annotators is emptied so that it does not borrow our models. Progress
 * goes to stderr, results to stdout.
 */
final class Bench {

  static final String USAGE =
      "bench ARTICLES.jsonl [--docs N] [--threads T] [--warmup W] [--rounds R] [--ours-only]";

  /** The command a fresh JVM runs to time one side's start-up; not meant for users. */
  static final String STARTUP_COMMAND = "bench-startup";

  private static final String OURS = "ours";
  private static final String STOCK = "stock";

  /**
   * Above this share of the timed passes spent compiling, the JIT is still warming our side up,
   * and the T-thread rate (which competes with the compiler for cores) is below its steady state.
   */
  private static final double STEADY_JIT_SHARE = 0.10;

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
   * Timed passes of our side on 1 and on T threads, alternating; the median of each is reported.
   * A pass over 30 articles takes one or two seconds, and on a shared machine a single one could
   * be 30% off either way, as could the JIT's late compilations.
   */
  private int rounds = 3;
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
        case "--docs" -> docs = positive(args, ++i, arg);
        case "--threads" -> threads = positive(args, ++i, arg);
        case "--warmup" -> warmup = positive(args, ++i, arg);
        case "--rounds" -> rounds = positive(args, ++i, arg);
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

  private static int positive(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a number; usage: " + USAGE);
    }
    try {
      int value = Integer.parseInt(args.get(i));
      if (value < 0 || (value == 0 && !option.equals("--warmup"))) {
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
    CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared(NewsExtractor.DEFAULT_MAX_PARSED_SENTENCE_TOKENS);
    runOurs(extractor, warm, 1, "ours warm-up");
    long nanosInCoreNlp = 0;
    long nanosParsing = 0;
    long oursTokens = 0;
    double[] oneThreadSeconds = new double[rounds];
    double[] parallelSeconds = new double[rounds];
    long oursCompiling = compilationMillis();
    long oursTimed = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      String pass = " (pass " + (round + 1) + " of " + rounds + ")";
      long coreNlpBefore = analyzer.nanosInCoreNlp();
      long parsingBefore = analyzer.nanosParsing();
      long tokensBefore = analyzer.tokensAnalyzed();
      began = System.nanoTime();
      runOurs(extractor, measured, 1, "ours, 1 thread" + pass);
      oneThreadSeconds[round] = seconds(began);
      nanosInCoreNlp += analyzer.nanosInCoreNlp() - coreNlpBefore;
      nanosParsing += analyzer.nanosParsing() - parsingBefore;
      oursTokens = analyzer.tokensAnalyzed() - tokensBefore;
      began = System.nanoTime();
      runOurs(extractor, measured, threads, "ours, " + threads + " threads" + pass);
      parallelSeconds[round] = seconds(began);
    }
    double oursJitShare = jitShare(oursCompiling, oursTimed);
    double oneThreadNanos = Arrays.stream(oneThreadSeconds).sum() * 1e9;
    double coreNlpShare = nanosInCoreNlp / oneThreadNanos;
    double parserShare = nanosParsing / oneThreadNanos;
    double oursSeconds = median(oneThreadSeconds);
    double oursHeap = heapMegabytes() - heapBefore;
    Side ours = new Side("quotegraph", oursFresh.orElse(oursStartup), docs / oursSeconds,
        oursTokens / oursSeconds, oursHeap);

    Side stock = null;
    double stockJitShare = Double.NaN;
    double stockStartupHere = Double.NaN;
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
        runStock(pipeline, warm, "stock warm-up");
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
    out.printf(Locale.ROOT, "ours inside CoreNLP annotators: %.1f%% of its 1-thread time; "
        + "in our dependency parser (CoreNLP's model): %.1f%%; in the rest of our code: %.1f%% "
        + "(own code %.1f%%)%n", 100 * coreNlpShare, 100 * parserShare,
        100 * (1 - coreNlpShare - parserShare), 100 * (1 - coreNlpShare));
    double oneThread = ours.articlesPerSecond();
    double parallel = docs / median(parallelSeconds);
    out.printf(Locale.ROOT, "ours on 1 thread: %.2f articles/s; on %d threads: %.2f articles/s "
        + "(%.2fx); median of %d passes each, 1 thread %s, %d threads %s%n", oneThread, threads,
        parallel, parallel / oneThread, rounds, range(oneThreadSeconds), threads,
        range(parallelSeconds));
    if (!Double.isNaN(oursJitShare)) {
      out.printf(Locale.ROOT, "JIT compile time in the timed passes, summed over the compiler's "
          + "threads: ours %.0f%%%s of their wall time (the compiler runs beside the analysis and "
          + "takes cores from it)%s%n",
          100 * oursJitShare,
          Double.isNaN(stockJitShare) ? "" : String.format(Locale.ROOT, ", stock %.0f%%",
              100 * stockJitShare),
          oursJitShare > STEADY_JIT_SHARE
              ? "; for steady-state rates, warm up on more articles (--warmup)" : "");
    }
    if (stock != null) {
      out.printf(Locale.ROOT, "start-up in this JVM (ours first, stock after it): ours %.1f s, "
          + "stock %.1f s%n", oursStartup, stockStartupHere);
      out.printf(Locale.ROOT, "start-up%s: ours %.1f s, stock %.1f s (ours is 1/%.1f)%n",
          oursFresh.isPresent() && stockFresh.isPresent() ? " in fresh JVMs" : " in this JVM",
          ours.startupSeconds(), stock.startupSeconds(),
          stock.startupSeconds() / ours.startupSeconds());
      out.printf(Locale.ROOT, "speedup: %.1f%n", oneThread / stock.articlesPerSecond());
    } else {
      out.println("speedup: n/a (stock pipeline not run)");
    }
  }

  private void print(Side side) {
    out.printf(Locale.ROOT, "%-30s %12.1f %12.2f %10.0f %14.0f%n", side.name(),
        side.startupSeconds(), side.articlesPerSecond(), side.tokensPerSecond(),
        side.heapMegabytes());
  }

  private void runOurs(NewsExtractor extractor, List<Article> articles, int threadCount,
      String what) {
    if (articles.isEmpty()) {
      return;
    }
    Progress progress = new Progress(err, what, articles.size());
    BatchOptions options = BatchOptions.serial().withThreads(threadCount)
        .withListener(p -> progress.step());
    try (Stream<BatchResult> results = extractor.extractAll(articles.stream(), options)) {
      results.forEach(result -> {
        if (!result.succeeded()) {
          err.println("\n" + what + ": " + result.articleId() + " failed: " + result.errorMessage());
        }
      });
    }
    progress.finish();
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

  /** The median; of an even count, the mean of the middle two. */
  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** The articles per second of the slowest and the fastest pass. */
  private String range(double[] passSeconds) {
    double slowest = Arrays.stream(passSeconds).max().orElseThrow();
    double fastest = Arrays.stream(passSeconds).min().orElseThrow();
    return String.format(Locale.ROOT, "%.2f to %.2f", docs / slowest, docs / fastest);
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
