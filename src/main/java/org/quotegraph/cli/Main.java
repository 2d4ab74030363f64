package org.quotegraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Set;
import org.quotegraph.AttributionScope;
import org.quotegraph.BatchOptions;
import org.quotegraph.BatchResult;
import org.quotegraph.Extraction;
import org.quotegraph.NewsExtractor;
import org.quotegraph.json.Predictions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line: a thin layer over {@link NewsExtractor}. Results go to stdout (or the named
 * file), progress and errors to stderr.
 *
 * <pre>
 * analyze [--format F] [FILE...]
 *                             each article's result (JSON, GraphML or DOT); the bundled sample
 *                             without FILE ({@link AnalyzeCommand})
 * corpus IN.jsonl --out FILE [--format F] [--threads T]
 *                             one graph of every speaker of many articles ({@link CorpusCommand})
 * predict IN.jsonl OUT.jsonl [--threads T] [--scope speech|broad]
 *                             {"id","text"} lines in, the scorer's prediction lines out
 * evaluate GOLD.jsonl [--scope speech|broad] [--threads T] [--out FILE]
 *                             the scorer's figures on an annotated file ({@link EvaluateCommand})
 * bench ARTICLES.jsonl [--docs N] [--threads T] [--warmup W] [--ours-only]
 *                             ours against CoreNLP's stock quote pipeline (see {@link Bench})
 * </pre>
 */
public final class Main {

  private static final String USAGE = String.join("\n",
      "usage: quotegraph COMMAND [ARGS]",
      "  analyze [--format json|graphml|dot] [FILE...]",
      "                              print each article's entities, quotes and graph as JSON,",
      "                              or its graph as GraphML or DOT (one FILE); with no FILE,",
      "                              analyse the bundled sample article",
      "  corpus IN.jsonl --out FILE [--format json|graphml|dot] [--threads T]",
      "                              merge the speakers of every {\"id\",\"text\"} line into one",
      "                              graph, write it to FILE (format from --format, else from",
      "                              FILE's extension), print the ten most quoted speakers",
      "  predict IN.jsonl OUT.jsonl [--threads T] [--scope speech|broad]",
      "                              read {\"id\",\"text\"} lines, write one prediction line each",
      "                              in the evaluation format (quotes with speakers), in input",
      "                              order, on T threads (default: one per core)",
      "  " + EvaluateCommand.USAGE,
      "                              run the extractor over annotated {\"id\",\"text\",\"quotes\"}",
      "                              lines and print the evaluation scorer's figures (as",
      "                              score.py does); --out writes the predictions scored",
      "  " + Bench.USAGE,
      "                              time our extractor against CoreNLP's stock quote pipeline",
      "                              on the same articles (run with -Xmx6g)");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Main() {}

  /**
   * Runs one command; exits with status 1 when it failed (an article that could not be
   * analysed, a file that could not be read or written) and 2 for a usage error.
   *
   * @param args the command and its arguments; none prints the usage
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs one command; returns the process exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(USAGE);
      return 2;
    }
    String command = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      switch (command) {
        case "analyze" -> new AnalyzeCommand(Main::extractor).run(rest, out);
        case "corpus" -> new CorpusCommand(Main::extractor).run(rest, out, err);
        case "predict" -> {
          Options options = Options.parse("predict", rest, Set.of("threads", "scope"));
          if (options.positional().size() != 2) {
            err.println("predict needs an input and an output file\n" + USAGE);
            return 2;
          }
          int threads = options.value("threads").map(Main::threadCount)
              .orElse(Runtime.getRuntime().availableProcessors());
          AttributionScope scope = options.value("scope").map(Main::scope)
              .orElse(AttributionScope.SPEECH);
          return predict(Path.of(options.positional().get(0)), Path.of(options.positional().get(1)),
              threads, scope, err);
        }
        case "evaluate" -> { return new EvaluateCommand().run(rest, out, err); }
        case "bench" -> Bench.run(rest, out, err);
        case StartupTimer.STARTUP_COMMAND -> StartupTimer.startup(rest, out);
        case "-h", "--help", "help" -> out.println(USAGE);
        default -> {
          err.println("unknown command \"" + command + "\"\n" + USAGE);
          return 2;
        }
      }
      return 0;
    } catch (IOException | UncheckedIOException e) {
      err.println("quotegraph: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("quotegraph: " + e.getMessage());
      return 2;
    }
  }

  private static NewsExtractor extractor() {
    return NewsExtractor.builder().build();
  }

  static String sample() throws IOException {
    try (InputStream in = Main.class.getResourceAsStream("sample-article.txt")) {
      if (in == null) {
        throw new IOException("the bundled sample article is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static int threadCount(String value) {
    try {
      int threads = Integer.parseInt(value);
      if (threads >= 1) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--threads needs a positive number, got \"" + value + "\"");
  }

  /**
   * Writes one prediction line per article, in input order; an article that fails is reported on
   * stderr, written with no quotes, and makes the exit status 1.
   */
  static AttributionScope scope(String value) {
    for (AttributionScope scope : AttributionScope.values()) {
      if (scope.name().equalsIgnoreCase(value)) {
        return scope;
      }
    }
    throw new IllegalArgumentException("--scope is speech or broad, got \"" + value + "\"");
  }

  private static int predict(Path in, Path out, int threads, AttributionScope scope,
      PrintStream err) throws IOException {
    long total = ArticleLines.count(in);
    NewsExtractor extractor = NewsExtractor.builder().attributionScope(scope).build();
    Progress progress = new Progress(err, "predict", total);
    BatchOptions options = BatchOptions.defaults().withThreads(threads)
        .withListener(p -> progress.step());
    int failed = 0;
    long quotesWritten = 0;
    BatchResult slowest = null;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        Stream<BatchResult> results = extractor.extractAll(ArticleLines.read(in), options)) {
      for (BatchResult result : (Iterable<BatchResult>) results::iterator) {
        if (slowest == null || result.elapsed().compareTo(slowest.elapsed()) > 0) {
          slowest = result;
        }
        if (result.succeeded()) {
          Extraction extraction = result.extraction().orElseThrow();
          quotesWritten += extraction.statements().size();
          writer.write(Predictions.line(extraction));
        } else {
          failed++;
          err.println("\npredict: article \"" + result.articleId() + "\" failed: "
              + result.errorMessage());
          writer.write(MAPPER.createObjectNode().put("id", result.articleId())
              .set("quotes", MAPPER.createArrayNode()).toString());
        }
        writer.newLine();
      }
    }
    progress.finish();
    err.printf(Locale.ROOT, "predict: %d articles, %d failed, %d quotes written to %s%s%n", total,
        failed, quotesWritten, out, slowest == null ? "" : String.format(Locale.ROOT,
            "; slowest article %s took %.2f s", slowest.articleId(),
            slowest.elapsed().toNanos() / 1e9));
    return failed > 0 ? 1 : 0;
  }
}
