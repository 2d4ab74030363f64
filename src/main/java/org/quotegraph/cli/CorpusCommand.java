package org.quotegraph.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.quotegraph.BatchOptions;
import org.quotegraph.BatchResult;
import org.quotegraph.NewsExtractor;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusSpeaker;
import org.quotegraph.corpus.SpeakerDirectory;
import org.quotegraph.export.Dot;
import org.quotegraph.export.GraphMl;
import org.quotegraph.json.CorpusJson;

/**
 * {@code corpus IN.jsonl --out FILE [--format json|graphml|dot] [--threads T] [--from OLD.json]
 * [--aliases TABLE.tsv]}: streams {@code
 * {"id","text"}} lines through the batch API on T threads (default: one per core) into one {@link
 * CorpusGraph}, in input order and bounded memory (the file is never read whole), writes
 * the graph to FILE, prints the ten most quoted speakers on stdout and progress on stderr. Without
 * {@code --format}, the format follows FILE's extension ({@code .graphml}, {@code .dot} or {@code
 * .gv}), JSON otherwise; with {@code --out -} the graph goes to stdout and the ten to stderr. The
 * files are checked before the models load. An article the extractor fails on, or whose id
 * repeats an earlier one, is skipped with a message; with {@code --from}, the articles are added to
 * the corpus graph saved there as JSON (articles already in it are skipped), and with {@code
 * --aliases} people are linked to the ids of a {@link SpeakerDirectory} table. A line that is not such an object stops the
 * reading, and the graph of the articles before it is written (exit status 2). FILE is written
 * aside and moved into place once whole. Not thread-safe.
 */
final class CorpusCommand {

  static final int TOP = 10;

  private final Supplier<NewsExtractor> extractor;

  /** @param extractor called once, after the arguments were found good */
  CorpusCommand(Supplier<NewsExtractor> extractor) {
    this.extractor = extractor;
  }

  /** Runs the command; returns the exit status. */
  int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = Options.parse("corpus", args,
        Set.of("out", "format", "threads", "from", "aliases"));
    if (options.positional().size() != 1) {
      throw new IllegalArgumentException("corpus takes one input file, got "
          + options.positional().size() + ": corpus IN.jsonl --out FILE [--format json|graphml|dot]"
          + " [--threads T] [--from OLD.json] [--aliases TABLE.tsv]");
    }
    String outName = options.value("out").orElseThrow(() -> new IllegalArgumentException(
        "corpus needs --out FILE, the file to write the corpus graph to (- for stdout)"));
    OutputFormat format = options.value("format").map(OutputFormat::named)
        .orElse(OutputFormat.ofFileName(outName));
    int threads = options.value("threads").map(Main::threadCount)
        .orElse(Runtime.getRuntime().availableProcessors());
    Path in = InputFiles.existing(options.positional().get(0));
    Optional<Path> from = options.value("from").map(InputFiles::existing);
    Optional<Path> aliases = options.value("aliases").map(InputFiles::existing);
    List<Path> inputs = Stream.of(Optional.of(in), from, aliases).flatMap(Optional::stream).toList();
    try (OutputFile output = OutputFile.open(outName, "graph", inputs, out, err)) {
      SpeakerDirectory directory = aliases.isPresent()
          ? SpeakerDirectory.load(aliases.get()) : SpeakerDirectory.empty();
      CorpusGraph.Builder corpus = from.isPresent()
          ? CorpusGraph.builder(savedCorpus(from.get(), directory)) : CorpusGraph.builder();
      corpus.directory(directory);
      long total = ArticleLines.count(in);
      NewsExtractor news = extractor.get();
      Progress progress = new Progress(err, "corpus", total);
      BatchOptions batch = BatchOptions.defaults().withThreads(threads)
          .withListener(p -> progress.step());
      int skipped = 0;
      RuntimeException stop = null;
      try (Stream<BatchResult> results = news.extractAll(ArticleLines.read(in), batch)) {
        for (BatchResult result : (Iterable<BatchResult>) results::iterator) {
          if (!result.succeeded()) {
            skipped++;
            progress.println(skippedMessage(in, result, Failures.describe(result)));
            continue;
          }
          if (corpus.contains(result.articleId())) {
            skipped++;
            progress.println(skippedMessage(in, result, "its id is already in the corpus"));
            continue;
          }
          try {
            corpus.add(result.extractionOrThrow());
          } catch (IllegalArgumentException e) {
            skipped++;
            progress.println(skippedMessage(in, result, e.getMessage()));
          }
        }
      } catch (IllegalArgumentException | UncheckedIOException e) {
        stop = e; // the input failed: the graph holds the articles before it
      }
      progress.finish();
      if (stop != null) {
        progress.println("corpus: stopped: " + stop.getMessage()
            + "; the graph holds the articles before it");
      }

      CorpusGraph graph = corpus.build();
      output.write(writer -> {
        switch (format) {
          case JSON -> CorpusJson.write(graph, writer);
          case GRAPHML -> GraphMl.write(graph, writer);
          case DOT -> Dot.write(graph, writer);
        }
      });
      output.commit();
      long acrossArticles = graph.speakers().stream().filter(s -> s.articleCount() > 1).count();
      err.printf(Locale.ROOT, "%d articles (%d skipped), %d speakers, %d of them quoted in more"
          + " than one article, %d statements; wrote %s%n", graph.articleIds().size(), skipped,
          graph.speakers().size(), acrossArticles, graph.quotes().size(), outName);
      printTop(graph, output.isStdout() ? err : out);
      return stop == null ? 0 : stop instanceof IllegalArgumentException ? 2 : 1;
    }
  }

  private static CorpusGraph savedCorpus(Path file, SpeakerDirectory directory)
      throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CorpusJson.read(reader, directory);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--from " + file + ": " + e.getMessage(), e);
    }
  }

  private static String skippedMessage(Path in, BatchResult result, String why) {
    return "skipped article \"" + result.articleId() + "\" (" + in + " article "
        + (result.index() + 1) + "): " + why;
  }

  private static void printTop(CorpusGraph graph, PrintStream out) {
    List<CorpusSpeaker> top = graph.topSpeakersByQuotes(TOP);
    out.println("Most quoted speakers:");
    for (int i = 0; i < top.size(); i++) {
      CorpusSpeaker speaker = top.get(i);
      out.printf(Locale.ROOT, "%2d. %s (%s): %d %s in %d %s%n", i + 1, speaker.name(),
          speaker.type().name().toLowerCase(Locale.ROOT), speaker.quoteCount(),
          speaker.quoteCount() == 1 ? "quote" : "quotes", speaker.articleCount(),
          speaker.articleCount() == 1 ? "article" : "articles");
    }
  }
}
