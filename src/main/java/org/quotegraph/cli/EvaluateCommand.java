package org.quotegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.quotegraph.AttributionScope;
import org.quotegraph.BatchOptions;
import org.quotegraph.BatchResult;
import org.quotegraph.NewsExtractor;
import org.quotegraph.eval.EvaluationFiles;
import org.quotegraph.eval.EvaluationReport;
import org.quotegraph.eval.GoldArticle;
import org.quotegraph.eval.Prediction;
import org.quotegraph.eval.Scorer;

/**
 * {@code evaluate GOLD.jsonl [--scope speech|broad] [--threads T] [--out FILE]}: runs the
 * extractor over the articles of an annotated file in the evaluation scorer's gold format, on T
 * threads (default: one per core), and prints on stdout the figures that {@code score.py} prints
 * for the same predictions, in its layout ({@link EvaluationReport#format()}). The predictions
 * are the statements {@code predict} writes, with their confidence; {@code --out} writes them to
 * FILE in the scorer's prediction format, in gold order.
 *
 * <p>The gold file is read and checked whole before the models are loaded: a malformed line stops
 * the run with a message naming the line. An article the extractor fails on is reported on
 * stderr, has no prediction (it counts in {@code missing_predictions} and predicts nothing), and
 * makes the exit status 1; the figures are printed all the same. Not thread-safe.
 */
final class EvaluateCommand {

  static final String USAGE = "evaluate GOLD.jsonl [--scope speech|broad] [--threads T]"
      + " [--out FILE]";

  private final Function<AttributionScope, NewsExtractor> extractors;

  /** Evaluates extractors built with the default options and the scope asked for. */
  EvaluateCommand() {
    this(scope -> NewsExtractor.builder().attributionScope(scope).build());
  }

  /** @param extractors called once with the scope asked for, after the gold file was read */
  EvaluateCommand(Function<AttributionScope, NewsExtractor> extractors) {
    this.extractors = extractors;
  }

  /** Runs the command; returns the exit status (1 if an article failed, else 0). */
  int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = Options.parse("evaluate", args, Set.of("scope", "threads", "out"));
    if (options.positional().size() != 1) {
      throw new IllegalArgumentException("evaluate takes one gold file, got "
          + options.positional().size() + ": " + USAGE);
    }
    AttributionScope scope = options.value("scope").map(Main::scope)
        .orElse(AttributionScope.SPEECH);
    int threads = options.value("threads").map(Main::threadCount)
        .orElse(Runtime.getRuntime().availableProcessors());
    Path goldFile = InputFiles.existing(options.positional().get(0));
    List<GoldArticle> gold = EvaluationFiles.readGold(goldFile);
    Optional<String> predictionsFile = options.value("out");
    try (OutputFile writer = predictionsFile.isEmpty() ? null
        : OutputFile.open(predictionsFile.get(), "line", List.of(goldFile), out, err)) {
      return evaluate(gold, scope, threads, writer, out, err);
    }
  }

  private int evaluate(List<GoldArticle> gold, AttributionScope scope, int threads,
      OutputFile writer, PrintStream out, PrintStream err) throws IOException {
    NewsExtractor extractor = extractors.apply(scope);
    Progress progress = new Progress(err, "evaluate", gold.size());
    BatchOptions batch = BatchOptions.defaults().withThreads(threads)
        .withListener(p -> progress.step());
    Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
    int failed = 0;
    try (Stream<BatchResult> results =
        extractor.extractAll(gold.stream().map(GoldArticle::article), batch)) {
      for (BatchResult result : (Iterable<BatchResult>) results::iterator) {
        if (!result.succeeded()) {
          failed++;
          progress.println("evaluate: article \"" + result.articleId() + "\" failed: "
              + Failures.describe(result));
          continue;
        }
        List<Prediction> predicted = Scorer.predictions(result.extraction().orElseThrow());
        predictions.put(result.articleId(), predicted);
        if (writer != null) {
          writer.writeLine(EvaluationFiles.predictionLine(result.articleId(), predicted));
        }
      }
    }
    if (writer != null) {
      writer.commit();
    }
    progress.finish();

    EvaluationReport report = Scorer.score(gold, predictions);
    out.println(report.format());
    err.printf(Locale.ROOT, "evaluate: %d articles (%s scope), %d failed, %d gold statements,"
        + " %d predicted%s%n", gold.size(), scope.name().toLowerCase(Locale.ROOT), failed,
        report.goldStatements(), report.predictedStatements(),
        writer == null ? "" : "; predictions written to " + writer.name());
    return failed > 0 ? 1 : 0;
  }
}
