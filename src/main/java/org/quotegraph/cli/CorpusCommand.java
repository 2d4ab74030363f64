package org.quotegraph.cli;

import java.io.BufferedReader;
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
import org.quotegraph.Article;
import org.quotegraph.ExtractionException;
import org.quotegraph.NewsExtractor;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusSpeaker;
import org.quotegraph.export.Dot;
import org.quotegraph.export.GraphMl;
import org.quotegraph.json.CorpusJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code corpus IN.jsonl --out FILE [--format json|graphml|dot]}: streams {@code {"id","text"}}
 * lines into one {@link CorpusGraph}, one article at a time (the file is never read whole), writes
 * the graph to FILE, prints the ten most quoted speakers on stdout and progress on stderr. Without
 * {@code --format}, the format follows FILE's extension ({@code .graphml}, {@code .dot} or {@code
 * .gv}), JSON otherwise. An article the extractor fails on, or whose id repeats an earlier one, is
 * skipped with a message; a line that is not such an object stops the run. Not thread-safe.
 */
final class CorpusCommand {

  static final int TOP = 10;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Supplier<NewsExtractor> extractor;

  /** @param extractor called once, after the arguments were found good */
  CorpusCommand(Supplier<NewsExtractor> extractor) {
    this.extractor = extractor;
  }

  void run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = Options.parse("corpus", args, Set.of("out", "format"));
    if (options.positional().size() != 1) {
      throw new IllegalArgumentException("corpus takes one input file, got "
          + options.positional().size() + ": corpus IN.jsonl --out FILE [--format json|graphml|dot]");
    }
    Path in = Path.of(options.positional().get(0));
    String outName = options.value("out").orElseThrow(() -> new IllegalArgumentException(
        "corpus needs --out FILE, the file to write the corpus graph to"));
    OutputFormat format = options.value("format").map(OutputFormat::named)
        .orElse(OutputFormat.ofFileName(outName));
    long total = countArticles(in);

    NewsExtractor news = extractor.get();
    CorpusGraph.Builder corpus = CorpusGraph.builder();
    Progress progress = new Progress(err, "corpus", total);
    int skipped = 0;
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Article article = article(line, in, lineNumber);
        try {
          corpus.add(news.extract(article));
        } catch (ExtractionException | IllegalArgumentException e) {
          skipped++;
          err.println();
          err.println("skipped article \"" + article.id() + "\" (" + in + " line " + lineNumber
              + "): " + e.getMessage());
        }
        progress.step();
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

  /** The number of non-blank lines of {@code in}, read as a stream, for the progress line. */
  private static long countArticles(Path in) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      return reader.lines().filter(line -> !line.isBlank()).count();
    }
  }

  private static Article article(String line, Path in, int lineNumber) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(in + " line " + lineNumber + " is not JSON: "
          + e.getOriginalMessage(), e);
    }
    if (!node.path("id").isValueNode() || !node.path("text").isString()) {
      throw new IllegalArgumentException(in + " line " + lineNumber
          + ": expected an object with \"id\" and \"text\"");
    }
    return new Article(node.get("id").asString(), node.get("text").asString());
  }
}
