package org.quotegraph.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link ArcStandardParser} with CoreNLP's real parser model: its parses equal those of CoreNLP's
 * own {@code DependencyParser} on the same tagged sentences.
 */
@Tag("slow")
class ArcStandardParserTest {

  /** Invented news copy: reported speech, passives, a clausal subject, lists, brackets. */
  private static final String TEXT = """
      The harbour authority said on Tuesday that the old ferry terminal would be demolished \
      next spring.
      "We have waited long enough," said Maria Okafor, who chairs the residents' association.
      The plan, which was approved by the council in March, has been criticised by fishermen, \
      shopkeepers and two local charities.
      That the bridge was closed without warning was described as "unacceptable" by the mayor.
      According to a report published by the Lenmouth Institute (a research group funded by \
      the port), traffic fell by 12% last year.
      Police were called to the scene shortly after midnight, and a man was arrested.
      Asked whether she would stand again, Ms Okafor laughed and said she had not decided.
      Tickets cost £4.50 for adults; children travel free.
      """;

  private static List<List<String>> words;
  private static List<List<String>> tags;
  private static List<List<Dependency>> coreNlpParses;
  private static ArcStandardParser parser;

  @BeforeAll
  static void parseWithCoreNlp() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    Annotation annotation = new Annotation(TEXT);
    new StanfordCoreNLP(properties, false).annotate(annotation);
    DependencyParser coreNlp = DependencyParser.loadFromModelFile(CoreNlpAnalyzer.PARSER_MODEL);
    words = new ArrayList<>();
    tags = new ArrayList<>();
    coreNlpParses = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<String> sentenceWords = new ArrayList<>();
      List<String> sentenceTags = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        sentenceWords.add(token.word());
        sentenceTags.add(token.tag());
      }
      words.add(sentenceWords);
      tags.add(sentenceTags);
      List<Dependency> arcs = new ArrayList<>();
      for (TypedDependency typed : coreNlp.predict(sentence).typedDependencies()) {
        arcs.add(new Dependency(
            typed.reln().toString(), typed.gov().index() - 1, typed.dep().index() - 1));
      }
      coreNlpParses.add(arcs);
    }
    // a small cache, so that most contributions are computed as they are met
    parser = ArcStandardParser.load(CoreNlpAnalyzer.PARSER_MODEL, 100, 500);
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void parse_inventedNews_equalsCoreNlpsParser() {
    assertThat(words).hasSize(8);
    for (int i = 0; i < words.size(); i++) {
      assertThat(parser.parse(words.get(i), tags.get(i)))
          .as("sentence %d: %s", i, words.get(i))
          .isEqualTo(coreNlpParses.get(i));
    }
  }

  @Test
  void parse_passiveClauses_marksTheirSubjectsPassive() {
    // "the old ferry terminal would be demolished": CoreNLP's conversion, not the model, says so
    List<Dependency> arcs = parser.parse(words.get(0), tags.get(0));
    int terminal = words.get(0).indexOf("terminal");
    assertThat(arcs.get(terminal).relation()).isEqualTo("nsubj:pass");
    // "That the bridge was closed ... was described": a passive clausal subject
    assertThat(parser.parse(words.get(3), tags.get(3)))
        .extracting(Dependency::relation).contains("csubj:pass");
  }

  @Test
  void parse_givesOneArcPerTokenAndOneRoot() {
    for (int i = 0; i < words.size(); i++) {
      List<Dependency> arcs = parser.parse(words.get(i), tags.get(i));
      assertThat(arcs).hasSize(words.get(i).size());
      assertThat(arcs).filteredOn(arc -> arc.governor() == -1).hasSize(1)
          .allSatisfy(arc -> assertThat(arc.relation()).isEqualTo("root"));
      for (int t = 0; t < arcs.size(); t++) {
        assertThat(arcs.get(t).dependent()).isEqualTo(t);
      }
    }
  }

  @Test
  void parse_withoutACache_equalsCachedParse() {
    ArcStandardParser uncached = ArcStandardParser.load(CoreNlpAnalyzer.PARSER_MODEL, 0, 0);
    assertThat(uncached.cachedContributions()).isZero();
    for (int i = 0; i < words.size(); i++) {
      assertThat(uncached.parse(words.get(i), tags.get(i)))
          .isEqualTo(parser.parse(words.get(i), tags.get(i)));
    }
    assertThat(uncached.cachedContributions()).isZero();
    assertThat(parser.cachedContributions()).isBetween(100, 500);
  }

  @Test
  void parse_fromManyThreads_equalsSerialParses() throws Exception {
    ArcStandardParser fresh = ArcStandardParser.load(CoreNlpAnalyzer.PARSER_MODEL, 0, 100_000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Dependency>>> parses = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (int i = 0; i < words.size(); i++) {
          int sentence = i;
          parses.add(pool.submit(() -> fresh.parse(words.get(sentence), tags.get(sentence))));
        }
      }
      for (int k = 0; k < parses.size(); k++) {
        assertThat(parses.get(k).get()).isEqualTo(coreNlpParses.get(k % words.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void parse_unknownWordsAndTags_stillParses() {
    List<Dependency> arcs = parser.parse(List.of("Zorbleflax", "qwertyuiop", "the", "snarf", "."),
        List.of("XX", "YY", "DT", "NN", "."));
    assertThat(arcs).hasSize(5).filteredOn(arc -> arc.governor() == -1).hasSize(1);
  }

  @Test
  void parse_oneWord_isTheRoot() {
    assertThat(parser.parse(List.of("Yes"), List.of("UH")))
        .containsExactly(new Dependency("root", -1, 0));
  }

  @Test
  void parse_wordsAndTagsOfDifferentLengths_saysSo() {
    assertThatThrownBy(() -> parser.parse(List.of("Rain", "fell"), List.of("NN")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 words but 1 tags");
  }

  @Test
  void parse_onAnInterruptedThread_stopsAndKeepsTheFlag() {
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> parser.parse(words.get(0), tags.get(0)))
        .isInstanceOf(RuntimeInterruptedException.class);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void load_modelNotOnTheClasspath_namesTheMissingJar() {
    assertThatThrownBy(() -> ArcStandardParser.load("no/such/model.gz", 0, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no/such/model.gz")
        .hasMessageContaining("models");
  }
}
