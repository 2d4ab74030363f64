package org.quotegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.quotegraph.Article;
import org.quotegraph.Extraction;
import org.quotegraph.ExtractionException;
import org.quotegraph.NewsExtractor;
import org.quotegraph.export.Dot;
import org.quotegraph.export.GraphMl;
import org.quotegraph.json.ExtractionJson;

/**
 * {@code analyze [--format json|graphml|dot] [--out FILE] [FILE...]}: each article's result, on
 * stdout or in FILE ({@code -} for stdout); the bundled sample article when no file is named. JSON
 * writes one document per article; GraphML and DOT hold one article's graph, so they take at most
 * one file. The files are checked before the models load (they exist, are files, are not too long
 * to be an article, and FILE is none of them); a file that then fails (not UTF-8, out of memory)
 * is reported on stderr and makes the exit status 1, and the others are still analysed. Not
 * thread-safe.
 */
final class AnalyzeCommand {

  /** UTF-8 takes at most three bytes for a character of a Java string. */
  private static final long MAX_FILE_BYTES = 3L * NewsExtractor.DEFAULT_MAX_TEXT_LENGTH + 3;

  private final Supplier<NewsExtractor> extractor;

  /** @param extractor called once, after the arguments were found good */
  AnalyzeCommand(Supplier<NewsExtractor> extractor) {
    this.extractor = extractor;
  }

  /** Runs the command; returns the exit status. */
  int run(List<String> args, PrintStream stdout, PrintStream err) throws IOException {
    Options options = Options.parse("analyze", args, Set.of("format", "out"));
    OutputFormat format = options.value("format").map(OutputFormat::named).orElse(OutputFormat.JSON);
    List<String> names = options.positional();
    if (format != OutputFormat.JSON && names.size() > 1) {
      throw new IllegalArgumentException("--format " + format.name().toLowerCase(Locale.ROOT)
          + " writes one article's graph: name one FILE, or merge many with the corpus command");
    }
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path file = InputFiles.existing(name);
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has %,d bytes, more"
            + " than an article of at most %,d characters can take; split it", name,
            Files.size(file), NewsExtractor.DEFAULT_MAX_TEXT_LENGTH));
      }
      files.add(file);
    }
    String outName = options.value("out").orElse("-");
    try (OutputFile out = OutputFile.open(outName, "document", files, stdout, err)) {
      NewsExtractor news = extractor.get();
      int failed = 0;
      try {
        if (names.isEmpty()) {
          write(news.extract(new Article("sample", Main.sample())), format, out);
        }
        for (int i = 0; i < names.size(); i++) {
          failed += analyze(news, names.get(i), files.get(i), format, out, err) ? 0 : 1;
        }
      } finally {
        out.commit();
      }
      return failed > 0 ? 1 : 0;
    }
  }

  /** Analyses one file; returns false, having said why on {@code err}, if it failed. */
  private static boolean analyze(NewsExtractor news, String name, Path file, OutputFormat format,
      OutputFile out, PrintStream err) throws IOException {
    Article article = null;
    try {
      article = new Article(name, InputFiles.readUtf8(file));
      write(news.extract(article), format, out);
      return true;
    } catch (IllegalArgumentException | ExtractionException e) {
      err.println("analyze: " + name + ": " + (Failures.ranOutOfMemory(e)
          ? Failures.outOfMemory(article, e) : e.getMessage()));
      return false;
    } catch (OutOfMemoryError e) {
      err.println("analyze: " + name + ": " + (article == null ? e.toString()
          : Failures.outOfMemory(article, e)));
      return false;
    }
  }

  private static void write(Extraction extraction, OutputFormat format, OutputFile out)
      throws IOException {
    out.write(writer -> {
      switch (format) {
        case JSON -> writer.write(ExtractionJson.writePretty(extraction) + "\n");
        case GRAPHML -> GraphMl.write(extraction, writer);
        case DOT -> Dot.write(extraction, writer);
      }
    });
  }
}
