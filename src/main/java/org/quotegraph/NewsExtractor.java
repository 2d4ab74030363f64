package org.quotegraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.quotegraph.internal.attribution.Attributor;
import org.quotegraph.internal.attribution.StatementDraft;
import org.quotegraph.internal.entity.EntityClusterer;
import org.quotegraph.internal.entity.EntityDraft;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.graph.GraphBuilder;
import org.quotegraph.internal.nlp.CoreNlpAnalyzer;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.quote.QuoteFinder;
import org.quotegraph.internal.quote.QuotedSpan;

/**
 * Reads news articles and returns their entities, quotes, speakers and graph.
 *
 * <pre>{@code
 * NewsExtractor extractor = NewsExtractor.builder().build();
 * Extraction result = extractor.extract(new Article("a1", text));
 * result.quotesBySpeaker().asMap().forEach((speaker, quotes) -> ...);
 * }</pre>
 *
 * <p>Building an extractor loads the CoreNLP models (a few seconds, a few hundred megabytes);
 * extractors built with the same settings share one copy per JVM. An extractor is immutable and
 * thread-safe: call {@link #extract(Article)} from as many threads as you like.
 *
 * <p>What bad input gets (the README's "Bad input" lists the same):
 *
 * <ul>
 *   <li>a {@code null} argument: {@link NullPointerException} naming the parameter;
 *   <li>text longer than {@link Builder#maxTextLength(int)}: {@link IllegalArgumentException}
 *       naming the length, the limit and the option; any text within it is analysed to the end;
 *   <li>empty or blank text: an empty result;
 *   <li>a sentence longer than {@link Builder#maxParsedSentenceTokens(int)} tokens is not parsed,
 *       and one over 5,000 tokens is not tagged either; its quotations are still found and
 *       {@link Extraction#warnings()} says what was skipped;
 *   <li>a quotation mark never closed: the quote ends with its paragraph, {@link Quote#closed()}
 *       is false, a warning says where, and the rest of the article is analysed as usual; a mark
 *       that ends its paragraph with nothing after it gets a warning too, and an empty quotation
 *       ({@code “”}) is not a quote;
 *   <li>markup, control characters, unpaired surrogates, any script: analysed as text, with
 *       every offset into the caller's string;
 *   <li>a failure inside the library or the language models, or an interrupted thread: {@link
 *       ExtractionException} carrying the article's id and the cause (an interrupt stays set).
 * </ul>
 *
 * <p>For many articles, {@link #extractAll(Stream, BatchOptions)} runs them on several threads
 * and streams the results back in input order.
 */
public final class NewsExtractor {

  /** The default {@link Builder#maxTextLength(int)}: one million characters. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

  /** The default {@link Builder#maxParsedSentenceTokens(int)}. */
  public static final int DEFAULT_MAX_PARSED_SENTENCE_TOKENS = 150;

  private final int maxTextLength;
  private final CoreNlpAnalyzer analyzer;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final EntityClusterer clusterer = new EntityClusterer();
  private final Attributor attributor;
  private final GraphBuilder graphBuilder = new GraphBuilder();

  private NewsExtractor(Builder builder) {
    this.maxTextLength = builder.maxTextLength;
    this.attributor = new Attributor(builder.scope);
    this.analyzer = CoreNlpAnalyzer.shared(builder.maxParsedSentenceTokens);
  }

  /** A builder with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses one article.
   *
   * @return everything found; empty lists for a blank text, never null
   * @throws NullPointerException if {@code article} is null
   * @throws IllegalArgumentException if the text is longer than the configured maximum
   * @throws ExtractionException if the analysis fails inside the library
   */
  public Extraction extract(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    if (text.length() > maxTextLength) {
      throw new IllegalArgumentException("article \"" + article.id() + "\" has " + text.length()
          + " characters, more than the limit of " + maxTextLength
          + "; split it, or raise the limit with NewsExtractor.builder().maxTextLength(...)");
    }
    if (text.isBlank()) {
      return new Extraction(article.id(), List.of(), List.of(),
          graphBuilder.build(List.of(), List.of(), List.of()), List.of());
    }
    try {
      return analyse(article.id(), text);
    } catch (RuntimeException | StackOverflowError e) {
      throw new ExtractionException(article.id(), e);
    }
  }

