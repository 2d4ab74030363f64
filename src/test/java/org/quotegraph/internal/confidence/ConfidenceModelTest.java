package org.quotegraph.internal.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.QuoteKind;
import org.quotegraph.internal.confidence.ConfidenceFeatures.Cue;
import org.quotegraph.internal.confidence.ConfidenceFeatures.Speaker;

/** The confidence model: its terms, its table's format and the table in the jar. */
class ConfidenceModelTest {

  private static final ConfidenceFeatures PRONOUN_SAY = new ConfidenceFeatures(
      AttributionRule.PRONOUN, QuoteKind.INDIRECT, Cue.SAY, Speaker.PRONOUN);

  private static ConfidenceModel read(String table) throws IOException {
    return ConfidenceModel.read(new BufferedReader(new StringReader(table)), "test table");
  }

  @Test
  void confidence_sumsTheTermsOfTheFeaturesAsLogOdds() {
    ConfidenceModel model = new ConfidenceModel(Map.of("intercept", 1.0, "rule/PRONOUN", -0.5,
        "rule-kind/PRONOUN/INDIRECT", -0.25, "cue/SAY", 0.5, "speaker/PRONOUN", -0.25,
        "rule/DOCUMENT", 9.0));

    // 1 - 0.5 - 0.25 + 0.5 - 0.25 = 0.5; the DOCUMENT term is not this statement's
    assertThat(model.confidence(PRONOUN_SAY)).isCloseTo(1 / (1 + Math.exp(-0.5)), within(1e-12));
  }

  @Test
  void confidence_termsTheTableDoesNotList_countZero() {
    assertThat(new ConfidenceModel(Map.of()).confidence(PRONOUN_SAY)).isEqualTo(0.5);
  }

  @Test
  void writeThenRead_givesTheSameModel() throws IOException {
    ConfidenceModel model = new ConfidenceModel(
        Map.of("intercept", 1.25, "cue/SAY", 0.5, "speaker/PRONOUN", -0.75));

    String table = model.write("fitted on invented data\nsecond line");
    ConfidenceModel again = read(table);

    assertThat(table).startsWith("# fitted on invented data\n# second line\ncue/SAY\t0.5000\n");
    assertThat(again.weights()).isEqualTo(model.weights());
    assertThat(again.confidence(PRONOUN_SAY)).isEqualTo(model.confidence(PRONOUN_SAY));
  }

  @Test
  void read_aLineThatIsNotATerm_namesTheLine() {
    assertThatThrownBy(() -> read("# header\nintercept\t1.0\ncue/SAY 0.5\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test table line 3")
        .hasMessageContaining("cue/SAY 0.5");
    assertThatThrownBy(() -> read("intercept\t1.0\nintercept\t2.0\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void standard_theTableInTheJar_givesAProbabilityBelowCertaintyForEveryRule() {
    for (AttributionRule rule : AttributionRule.values()) {
      for (QuoteKind kind : QuoteKind.values()) {
        double confidence = ConfidenceModel.standard().confidence(
            new ConfidenceFeatures(rule, kind, Cue.SAY, Speaker.NAME));
        assertThat(confidence).as(rule + "/" + kind).isStrictlyBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void standard_theTableInTheJar_ranksANamedSpeakerOfSaidAboveAnUnresolvedGuess() {
    ConfidenceModel model = ConfidenceModel.standard();
    double named = model.confidence(new ConfidenceFeatures(
        AttributionRule.EXPLICIT_SUBJECT, QuoteKind.DIRECT, Cue.SAY, Speaker.NAME));
    double passage = model.confidence(new ConfidenceFeatures(
        AttributionRule.PASSAGE_SUBJECT, QuoteKind.DIRECT, Cue.NONE, Speaker.MENTION_ONLY));

    assertThat(named).isGreaterThan(passage);
  }
}
