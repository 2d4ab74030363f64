package org.quotegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.quotegraph.Article;
import org.quotegraph.BatchOptions;
import org.quotegraph.BatchResult;
import org.quotegraph.NewsExtractor;
import org.quotegraph.cli.BenchReport.Side;
import org.quotegraph.cli.BenchReport.Warmup;
import org.quotegraph.internal.nlp.CoreNlpAnalyzer;
import org.quotegraph.internal.nlp.StockPipeline;

/**
 * The {@code bench} command: runs CoreNLP's stock quote pipeline and our extractor over the same
 * articles in one JVM and prints, for each, the start-up time, articles and tokens per second and
 * the heap it holds; then the shares of our time spent inside CoreNLP's annotators, in our
 * dependency parser and in the rest of our code, our rate on 1 and on T threads (the median of
 * R alternating passes each), the share of the timed passes the JIT spent compiling, and last the
 * line {@code speedup: X} (our 1-thread rate over the stock rate). Each side warms up first, for
 * the same minimum time. {@link BenchReport} prints the figures.
 *
 * <p>Start-up is what a user waits for: each side is built once in a fresh JVM of its own ({@link
 * StartupTimer}), so that neither inherits the classes and compiled code the other loaded. The
 * rates are measured here, in one JVM: our side first, then the stock pipeline, built after
 * CoreNLP's cache of annotators is emptied so that it does not borrow our models. Progress goes
 * to stderr, results to stdout.
 */
final class Bench {

  static final String USAGE =
      "bench ARTICLES.jsonl [--docs N] [--threads T] [--warmup W] [--warmup-seconds S]"
          + " [--rounds R] [--pass-seconds P] [--ours-only]";

  /** Articles per warm-up pass after the first: a side checks the time between passes. */
  private static final int WARMUP_CHUNK = 10;

  private final PrintStream out;
  private final PrintStream err;
  private final Path file;
  private final int docs;
  private final int threads;
  /**
   * Articles each side analyses before timing starts (default 20). CoreNLP's taggers and parser
   * reach full speed only after the JIT has compiled them, which takes a dozen or more articles;
   * with 3, the first timed pass measured the compiler as much as the code.
   */
  private final int warmup;
  /**
   * Seconds each side spends warming up at least (default 60), going on with the articles after
   * the measured ones (see {@link #warmUp}). Our side analyses 20 articles in a few seconds, and
   * the JIT then still compiles for most of the timed passes, on the core that a second
   * analysing thread needs. The stock pipeline takes about 40 seconds over 20 articles.
   */
  private final int warmupSeconds;
  /**
   * Timed passes of our side on 1 and on T threads, alternating (default 5); the median of each
   * is reported. On a shared machine a single pass could be 30% off either way.
   */
  private final int rounds;
  /** Seconds each timed pass of our side lasts at least (default 5; see {@link #timedPass}). */
  private final int passSeconds;
  private final boolean oursOnly;

  private Bench(Options options, PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
    if (options.positional().size() != 1) {
      throw new IllegalArgumentException("bench needs one articles file; usage: " + USAGE);
    }
    this.file = Path.of(options.positional().get(0));
    this.docs = options.number("docs", 1, 30);
    this.threads = options.number("threads", 1, Runtime.getRuntime().availableProcessors());
    this.warmup = options.number("warmup", 0, 20);
    this.warmupSeconds = options.number("warmup-seconds", 0, 60);
    this.rounds = options.number("rounds", 1, 5);
    this.passSeconds = options.number("pass-seconds", 0, 5);
    this.oursOnly = options.flag("ours-only");
  }