  /**
   * Analyses a stream of articles on {@link BatchOptions#threads()} threads and returns the
   * results lazily, one per article, <em>in input order</em>.
   *
   * <p>The input is read only as results are consumed: at most {@link BatchOptions#maxInFlight()}
   * articles are held at once, so an input of any length (even an endless one) runs in bounded
   * memory. An article that fails (an {@link ExtractionException}, or an {@link
   * IllegalArgumentException} such as a text over the length limit) gives a {@link BatchResult}
   * holding the error, and the batch goes on; so does an article that runs out of memory, whose
   * error is an {@link ExtractionException} caused by the {@link OutOfMemoryError} (with several
   * threads, the articles analysed at the same time share the heap, so it may name the article
   * that was unlucky rather than the one that took the memory). The listener of {@code options}
   * hears about each result on the consuming thread.
   *
   * <p>When the input itself fails, nothing read before is lost: if reading {@code articles}
   * throws a {@link RuntimeException}, or gives a null article, the results of every article read
   * before are handed out, in order, and then the returned stream throws that exception (a
   * {@link NullPointerException} naming the position, for a null article) and the batch is
   * stopped. A null is a mistake in the caller's stream, like an exception, so it stops the batch
   * rather than becoming an entry without an article.
   *
   * <p>The returned stream is sequential (asking it for {@code parallel()} changes nothing: the
   * parallelism is inside) and must be consumed from one thread at a time. Closing it, best with
   * try-with-resources, stops the workers, drops the articles in flight and closes {@code
   * articles}; a stream read to its end stops its workers by itself, and the idle workers of an
   * abandoned one end after a few seconds. The results are the same as calling {@link
   * #extract(Article)} on each article in turn.
   *
   * @param articles the articles, read once
   * @param options threads, window and listener
   * @return a stream of one result per article, in input order
   * @throws NullPointerException if an argument is null; from the returned stream, after the
   *     results of the articles before it, if {@code articles} holds a null
   * @throws java.util.concurrent.CancellationException from the returned stream, if the consuming
   *     thread is interrupted (while it waits for a result or, with one thread, while it analyses
   *     an article, or before it asks for the next result); the batch is stopped and the thread's
   *     interrupt stays set
   */
  public Stream<BatchResult> extractAll(Stream<Article> articles, BatchOptions options) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(options, "options");
    BatchSpliterator spliterator =
        new BatchSpliterator(articles.sequential().iterator(), this::extract, options);
    return StreamSupport.stream(spliterator, false)
        .onClose(spliterator::close)
        .onClose(articles::close);
  }

  /** The models behind this extractor: extractors with the same settings share one. */
  CoreNlpAnalyzer analyzer() {
    return analyzer;
  }

  private Extraction analyse(String articleId, String text) {
    QuoteFinder.Scan scan = quoteFinder.scan(text);
    List<QuotedSpan> quoted = scan.quotes();
    ParsedText parsed = analyzer.analyze(text, attributor.parseSelector(quoted));
    EntityTable table = clusterer.cluster(parsed);
    List<StatementDraft> statements = attributor.attribute(parsed, quoted, table);

    List<String> warnings = new ArrayList<>(parsed.warnings());
    warnings.addAll(scan.warnings());

    Map<EntityDraft, String> entityIds = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    List<EntityDraft> drafts = table.inTextOrder();
    drafts.removeIf(draft -> draft.mentions().isEmpty()
        && statements.stream().noneMatch(s -> s.speaker().filter(draft::equals).isPresent()));
    for (EntityDraft draft : drafts) {
      String id = "e" + (entities.size() + 1);
      entityIds.put(draft, id);
      List<Mention> mentions = draft.mentions().stream()
          .sorted()
          .map(span -> Mention.at(span, text))
          .toList();
      entities.add(new Entity(id, draft.type(), draft.name(), mentions,
          List.copyOf(draft.titles()), List.copyOf(draft.affiliations())));
    }

    List<StatementDraft> ordered = new ArrayList<>(statements);
    ordered.sort(Comparator.comparing(StatementDraft::content));
    Map<StatementDraft, String> quoteIds = new HashMap<>();
    for (StatementDraft statement : ordered) {
      quoteIds.put(statement, "q" + (quoteIds.size() + 1));
    }
    List<Quote> quotes = new ArrayList<>();
    for (StatementDraft statement : ordered) {
      boolean scare = statement.kind() == QuoteKind.SCARE;
      quotes.add(new Quote(
          quoteIds.get(statement),
          statement.kind(),
          statement.content(),
          statement.content().of(text),
          statement.cue().map(span -> Mention.at(span, text)),
          scare ? Optional.empty() : statement.speakerMention().map(span -> Mention.at(span, text)),
          scare ? Optional.empty() : statement.speaker().map(entityIds::get),
          scare ? AttributionRule.NONE : statement.rule(),
          scare || !statement.speakerMention().isPresent() && statement.speaker().isEmpty()
              ? 0 : statement.confidence(),
          statement.closed(),
          statement.partOf().map(quoteIds::get)));
    }
    List<Span> sentenceSpans = parsed.sentences().stream()
        .map(sentence -> new Span(sentence.start(), sentence.end()))
        .toList();
    SpeakerGraph graph = graphBuilder.build(entities, quotes, sentenceSpans);
    return new Extraction(articleId, entities, quotes, graph, warnings);
  }

  /**
   * Settings for a {@link NewsExtractor}. Each option may be set once; setting one twice fails at
   * {@link #build()}. Not thread-safe; build once and share the extractor.
   */
  public static final class Builder {

    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
    private int maxParsedSentenceTokens = DEFAULT_MAX_PARSED_SENTENCE_TOKENS;
    private AttributionScope scope = AttributionScope.SPEECH;
    private final List<String> setTwice = new ArrayList<>();
    private final List<String> set = new ArrayList<>();

    private Builder() {}

    /**
     * The longest text {@link #extract(Article)} accepts, in characters (default {@value
     * #DEFAULT_MAX_TEXT_LENGTH}); longer texts are rejected with {@link IllegalArgumentException}.
     *
     * @throws IllegalArgumentException if {@code characters} is not positive
     */
    public Builder maxTextLength(int characters) {
      if (characters <= 0) {
        throw new IllegalArgumentException(
            "maxTextLength must be positive, got " + characters);
      }
      mark("maxTextLength");
      this.maxTextLength = characters;
      return this;
    }

    /**
     * Sentences with more tokens than this are not dependency-parsed (default {@value
     * #DEFAULT_MAX_PARSED_SENTENCE_TOKENS}): their quotations are still found, but reported
     * speech in them is not, and the result's warnings say so.
     *
     * @throws IllegalArgumentException if {@code tokens} is less than 10
     */
    public Builder maxParsedSentenceTokens(int tokens) {
      if (tokens < 10) {
        throw new IllegalArgumentException(
            "maxParsedSentenceTokens must be at least 10, got " + tokens);
      }
      mark("maxParsedSentenceTokens");
      this.maxParsedSentenceTokens = tokens;
      return this;
    }

    /**
     * Which attributions count as statements (default {@link AttributionScope#SPEECH}): only
     * what people said, or also what they are reported to believe, want or support.
     *
     * @throws NullPointerException if {@code scope} is null
     */
    public Builder attributionScope(AttributionScope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      mark("attributionScope");
      return this;
    }

    private void mark(String option) {
      if (set.contains(option)) {
        setTwice.add(option);
      }
      set.add(option);
    }

    /**
     * Loads the models (once per JVM for these settings) and returns the extractor.
     *
     * @throws IllegalStateException if an option was set more than once
     */
    public NewsExtractor build() {
      if (!setTwice.isEmpty()) {
        throw new IllegalStateException("option set more than once: " + String.join(", ", setTwice)
            + "; set each option once on the builder");
      }
      return new NewsExtractor(this);
    }
  }
}
