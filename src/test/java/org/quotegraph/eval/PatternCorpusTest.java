package org.quotegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quotegraph.Article;
import org.quotegraph.Extraction;
import org.quotegraph.SharedExtractor;

/**
 * Each case of the pattern corpus ({@link PatternCorpus}) through the real models: every
 * statement it marks is found (covering more than 30% of it, as the scorer counts) with the right
 * speaker, and nothing else is reported as a statement. A case is one way news copy reports
 * speech; a change that breaks one fails here, under the case's name.
 */
class PatternCorpusTest {

  @TestFactory
  Stream<DynamicTest> extract_eachPattern_findsExactlyItsStatementsWithTheirSpeakers()
      throws IOException {
    return PatternCorpus.read().stream().map(pattern -> DynamicTest.dynamicTest(
        pattern.name() + (pattern.description().isEmpty() ? "" : ": " + pattern.description()),
        () -> {
          GoldArticle gold = pattern.article();
          Extraction extraction =
              SharedExtractor.get().extract(new Article(gold.id(), gold.text()));
          assertThat(problems(gold, Scorer.predictions(extraction)))
              .as("%s%nin: %s", pattern.name(), gold.text()).isEmpty();
        }));
  }

  @Test
  void read_theCorpus_hasCasesWithStatements() throws IOException {
    List<PatternCorpus.Case> cases = PatternCorpus.read();
    assertThat(cases).isNotEmpty();
    assertThat(cases).extracting(PatternCorpus.Case::name).doesNotHaveDuplicates();
    assertThat(cases).allSatisfy(c -> assertThat(c.article().quotes()).isNotEmpty());
  }

  /** What is wrong with the predictions: missed statements, wrong speakers, extra statements. */
  static List<String> problems(GoldArticle gold, List<Prediction> predicted) {
    String text = gold.text();
    List<String> problems = new ArrayList<>();
    Set<GoldQuote> matched = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Prediction> used = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Match pair : Scorer.match(gold.quotes(), predicted, 0.3)) {
      matched.add(pair.gold());
      used.add(pair.prediction());
      if (!Scorer.speakerOk(pair.gold(), pair.prediction())) {
        problems.add("wrong speaker for \"" + pair.gold().content().of(text) + "\": expected "
            + pair.gold().speaker().orElse("none") + ", got "
            + pair.prediction().speaker().orElse("none") + " ("
            + pair.prediction().speakerMention().map(s -> s.of(text)).orElse("no mention") + ")");
      }
    }
    for (GoldQuote quote : gold.quotes()) {
      if (!matched.contains(quote)) {
        problems.add("missed " + quote.kind() + " \"" + quote.content().of(text) + "\"");
      }
    }
    for (Prediction prediction : predicted) {
      if (!used.contains(prediction)) {
        problems.add("not a statement: \"" + prediction.content().of(text) + "\" ("
            + prediction.speaker().orElse("no speaker") + ")");
      }
    }
    return problems;
  }
}
