package org.quotegraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.quotegraph.AttributionScope;
import org.quotegraph.NewsExtractor;

/**
 * The command line: a thin layer over {@link NewsExtractor}. Results go to stdout (or the named
 * file), progress and errors to stderr.
 *
 * <pre>
 * analyze [--format F] [--out FILE] [FILE...]
 *                             each article's result (JSON, GraphML or DOT); the bundled sample
 *                             without FILE ({@link AnalyzeCommand})
 * corpus IN.jsonl --out FILE [--format F] [--threads T] [--from OLD.json] [--aliases TABLE.tsv]
 *                             one graph of every speaker of many articles ({@link CorpusCommand})
 * predict IN.jsonl OUT.jsonl [--threads T] [--scope speech|broad]
 *                             {"id","text"} lines in, the scorer's prediction lines out
 *                             ({@link PredictCommand})
 * evaluate GOLD.jsonl [--scope speech|broad] [--threads T] [--out FILE]
 *                             the scorer's figures on an annotated file ({@link EvaluateCommand})
 * bench ARTICLES.jsonl [--docs N] [--threads T] [--warmup W] [--ours-only]
 *                             ours against CoreNLP's stock quote pipeline (see {@link Bench})
 * </pre>
 */
public final class Main {

  private static final String USAGE = String.join("\n",
      "usage: quotegraph COMMAND [ARGS]",
      "  analyze [--format json|graphml|dot] [--out FILE] [FILE...]",
      "                              print each article's entities, quotes and graph as JSON,",
      "                              or its graph as GraphML or DOT (one FILE), to stdout or to",
      "                              --out FILE; with no FILE, analyse the bundled sample article",
      "  corpus IN.jsonl --out FILE [--format json|graphml|dot] [--threads T]",
      "         [--from OLD.json] [--aliases TABLE.tsv]",
      "                              merge the speakers of every {\"id\",\"text\"} line into one",
      "                              graph, write it to FILE (- for stdout; format from --format,",
      "                              else from FILE's extension), print the ten most quoted;",
      "                              --from adds the lines to a saved corpus (JSON), --aliases",
      "                              links people to the ids of an id<TAB>name<TAB>a|b table",
      "  predict IN.jsonl OUT.jsonl [--threads T] [--scope speech|broad]",
      "  predict IN.jsonl --out OUT.jsonl ...",
      "                              read {\"id\",\"text\"} lines, write one prediction line each",
      "                              in the evaluation format (quotes with speakers), in input",
      "                              order, on T threads (default: one per core); OUT - is stdout",
      "  " + EvaluateCommand.USAGE,
      "                              run the extractor over annotated {\"id\",\"text\",\"quotes\"}",
      "                              lines and print the evaluation scorer's figures (as",
      "                              score.py does); --out writes the predictions scored",
      "  " + CalibrateCommand.USAGE,
      "                              fit the table behind Quote.confidence() to annotated",
      "                              articles and write it (models/confidence.tsv's format)",
      "  " + Bench.USAGE,
      "                              time our extractor against CoreNLP's stock quote pipeline",
      "                              on the same articles (run with -Xmx6g)",
      "Output files are complete or not written: they are written aside and moved into place;",
      "a run stopped by SIGTERM or Ctrl-C keeps the whole lines finished before the stop.",
      "Exit status: 0 done; 1 an article failed, or a file could not be read or written;",
      "2 bad arguments, a missing or unwritable file, or an input line that is not an article.");

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
      return switch (command) {
        case "analyze" -> new AnalyzeCommand(Main::extractor).run(rest, out, err);
        case "corpus" -> new CorpusCommand(Main::extractor).run(rest, out, err);
        case "predict" -> new PredictCommand(
            scope -> NewsExtractor.builder().attributionScope(scope).build()).run(rest, out, err);
        case "bench" -> {
          Bench.run(rest, out, err);
          yield 0;
        }
        case StartupTimer.STARTUP_COMMAND -> {
          StartupTimer.startup(rest, out);
          yield 0;
        }
        case "evaluate" -> new EvaluateCommand().run(rest, out, err);
        case "calibrate" -> new CalibrateCommand(
            scope -> NewsExtractor.builder().attributionScope(scope).build()).run(rest, out, err);
        case "-h", "--help", "help" -> {
          out.println(USAGE);
          yield 0;
        }
        default -> {
          err.println("unknown command \"" + command + "\"\n" + USAGE);
          yield 2;
        }
      };
    } catch (IOException | UncheckedIOException e) {
      err.println("quotegraph: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("quotegraph: " + e.getMessage());
      return 2;
    } catch (OutOfMemoryError e) {
      err.println("\nquotegraph: ran out of memory (the JVM's heap is at most "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB): run java with a larger -Xmx;"
          + " what was finished before is written");
      return 1;
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

  /** The scope named {@code value}, in any case. */
  static AttributionScope scope(String value) {
    for (AttributionScope scope : AttributionScope.values()) {
      if (scope.name().equalsIgnoreCase(value)) {
        return scope;
      }
    }
    throw new IllegalArgumentException("--scope is speech or broad, got \"" + value + "\"");
  }
}
