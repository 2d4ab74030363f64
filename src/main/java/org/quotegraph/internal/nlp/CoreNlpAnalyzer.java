package org.quotegraph.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * The one place that talks to Stanford CoreNLP: runs the lean pipeline (tokenize, ssplit, pos,
 * lemma, one three-class NER model) over a text, dependency-parses only the sentences the caller
 * asks for, and maps the result to our own records.
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
   * How many hidden-layer vectors the parser caches for words outside the 20,000 it precomputes.
   * CoreNLP's default of 5,000 misses often on news text; 50,000 (about 40 MB) takes a sixth or
   * so off parsing. A cached vector is computed exactly as an uncached one, so parses do not change.
   */
  static final int PARSER_CACHED_VECTORS = 50_000;

  private static final ConcurrentMap<Integer, CoreNlpAnalyzer> SHARED = new ConcurrentHashMap<>();

  private final StanfordCoreNLP pipeline;
  private final DependencyParser parser;
  private final int maxParsedTokens;
  private final LongAdder nanosInCoreNlp = new LongAdder();
  private final LongAdder tokensAnalyzed = new LongAdder();

  private CoreNlpAnalyzer(int maxParsedTokens) {
    this.maxParsedTokens = maxParsedTokens;
    this.pipeline = new StanfordCoreNLP(pipelineProperties(), false);
    Properties parserProperties = new Properties();
    parserProperties.setProperty("numCached", Integer.toString(PARSER_CACHED_VECTORS));
    this.parser = DependencyParser.loadFromModelFile(PARSER_MODEL, parserProperties);
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

  static Properties pipelineProperties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("tokenize.language", "en");
    // every line break ends a sentence: headlines, bylines and paragraphs are never joined
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    properties.setProperty("ner.model", NER_MODEL);
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.buildEntityMentions", "false");
    return properties;
  }

  /**
   * Tokenises, tags and splits {@code text}, then parses the sentences that {@code needsParse}
   * accepts (it sees each sentence without arcs) and that are no longer than the limit.
   */
  public ParsedText analyze(String text, Predicate<Sentence> needsParse) {
    long began = System.nanoTime();
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    long coreNlpNanos = System.nanoTime() - began;
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
      if (!needsParse.test(unparsed)) {
        sentences.add(unparsed);
      } else if (tokens.size() > maxParsedTokens) {
        warnings.add("sentence at " + unparsed.start() + " has " + tokens.size()
            + " tokens, more than the " + maxParsedTokens
            + " the parser takes; its quotes are found but its reported speech is not analysed");
        sentences.add(unparsed);
      } else {
        long parseBegan = System.nanoTime();
        List<Dependency> arcs = parse(coreSentence);
        coreNlpNanos += System.nanoTime() - parseBegan;
        sentences.add(new Sentence(sentences.size(), tokens, arcs));
      }
    }
    nanosInCoreNlp.add(coreNlpNanos);
    tokensAnalyzed.add(tokenCount);
    return new ParsedText(text, sentences, warnings);
  }

  private List<Dependency> parse(CoreMap coreSentence) {
    GrammaticalStructure structure = parser.predict(coreSentence);
    List<Dependency> arcs = new ArrayList<>();
    for (TypedDependency typed : structure.typedDependencies()) {
      arcs.add(new Dependency(
          typed.reln().toString(), typed.gov().index() - 1, typed.dep().index() - 1));
    }
    return arcs;
  }

  /**
   * The nanoseconds this analyzer has spent inside CoreNLP (annotation and parsing), summed over
   * all threads since it was loaded.
   */
  public long nanosInCoreNlp() {
    return nanosInCoreNlp.sum();
  }

  /** The tokens of all texts this analyzer has analysed, summed over all threads. */
  public long tokensAnalyzed() {
    return tokensAnalyzed.sum();
  }
}
