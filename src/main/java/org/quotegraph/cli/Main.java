package org.quotegraph.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.quotegraph.Article;
import org.quotegraph.Extraction;
import org.quotegraph.NewsExtractor;
import org.quotegraph.QuoteKind;
import org.quotegraph.json.ExtractionJson;
import org.quotegraph.json.Predictions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line: a thin layer over {@link NewsExtractor}. Results go to stdout (or the named
 * file), progress and errors to stderr.
 *
 * <pre>
 * analyze [FILE...]           each article's result as JSON; the bundled sample without FILE
 * predict IN.jsonl OUT.jsonl  {"id","text"} lines in, the scorer's prediction lines out
 * </pre>
 */
public final class Main {

  private static final String USAGE = String.join("\n",
      "usage: quotegraph COMMAND [ARGS]",
      "  analyze [FILE...]           print each article's entities, quotes and graph as JSON",
      "                              (with no FILE, analyse the bundled sample article)",
      "  predict IN.jsonl OUT.jsonl  read {\"id\",\"text\"} lines, write one prediction line each",
      "                              in the evaluation format (quotes with speakers)");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Main() {}

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
        case "analyze" -> analyze(rest, out);
        case "predict" -> {
          if (rest.size() != 2) {
            err.println("predict needs an input and an output file\n" + USAGE);
            return 2;
          }
          predict(Path.of(rest.get(0)), Path.of(rest.get(1)), err);
        }
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

  private static void analyze(List<String> files, PrintStream out) throws IOException {
    NewsExtractor extractor = NewsExtractor.builder().build();
    if (files.isEmpty()) {
      out.println(ExtractionJson.writePretty(extractor.extract(new Article("sample", sample()))));
      return;
    }
    for (String file : files) {
      Path path = Path.of(file);
      String text = Files.readString(path, StandardCharsets.UTF_8);
      out.println(ExtractionJson.writePretty(extractor.extract(new Article(file, text))));
    }
  }

  static String sample() throws IOException {
    try (InputStream in = Main.class.getResourceAsStream("sample-article.txt")) {
      if (in == null) {
        throw new IOException("the bundled sample article is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void predict(Path in, Path out, PrintStream err) throws IOException {
    List<Article> articles = readArticles(in);
    NewsExtractor extractor = NewsExtractor.builder().build();
    Progress progress = new Progress(err, "predict", articles.size());
    long quotesWritten = 0;
    long slowestNanos = -1;
    String slowestId = "";
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Article article : articles) {
        long began = System.nanoTime();
        Extraction extraction = extractor.extract(article);
        long took = System.nanoTime() - began;
        if (took > slowestNanos) {
          slowestNanos = took;
          slowestId = article.id();
        }
        // the statements Predictions writes: no scare quotes, no parts of a mixed statement
        quotesWritten += extraction.quotes().stream()
            .filter(quote -> quote.kind() != QuoteKind.SCARE && quote.partOf().isEmpty())
            .count();
        writer.write(Predictions.line(extraction, article.text()));
        writer.newLine();
        progress.step();
      }
    }
    progress.finish();
    err.printf(Locale.ROOT, "predict: %d articles, %d quotes written to %s; slowest article %s"
        + " took %.2f s%n", articles.size(), quotesWritten, out, slowestId, slowestNanos / 1e9);
  }

  static List<Article> readArticles(Path in) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = MAPPER.readTree(line);
        if (!node.path("id").isValueNode() || !node.path("text").isString()) {
          throw new IllegalArgumentException(in + " line " + lineNumber
              + ": expected an object with \"id\" and \"text\"");
        }
        articles.add(new Article(node.get("id").asString(), node.get("text").asString()));
      }
    }
    return articles;
  }
}
