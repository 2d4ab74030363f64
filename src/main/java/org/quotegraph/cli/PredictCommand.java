package org.quotegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.quotegraph.AttributionScope;
import org.quotegraph.BatchOptions;
import org.quotegraph.BatchResult;
import org.quotegraph.NewsExtractor;
import org.quotegraph.json.Predictions;

/**
 * {@code predict IN.jsonl OUT.jsonl [--threads T] [--scope speech|broad]} (or {@code --out OUT},
 * {@code -} for stdout): one prediction line per {@code {"id","text"}} line, in input order, in
 * the evaluation's format.
 *
 * <ul>
 *   <li>Everything is checked before the models load: the input exists and is a file, the output
 *       can be written and is not the input.
 *   <li>An article that fails (over the length limit, out of memory, a fault inside the library)
 *       is reported on stderr with its id, written with no quotes, and makes the exit status 1;
 *       the run goes on.
 *   <li>A line that is not such an object, or not UTF-8, stops the run with exit status 2 and a
 *       message naming the line; every article before it is written.
 *   <li>OUT holds whole lines only: it is written as a temporary file and moved into place at the
 *       end, or, if the run is stopped (SIGTERM, Ctrl-C), with the lines finished before the stop.
 * </ul>
 *
 * Not thread-safe.
 */
final class PredictCommand {

  private final Function<AttributionScope, NewsExtractor> extractor;

  /** @param extractor called once, after the arguments and files were found good */
  PredictCommand(Function<AttributionScope, NewsExtractor> extractor) {
    this.extractor = extractor;
  }

  /** Runs the command; returns the exit status. */
  int run(List<String> args, PrintStream stdout, PrintStream err) throws IOException {
    Options options = Options.parse("predict", args, Set.of("threads", "scope", "out"));
    List<String> files = options.positional();
    int wanted = options.value("out").isPresent() ? 1 : 2;
    if (files.size() != wanted) {
      throw new IllegalArgumentException("predict needs an input and an output file: predict"
          + " IN.jsonl OUT.jsonl, or predict IN.jsonl --out OUT.jsonl (- for stdout)");
    }
    int threads = options.value("threads").map(Main::threadCount)
        .orElse(Runtime.getRuntime().availableProcessors());
    AttributionScope scope = options.value("scope").map(Main::scope)
        .orElse(AttributionScope.SPEECH);
    Path in = InputFiles.existing(files.get(0));
    String outName = options.value("out").orElseGet(() -> files.get(1));
    try (OutputFile out = OutputFile.open(outName, "line", List.of(in), stdout, err)) {
      long total = ArticleLines.count(in);
      return predict(extractor.apply(scope), in, out, total, threads, err);
    }
  }

  private static int predict(NewsExtractor extractor, Path in, OutputFile out, long total,
      int threads, PrintStream err) throws IOException {
    Progress progress = new Progress(err, "predict", total);
    BatchOptions options = BatchOptions.defaults().withThreads(threads)
        .withListener(p -> progress.step());
    Summary summary = new Summary();
    RuntimeException stop = null;
    try (Stream<BatchResult> results = extractor.extractAll(ArticleLines.read(in), options)) {
      for (BatchResult result : (Iterable<BatchResult>) results::iterator) {
        summary.add(result);
        if (result.succeeded()) {
          out.writeLine(Predictions.line(result.extraction().orElseThrow()));
        } else {
          progress.println("predict: article \"" + result.articleId() + "\" failed: "
              + Failures.describe(result));
          out.writeLine(Predictions.line(result.articleId(), List.of(), List.of()));
        }
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      stop = e; // the input failed; the articles before it are written
    } finally {
      out.commit();
      progress.finish();
    }
    if (stop != null) {
      progress.println("predict: stopped: " + stop.getMessage());
    }
    err.println(summary.line(out.name(), stop != null));
    if (stop != null) {
      return stop instanceof IllegalArgumentException ? 2 : 1;
    }
    return summary.failed > 0 ? 1 : 0;
  }

  /** What a run did, for its last line. */
  private static final class Summary {
    long articles;
    long failed;
    long quotes;
    BatchResult slowest;

    void add(BatchResult result) {
      articles++;
      if (slowest == null || result.elapsed().compareTo(slowest.elapsed()) > 0) {
        slowest = result;
      }
      if (result.succeeded()) {
        quotes += result.extraction().orElseThrow().statements().size();
      } else {
        failed++;
      }
    }

    String line(String out, boolean stopped) {
      return String.format(Locale.ROOT, "predict: %d articles, %d failed, %d quotes written to"
          + " %s%s%s", articles, failed, quotes, out, stopped ? " (the articles before the stop)"
          : "", slowest == null ? "" : String.format(Locale.ROOT,
              "; slowest article %s took %.2f s", slowest.articleId(),
              slowest.elapsed().toNanos() / 1e9));
    }
  }
}