  /** Parses {@code args} and runs the benchmark. */
  static void run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = Options.parse("bench", args, Set.of("docs", "threads", "warmup",
        "warmup-seconds", "rounds", "pass-seconds"), Set.of("ours-only"));
    new Bench(options, out, err).run();
  }

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
    OptionalDouble oursFresh = StartupTimer.inFreshJvm(StartupTimer.OURS, err);
    OptionalDouble stockFresh = oursOnly ? OptionalDouble.empty()
        : StartupTimer.inFreshJvm(StartupTimer.STOCK, err);
    double heapBefore = Machine.heapMegabytes();

    // ours: start-up, warm-up, then rounds of a pass on 1 thread and a pass on T threads
    long began = System.nanoTime();
    NewsExtractor extractor = NewsExtractor.builder().build();
    double oursStartup = Machine.seconds(began);
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
    long oursCompiling = Machine.compilationMillis();
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
    double oursJitShare = Machine.jitShare(oursCompiling, oursTimed);
    double oneThreadNanos = Arrays.stream(oneThread).mapToDouble(Pass::seconds).sum() * 1e9;
    double tokensPerArticle =
        oneThreadTokens / (double) Arrays.stream(oneThread).mapToInt(Pass::articles).sum();
    double oursRate = Pass.median(oneThread);
    Side ours = new Side("quotegraph", oursFresh.orElse(oursStartup), oursRate,
        oursRate * tokensPerArticle, Machine.heapMegabytes() - heapBefore, oursWarmup);

    StockRun stock = oursOnly ? StockRun.NOT_RUN : runStockSide(warm, measured, stockFresh);
    new BenchReport(file.getFileName().toString(), docs, threads, rounds, passSeconds, warmup,
        warmupSeconds, Math.round(tokensPerArticle * docs), ours, stock.side(), stock.note(),
        oneThread, parallel, nanosInCoreNlp / oneThreadNanos, nanosParsing / oneThreadNanos,
        oursJitShare, stock.jitShare(), oursStartup, stock.startupHere(),
        oursFresh.isPresent() && stockFresh.isPresent()).print(out);
  }

  /** What the stock side gave: its figures if it ran, and what to say about it. */
  private record StockRun(Optional<Side> side, String note, double jitShare,
      double startupHere) {
    static final StockRun NOT_RUN = new StockRun(Optional.empty(), "", Double.NaN, Double.NaN);
  }

  private StockRun runStockSide(List<Article> warm, List<Article> measured,
      OptionalDouble stockFresh) throws IOException {
    double heapBeforeStock = Machine.heapMegabytes();
    long began = System.nanoTime();
    StockPipeline pipeline;
    try {
      pipeline = StockPipeline.load(true);
    } catch (RuntimeException e) {
      return new StockRun(Optional.empty(), "the stock pipeline (" + StockPipeline.ANNOTATORS
          + ") could not be built: " + e.getMessage(), Double.NaN, Double.NaN);
    }
    double startupHere = Machine.seconds(began);
    String note = "";
    String ran = pipeline.annotators().replace(" ", "");
    if (ran.equals(StockPipeline.ANNOTATORS.replace(",ssplit", ""))) {
      note = "CoreNLP 4.5 runs ssplit inside tokenize and lists it as " + ran
          + "; no annotator was added";
    } else if (!ran.equals(StockPipeline.ANNOTATORS)) {
      note = "CoreNLP ran annotators " + ran;
    }
    Warmup warmed = warmUp(warm, (articles, pass) ->
        runStock(pipeline, articles, "stock warm-up (pass " + pass + ")"));
    long compiling = Machine.compilationMillis();
    began = System.nanoTime();
    long tokens = runStock(pipeline, measured, "stock, 1 thread");
    double seconds = Machine.seconds(began);
    double jitShare = Machine.jitShare(compiling, began);
    double heap = Machine.heapMegabytes() - heapBeforeStock;
    Side side = new Side("stock CoreNLP quote pipeline", stockFresh.orElse(startupHere),
        docs / seconds, tokens / seconds, heap, warmed);
    Reference.reachabilityFence(pipeline); // measured with the pipeline's heap in it
    return new StockRun(Optional.of(side), note, jitShare, startupHere);
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
    long[] ticksBefore = Machine.cpuTicks();
    long began = System.nanoTime();
    Iterator<Article> repeated = new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next % measured.size() != 0 || next == 0
            || Machine.seconds(began) < passSeconds;
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
    double seconds = Machine.seconds(began);
    long[] ticksAfter = Machine.cpuTicks();
    return new Pass(analysed, seconds, ticksAfter[0] - ticksBefore[0],
        ticksAfter[1] - ticksBefore[1]);
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
      while (!chunk.isEmpty() && (passes == 0 || Machine.seconds(began) < warmupSeconds)) {
        pass.accept(chunk, ++passes);
        articles += chunk.size();
        List<Article> next = new ArrayList<>(WARMUP_CHUNK);
        while (next.size() < WARMUP_CHUNK && following.hasNext()) {
          next.add(following.next());
        }
        chunk = next.isEmpty() ? warm : next;
      }
    }
    return new Warmup(Machine.seconds(began), articles);
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
}
