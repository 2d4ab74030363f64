package org.quotegraph.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.quotegraph.Article;
import org.quotegraph.Extraction;
import org.quotegraph.NewsExtractor;
import org.quotegraph.export.Dot;
import org.quotegraph.export.GraphMl;
import org.quotegraph.json.ExtractionJson;

/**
 * {@code analyze [--format json|graphml|dot] [FILE...]}: each article's result on stdout; the
 * bundled sample article when no file is named. JSON writes one document per article; GraphML and
 * DOT hold one article's graph, so they take at most one file. Not thread-safe.
 */
final class AnalyzeCommand {

  private final Supplier<NewsExtractor> extractor;

  /** @param extractor called once, after the arguments were found good */
  AnalyzeCommand(Supplier<NewsExtractor> extractor) {
    this.extractor = extractor;
  }

  void run(List<String> args, PrintStream out) throws IOException {
    Options options = Options.parse("analyze", args, Set.of("format"));
    OutputFormat format = options.value("format").map(OutputFormat::named).orElse(OutputFormat.JSON);
    List<String> files = options.positional();
    if (format != OutputFormat.JSON && files.size() > 1) {
      throw new IllegalArgumentException("--format " + format.name().toLowerCase(java.util.Locale.ROOT)
          + " writes one article's graph: name one FILE, or merge many with the corpus command");
    }
    NewsExtractor news = extractor.get();
    if (files.isEmpty()) {
      print(news.extract(new Article("sample", Main.sample())), format, out);
      return;
    }
    for (String file : files) {
      String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      print(news.extract(new Article(file, text)), format, out);
    }
  }

  private static void print(Extraction extraction, OutputFormat format, PrintStream out)
      throws IOException {
    switch (format) {
      case JSON -> out.println(ExtractionJson.writePretty(extraction));
      case GRAPHML, DOT -> {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (format == OutputFormat.GRAPHML) {
          GraphMl.write(extraction, writer);
        } else {
          Dot.write(extraction, writer);
        }
        writer.flush();
      }
    }
  }
}
