package org.quotegraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.quotegraph.BatchOptions;
import org.quotegraph.BatchResult;
import org.quotegraph.ExtractionException;
import org.quotegraph.NewsExtractor;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusSpeaker;
import org.quotegraph.export.Dot;
import org.quotegraph.export.GraphMl;
import org.quotegraph.json.CorpusJson;

/**
 * {@code corpus IN.jsonl --out FILE [--format json|graphml|dot] [--threads T]}: streams {@code
 * {"id","text"}} lines through the batch API on T threads (default: one per core) into one {@link
 * CorpusGraph}, in input order and bounded memory (the file is never read whole), writes
 * the graph to FILE, prints the ten most quoted speakers on stdout and progress on stderr. Without
 * {@code --format}, the format follows FILE's extension ({@code .graphml}, {@code .dot} or {@code
 * .gv}), JSON otherwise. An article the extractor fails on, or whose id repeats an earlier one, is
 * skipped with a message; a line that is not such an object stops the run. Not thread-safe.
 */
final class CorpusCommand {

  static final int TOP = 10;

  private final Supplier<NewsExtractor> extractor;

  /** @param extractor called once, after the arguments were found good */
  CorpusCommand(Supplier<NewsExtractor> extractor) {
    this.extractor = extractor;
  }

  void run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = Options.parse("corpus", args, Set.of("out", "format", "threads"));
    if (options.positional().size() != 1) {
      throw new IllegalArgumentException("corpus takes one input file, got "
          + options.positional().size() + ": corpus IN.jsonl --out FILE [--format json|graphml|dot] [--threads T]");
    }
    Path in = Path.of(options.positional().get(0));
    String outName = options.value("out").orElseThrow(() -> new IllegalArgumentException(
        "corpus needs --out FILE, the file to write the corpus graph to"));
    OutputFormat format = options.value("format").map(OutputFormat::named)
        .orElse(OutputFormat.ofFileName(outName));
    int threads = options.value("threads").map(Main::threadCount)
        .orElse(Runtime.getRuntime().availableProcessors());
    long total = ArticleLines.count(in);

    NewsExtractor news = extractor.get();
    CorpusGraph.Builder corpus = CorpusGraph.builder();
    Progress progress = new Progress(err, "corpus", total);
    BatchOptions batch = BatchOptions.defaults().withThreads(threads)
        .withListener(p -> progress.step());
    int skipped = 0;
    try (Stream<BatchResult> results = news.extractAll(ArticleLines.read(in), batch)) {
      for (BatchResult result : (Iterable<BatchResult>) results::iterator) {
        try {
          corpus.add(result.extractionOrThrow());
        } catch (ExtractionException | IllegalArgumentException e) {
          skipped++;
          err.println();
          err.println("skipped article \"" + result.articleId() + "\" (" + in + " article "
              + (result.index() + 1) + "): " + e.getMessage());
        }
      }
    }
    progress.finish();

    CorpusGraph graph = corpus.build();
    try (BufferedWriter writer = Files.newBufferedWriter(Path.of(outName), StandardCharsets.UTF_8)) {
      switch (format) {
        case JSON -> CorpusJson.write(graph, writer);
        case GRAPHML -> GraphMl.write(graph, writer);
        case DOT -> Dot.write(graph, writer);
      }
    }
    long acrossArticles = graph.speakers().stream().filter(s -> s.articleCount() > 1).count();
    err.printf(Locale.ROOT, "%d articles (%d skipped), %d speakers, %d of them quoted in more than"
        + " one article, %d statements; wrote %s%n", graph.articleIds().size(), skipped,
        graph.speakers().size(), acrossArticles, graph.quotes().size(), outName);
    printTop(graph, out);
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
