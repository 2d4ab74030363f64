package org.quotegraph.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * The one place that talks to Stanford CoreNLP: runs the lean pipeline (tokenize, ssplit, pos,
 * lemma, one three-class NER model) over a text, dependency-parses only the sentences the caller
 * asks for with CoreNLP's neural parser model (run by our {@link ArcStandardParser}), and maps
 * the result to our own records.
 *
 * <p>Loading the models takes seconds and hundreds of megabytes, so analyzers are shared: {@link
 * #shared(int)} returns one instance per setting per JVM. An instance is thread-safe; CoreNLP's
 * annotators used here keep no per-document state.
 */
public final class CoreNlpAnalyzer {

  /** The three-class CRF (PERSON, ORGANIZATION, LOCATION): one model rather than three. */
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The Universal Dependencies model of CoreNLP's neural dependency parser. */
  static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /**
   * How many of the word features the parser model lists as most frequent have their hidden-layer
   * contribution computed while it loads (a fifth of a second); rarer ones are computed when
   * first met.
   */
  static final int PARSER_PRECOMPUTED_FEATURES = 10_000;

  /**
   * How many feature values' hidden-layer contributions the parser keeps at most, at 4 KB each
   * (200 MB when full). A long run of news articles meets some tens of thousands; the rest are
   * computed each time, which costs less than two cached ones read from memory.
   */
  static final int PARSER_CACHED_FEATURES = 50_000;

  /**
   * Sentences with more tokens than this are neither part-of-speech nor entity tagged (CoreNLP's
   * {@code pos.maxlen} and {@code ner.maxlen}): both taggers are linear but slow per token and
   * hold a sentence's features in memory at once, and a "sentence" this long is a table, a list
   * or markup, not prose.
   */
  static final int MAX_TAGGED_SENTENCE_TOKENS = 5_000;

  private static final ConcurrentMap<Integer, CoreNlpAnalyzer> SHARED = new ConcurrentHashMap<>();

  private final StanfordCoreNLP pipeline;
  private final ArcStandardParser parser;
  private final int maxParsedTokens;
  private final int maxTaggedTokens;
  private final LongAdder nanosInCoreNlp = new LongAdder();
  private final LongAdder nanosParsing = new LongAdder();
  private final LongAdder tokensAnalyzed = new LongAdder();

  private CoreNlpAnalyzer(int maxParsedTokens) {
    this.maxParsedTokens = maxParsedTokens;
    // a sentence to be parsed must be tagged first
    this.maxTaggedTokens = Math.max(MAX_TAGGED_SENTENCE_TOKENS, maxParsedTokens);
    // the parser loads on its own thread while the taggers load on this one: start-up is the
    // longer of the two rather than their sum
    CompletableFuture<ArcStandardParser> parserLoading = CompletableFuture.supplyAsync(
        () -> ArcStandardParser.load(
            PARSER_MODEL, PARSER_PRECOMPUTED_FEATURES, PARSER_CACHED_FEATURES),
        CoreNlpAnalyzer::startDaemon);
    this.pipeline = new StanfordCoreNLP(pipelineProperties(maxTaggedTokens), false);
    try {
      this.parser = parserLoading.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static void startDaemon(Runnable task) {
    Thread loader = new Thread(task, "quotegraph-parser-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * The JVM's analyzer for this setting, loading the models on first use.
   *
   * @param maxParsedTokens sentences longer than this are not dependency-parsed (the parse of a
   *     sentence with no punctuation and thousands of tokens is useless and slow)
   */
  public static CoreNlpAnalyzer shared(int maxParsedTokens) {
    return SHARED.computeIfAbsent(maxParsedTokens, CoreNlpAnalyzer::new);
  }

  static Properties pipelineProperties(int maxTaggedTokens) {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("tokenize.language", "en");
    // every line break ends a sentence: headlines, bylines and paragraphs are never joined
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    properties.setProperty("pos.maxlen", Integer.toString(maxTaggedTokens));
    properties.setProperty("ner.maxlen", Integer.toString(maxTaggedTokens));
    properties.setProperty("ner.model", NER_MODEL);
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.buildEntityMentions", "false");
    return properties;
  }

  /**
   * Tokenises, tags and splits {@code text}, then parses the sentences that {@code needsParse}
   * accepts (it sees each sentence without arcs) and that are no longer than the limit. Token
   * offsets and words always refer to {@code text} itself.
   */
  public ParsedText analyze(String text, Predicate<Sentence> needsParse) {
    long began = System.nanoTime();
    Annotation annotation = new Annotation(TokenizerInput.of(text));
    try {
      pipeline.annotate(annotation);
    } catch (RuntimeInterruptedException e) {
      // CoreNLP consumed the interrupt to stop; keep it set for the caller's thread
      Thread.currentThread().interrupt();
      throw e;
    }
    nanosInCoreNlp.add(System.nanoTime() - began);
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<String> warnings = new ArrayList<>();
    long tokenCount = 0;
    for (CoreMap coreSentence : coreSentences) {
      List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
      tokenCount += labels.size();
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        int start = label.beginPosition();
        int end = label.endPosition();
        tokens.add(new Token(tokens.size(), start, end, text.substring(start, end),
            label.lemma() == null ? label.word() : label.lemma(),
            label.tag() == null ? "" : label.tag(),
            label.ner() == null ? "O" : label.ner()));
      }
      Sentence unparsed = new Sentence(sentences.size(), tokens, List.of());
      if (tokens.size() > maxTaggedTokens) {
        warnings.add("sentence at " + unparsed.start() + " has " + tokens.size()
            + " tokens, more than the " + maxTaggedTokens
            + " the taggers take; its quotes are found but its names and reported speech are not");
        sentences.add(unparsed);
      } else if (!needsParse.test(unparsed)) {
        sentences.add(unparsed);
      } else if (tokens.size() > maxParsedTokens) {
        warnings.add("sentence at " + unparsed.start() + " has " + tokens.size()
            + " tokens, more than the " + maxParsedTokens
            + " the parser takes; its quotes are found but its reported speech is not analysed");
        sentences.add(unparsed);
      } else {
        sentences.add(new Sentence(sentences.size(), tokens, parse(labels)));
      }
    }
    tokensAnalyzed.add(tokenCount);
    return new ParsedText(text, sentences, warnings);
  }

  private List<Dependency> parse(List<CoreLabel> labels) {
    long began = System.nanoTime();
    List<String> words = new ArrayList<>(labels.size());
    List<String> tags = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      words.add(label.word());
      tags.add(label.tag());
    }
    List<Dependency> arcs = parser.parse(words, tags);
    nanosParsing.add(System.nanoTime() - began);
    return arcs;
  }

  /**
   * The nanoseconds this analyzer has spent inside CoreNLP's annotators (tokenising, splitting,
   * tagging, lemmatising, entity tagging), summed over all threads since it was loaded.
   */
  public long nanosInCoreNlp() {
    return nanosInCoreNlp.sum();
  }

  /**
   * The nanoseconds this analyzer has spent dependency-parsing (our inference over CoreNLP's
   * parser model), summed over all threads since it was loaded.
   */
  public long nanosParsing() {
    return nanosParsing.sum();
  }

  /** The tokens of all texts this analyzer has analysed, summed over all threads. */
  public long tokensAnalyzed() {
    return tokensAnalyzed.sum();
  }
}
