package org.quotegraph;

import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.quotegraph.internal.assembly.Assembler;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.cue.CueFinder;
import org.quotegraph.internal.entity.EntityClusterer;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.nlp.CoreNlpAnalyzer;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.TaggedText;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuoteFinder;
import org.quotegraph.internal.quote.QuoteMask;
import org.quotegraph.internal.quote.QuotedSpan;
import org.quotegraph.internal.speaker.SpeakerStage;
import org.quotegraph.internal.speaker.Speakers;
import org.quotegraph.internal.statement.Statement;
import org.quotegraph.internal.statement.StatementFinder;

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
  private final CueFinder cueFinder;
  private final EntityClusterer clusterer = new EntityClusterer();
  private final StatementFinder statementFinder;
  private final SpeakerStage speakerStage = new SpeakerStage();
  private final Assembler assembler = new Assembler();

  private NewsExtractor(Builder builder) {
    this.maxTextLength = Objects.requireNonNullElse(builder.maxTextLength, DEFAULT_MAX_TEXT_LENGTH);
    AttributionScope scope = Objects.requireNonNullElse(builder.scope, AttributionScope.SPEECH);
    this.cueFinder = new CueFinder(scope);
    this.statementFinder = new StatementFinder(scope);
    this.analyzer = CoreNlpAnalyzer.shared(Objects.requireNonNullElse(
        builder.maxParsedSentenceTokens, DEFAULT_MAX_PARSED_SENTENCE_TOKENS));
  }

  /** {@return a builder with the default settings} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses one article.
   *
   * @param article the article to analyse
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
      return assembler.empty(article.id());
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

  /**
   * Analyses the articles of {@code articles}, as {@link #extractAll(Stream, BatchOptions)} does
   * for a stream: on {@link BatchOptions#threads()} threads, results in input order, the input
   * read only as results are consumed.
   *
   * @param articles the articles, iterated once; no element may be null
   * @param options threads, window and listener
   * @return a stream of one result per article, in input order
   * @throws NullPointerException if an argument is null
   */
  public Stream<BatchResult> extractAll(Iterable<Article> articles, BatchOptions options) {
    Objects.requireNonNull(articles, "articles");
    return extractAll(StreamSupport.stream(articles.spliterator(), false), options);
  }

  /** The models behind this extractor: extractors with the same settings share one. */
  CoreNlpAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * The stages, in order. Each is a function of the ones before it and changes nothing they
   * made; what a later stage learns about earlier output (a speaker that was not yet an entity,
   * a gender) it returns, and the assembly step merges it.
   */
  private Extraction analyse(String articleId, String text) {
    TaggedText tagged = analyzer.tag(text);                               // tokens, tags, names
    QuoteFinder.Scan scan = quoteFinder.scan(text);                       // quotation marks
    List<QuotedSpan> quotations = scan.quotes();
    QuoteMask quoteMask = new QuoteMask(quotations);
    Paragraphs paragraphs = new Paragraphs(text);
    IntPredicate toParse = cueFinder.sentencesToParse(tagged, quoteMask);  // which to parse
    ParsedText parsed = analyzer.parse(tagged, toParse);                  // dependency parse
    EntityTable entities = clusterer.cluster(parsed);                     // entities
    List<Cue> cues = cueFinder.find(parsed, quoteMask, paragraphs);      // reporting cues
    List<Statement> statements =                                          // statements
        statementFinder.find(parsed, quotations, cues, paragraphs);
    Speakers speakers =                                                   // speakers
        speakerStage.attribute(parsed, entities, statements, quoteMask, paragraphs);
    return assembler.assemble(articleId, parsed, scan.warnings(), entities, statements, speakers);
  }

  /**
   * Settings for a {@link NewsExtractor}. Each option may be set once: setting one again fails
   * in that setter, naming the value already set. Not thread-safe; build once and share the
   * extractor.
   */
  public static final class Builder {

    private Integer maxTextLength;
    private Integer maxParsedSentenceTokens;
    private AttributionScope scope;

    private Builder() {}

    /**
     * The longest text {@link #extract(Article)} accepts, in characters (default {@value
     * #DEFAULT_MAX_TEXT_LENGTH}); longer texts are rejected with {@link IllegalArgumentException}.
     * The limit exists to bound the memory one article takes while it is analysed.
     *
     * @param characters the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code characters} is not positive
     * @throws IllegalStateException if the limit was already set
     */
    public Builder maxTextLength(int characters) {
      requireUnset("maxTextLength", maxTextLength);
      if (characters <= 0) {
        throw new IllegalArgumentException("maxTextLength must be positive, got " + characters
            + "; it bounds the memory one article takes (default " + DEFAULT_MAX_TEXT_LENGTH
            + ")");
      }
      this.maxTextLength = characters;
      return this;
    }

    /**
     * Sentences with more tokens than this are not dependency-parsed (default {@value
     * #DEFAULT_MAX_PARSED_SENTENCE_TOKENS}): their quotations are still found, but reported
     * speech in them is not, and the result's warnings say so. The limit exists because a
     * "sentence" that long is a list or a table, whose parse is slow and useless.
     *
     * @param tokens the limit, at least 10
     * @return this builder
     * @throws IllegalArgumentException if {@code tokens} is less than 10
     * @throws IllegalStateException if the limit was already set
     */
    public Builder maxParsedSentenceTokens(int tokens) {
      requireUnset("maxParsedSentenceTokens", maxParsedSentenceTokens);
      if (tokens < 10) {
        throw new IllegalArgumentException("maxParsedSentenceTokens must be at least 10, got "
            + tokens + "; a lower limit would leave most news sentences unparsed and their"
            + " reported speech unfound (default " + DEFAULT_MAX_PARSED_SENTENCE_TOKENS + ")");
      }
      this.maxParsedSentenceTokens = tokens;
      return this;
    }

    /**
     * Which attributions count as statements (default {@link AttributionScope#SPEECH}): only
     * what people said, or also what they are reported to believe, want or support.
     *
     * @param scope the scope
     * @return this builder
     * @throws NullPointerException if {@code scope} is null
     * @throws IllegalStateException if the scope was already set
     */
    public Builder attributionScope(AttributionScope scope) {
      requireUnset("attributionScope", this.scope);
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    private static void requireUnset(String option, Object value) {
      if (value != null) {
        throw new IllegalStateException(option + " was already set to " + value
            + "; set each option once on the builder");
      }
    }

    /**
     * Loads the models (once per JVM for these settings, while an extractor uses them) and
     * returns the extractor.
     *
     * @return the extractor, thread-safe
     */
    public NewsExtractor build() {
      return new NewsExtractor(this);
    }
  }
}
