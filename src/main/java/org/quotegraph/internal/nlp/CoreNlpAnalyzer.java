package org.quotegraph.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.AnnotatorPool;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Lazy;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;

/**
 * The one place that talks to Stanford CoreNLP, in two steps: {@link #tag(String)} runs the lean
 * pipeline (tokenize, ssplit, pos, lemma, one three-class NER model) over a text; {@link
 * #parse(TaggedText, IntPredicate)} then dependency-parses only the sentences the caller selects,
 * with CoreNLP's neural parser model (run by our {@link ArcStandardParser}). Both map CoreNLP's
 * annotations to our own records.
 *
 * <p>Loading the models takes seconds and hundreds of megabytes, so analyzers are shared: {@link
 * #shared(int)} returns one instance per setting per JVM while anyone holds it, and lets the
 * garbage collector free the models once nobody does. An instance is thread-safe; CoreNLP's
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

  /**
   * The analyzers in use, by setting. Weakly held: once no extractor (or other user) holds an
   * analyzer, the garbage collector may free its models, and the next request loads them again.
   */
  private static final Map<Integer, WeakReference<CoreNlpAnalyzer>> SHARED = new HashMap<>();

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
    this.pipeline = pipeline(pipelineProperties(maxTaggedTokens));
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
    synchronized (SHARED) {
      WeakReference<CoreNlpAnalyzer> held = SHARED.get(maxParsedTokens);
      CoreNlpAnalyzer analyzer = held == null ? null : held.get();
      if (analyzer == null) {
        analyzer = new CoreNlpAnalyzer(maxParsedTokens);
        SHARED.put(maxParsedTokens, new WeakReference<>(analyzer));
      }
      return analyzer;
    }
  }

  /**
   * CoreNLP's pipeline of our annotators, built from a pool of its own: CoreNLP's default pool
   * keeps every annotator it ever built in a static cache for the life of the JVM, so the models
   * of an analyzer nobody uses any more could never be freed.
   */
  private static StanfordCoreNLP pipeline(Properties properties) {
    AnnotatorImplementations implementations = new AnnotatorImplementations();
    AnnotatorPool pool = new AnnotatorPool();
    pool.register(Annotator.STANFORD_TOKENIZE, properties,
        Lazy.of(() -> implementations.tokenizer(properties)));
    pool.register(Annotator.STANFORD_SSPLIT, properties,
        Lazy.of(() -> implementations.wordToSentences(properties)));
    pool.register(Annotator.STANFORD_POS, properties,
        Lazy.of(() -> implementations.posTagger(properties)));
    pool.register(Annotator.STANFORD_LEMMA, properties,
        Lazy.of(() -> implementations.morpha(properties, false)));
    pool.register(Annotator.STANFORD_NER, properties,
        Lazy.of(() -> implementations.ner(properties)));
    return new StanfordCoreNLP(properties, false, pool);
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
   * Tokenises, splits and tags {@code text}: tokens, sentences, part-of-speech tags, lemmas and
   * names, no parse. Token offsets and words always refer to {@code text} itself.
   *
   * @throws edu.stanford.nlp.util.RuntimeInterruptedException if the thread is interrupted (the
   *     flag stays set)
   */
  public TaggedText tag(String text) {
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
    List<TaggedText.TaggedSentence> sentences = new ArrayList<>(coreSentences.size());
    long tokenCount = 0;
    for (CoreMap coreSentence : coreSentences) {
      List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
      tokenCount += labels.size();
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      List<String> modelWords = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        int start = label.beginPosition();
        int end = label.endPosition();
        tokens.add(new Token(tokens.size(), start, end, text.substring(start, end),
            label.lemma() == null ? label.word() : label.lemma(),
            label.tag() == null ? "" : label.tag(),
            label.ner() == null ? "O" : label.ner()));
        modelWords.add(label.word());
      }
      Sentence sentence = new Sentence(sentences.size(), tokens, List.of());
      boolean tagged = tokens.size() <= maxTaggedTokens;
      sentences.add(new TaggedText.TaggedSentence(sentence, modelWords, tagged));
    }
    tokensAnalyzed.add(tokenCount);
    return new TaggedText(text, sentences);
  }

  /**
   * Dependency-parses the sentences of {@code tagged} whose indices {@code selected} holds, if
   * they were tagged and are no longer than the parser's limit; the other sentences come back
   * unparsed. The warnings say, in sentence order, which sentences were too long to tag, and
   * which selected ones too long to parse.
   *
   * @throws edu.stanford.nlp.util.RuntimeInterruptedException if the thread is interrupted (the
   *     flag stays set)
   */
  public ParsedText parse(TaggedText tagged, IntPredicate selected) {
    List<Sentence> sentences = new ArrayList<>(tagged.sentences().size());
    List<String> warnings = new ArrayList<>();
    for (TaggedText.TaggedSentence taggedSentence : tagged.taggedSentences()) {
      Sentence sentence = taggedSentence.sentence();
      if (!taggedSentence.tagged()) {
        warnings.add("sentence at " + sentence.start() + " has " + sentence.size()
            + " tokens, more than the " + maxTaggedTokens
            + " the taggers take; its quotes are found but its names and reported speech are not");
        sentences.add(sentence);
      } else if (!selected.test(sentence.index())) {
        sentences.add(sentence);
      } else if (sentence.size() > maxParsedTokens) {
        warnings.add("sentence at " + sentence.start() + " has " + sentence.size()
            + " tokens, more than the " + maxParsedTokens
            + " the parser takes; its quotes are found but its reported speech is not analysed");
        sentences.add(sentence);
      } else {
        sentences.add(new Sentence(sentence.index(), sentence.tokens(),
            parse(taggedSentence.modelWords(), sentence.tokens())));
      }
    }
    return new ParsedText(tagged.text(), sentences, warnings);
  }

  private List<Dependency> parse(List<String> words, List<Token> tokens) {
    long began = System.nanoTime();
    List<String> tags = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      tags.add(token.pos());
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
