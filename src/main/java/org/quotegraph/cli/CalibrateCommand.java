package org.quotegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quotegraph.AttributionScope;
import org.quotegraph.BatchOptions;
import org.quotegraph.BatchResult;
import org.quotegraph.Extraction;
import org.quotegraph.NewsExtractor;
import org.quotegraph.Quote;
import org.quotegraph.eval.EvaluationFiles;
import org.quotegraph.eval.GoldArticle;
import org.quotegraph.eval.GoldQuote;
import org.quotegraph.eval.Prediction;
import org.quotegraph.eval.Scorer;
import org.quotegraph.internal.confidence.ConfidenceFeatures;
import org.quotegraph.internal.confidence.ConfidenceFit;
import org.quotegraph.internal.confidence.ConfidenceModel;

/**
 * {@code calibrate GOLD.jsonl... [--scope speech|broad|both] [--threads T] [--out FILE]}: fits the
 * table behind {@link Quote#confidence()} ({@code models/confidence.tsv}) to annotated news. It
 * runs the extractor over every article of the gold files (in each scope asked for), judges each
 * statement with a speaker ({@link #right}: its words are an annotated statement's and its speaker
 * is that statement's), fits the confidence model to those judgements
 * ({@link ConfidenceFit}) and writes the table, with a header saying what it was fitted on.
 *
 * <p>Fit on news you will not report figures on, and report calibration on other news: a table
 * measured on its own data looks better calibrated than it is. Not thread-safe.
 */
final class CalibrateCommand {

  static final String USAGE = "calibrate GOLD.jsonl... [--scope speech|broad|both] [--threads T]"
      + " [--out FILE]";

  /** The share of a statement's words that must lie in an annotated statement to be right. */
  static final double WITHIN = 0.3;

  private final Function<AttributionScope, NewsExtractor> extractors;

  /** @param extractors called once per scope, after the gold files were read */
  CalibrateCommand(Function<AttributionScope, NewsExtractor> extractors) {
    this.extractors = extractors;
  }

  /** Runs the command; returns the exit status. */
  int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = Options.parse("calibrate", args, Set.of("scope", "threads", "out"));
    if (options.positional().isEmpty()) {
      throw new IllegalArgumentException("calibrate needs at least one gold file: " + USAGE);
    }
    List<AttributionScope> scopes = scopes(options.value("scope").orElse("both"));
    int threads = options.value("threads").map(Main::threadCount)
        .orElse(Runtime.getRuntime().availableProcessors());
    List<Path> files = new ArrayList<>();
    List<GoldArticle> gold = new ArrayList<>();
    for (String name : options.positional()) {
      Path file = InputFiles.existing(name);
      files.add(file);
      gold.addAll(EvaluationFiles.readGold(file));
    }
    try (OutputFile table =
        OutputFile.open(options.value("out").orElse("-"), "table", files, out, err)) {
      ConfidenceFit fit = new ConfidenceFit();
      for (AttributionScope scope : scopes) {
        judge(extractors.apply(scope), gold, threads, fit, err);
      }
      ConfidenceModel model = fit.fit();
      table.writeLine(model.write(String.format(Locale.ROOT, "The confidence model, by term: log-odds"
          + " that a statement's words are its speaker's (they lie in a statement annotated for"
          + " that speaker).%n"
          + "Fitted by `calibrate` on %s (%s scope, %d statements with a speaker, %d articles)."
          + "%nRefit with: calibrate GOLD.jsonl... --out models/confidence.tsv",
          files.stream().map(path -> path.getFileName().toString())
              .collect(Collectors.joining(", ")),
          scopes.stream().map(scope -> scope.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(" and ")), fit.size(), gold.size())).stripTrailing());
      table.commit();
      err.printf(Locale.ROOT, "calibrate: fitted on %d statements of %d articles%n", fit.size(),
          gold.size());
      return 0;
    }
  }

  /**
   * Whether a statement is right: more than {@link #WITHIN} of its words lie in one annotated
   * statement, and its speaker is that statement's ({@link Scorer#speakerOk}). Unlike the scorer's
   * one-to-one matching, each part of a quotation that the annotation keeps whole (split around its
   * cue, or running over paragraphs) is right, so the confidence says whether the words are the
   * speaker's, whatever the annotation's convention for cutting them up.
   */
  static boolean right(Prediction statement, List<GoldQuote> annotated) {
    for (GoldQuote gold : annotated) {
      if (Scorer.coverage(statement.content(), gold.content()) > WITHIN
          && Scorer.speakerOk(gold, statement)) {
        return true;
      }
    }
    return false;
  }

  private static List<AttributionScope> scopes(String value) {
    return value.equalsIgnoreCase("both")
        ? List.of(AttributionScope.SPEECH, AttributionScope.BROAD) : List.of(Main.scope(value));
  }

  private static void judge(NewsExtractor extractor, List<GoldArticle> gold, int threads,
      ConfidenceFit fit, PrintStream err) {
    Map<String, GoldArticle> byId = gold.stream()
        .collect(Collectors.toMap(GoldArticle::id, article -> article, (a, b) -> a));
    Progress progress = new Progress(err, "calibrate", gold.size());
    BatchOptions batch = BatchOptions.defaults().withThreads(threads)
        .withListener(p -> progress.step());
    try (Stream<BatchResult> results =
        extractor.extractAll(gold.stream().map(GoldArticle::article), batch)) {
      for (BatchResult result : (Iterable<BatchResult>) results::iterator) {
        if (!result.succeeded()) {
          progress.println("calibrate: article \"" + result.articleId() + "\" failed: "
              + Failures.describe(result));
          continue;
        }
        Extraction extraction = result.extraction().orElseThrow();
        List<GoldQuote> annotated = byId.get(result.articleId()).quotes();
        List<Quote> statements = extraction.statements();
        List<Prediction> predictions = Scorer.predictions(extraction);
        for (int i = 0; i < statements.size(); i++) {
          Quote statement = statements.get(i);
          if (statement.hasSpeaker()) {
            fit.add(ConfidenceFeatures.of(statement, extraction.speakerOf(statement)),
                right(predictions.get(i), annotated));
          }
        }
      }
    }
    progress.finish();
  }
}
