package org.quotegraph.internal.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.QuoteKind;
import org.quotegraph.internal.confidence.ConfidenceFeatures.Cue;
import org.quotegraph.internal.confidence.ConfidenceFeatures.Speaker;

/** Fitting the confidence model to judged statements. */
class ConfidenceFitTest {

  private static final ConfidenceFeatures NAMED_SAY = new ConfidenceFeatures(
      AttributionRule.EXPLICIT_SUBJECT, QuoteKind.DIRECT, Cue.SAY, Speaker.NAME);
  private static final ConfidenceFeatures PASSAGE = new ConfidenceFeatures(
      AttributionRule.PASSAGE_SUBJECT, QuoteKind.DIRECT, Cue.NONE, Speaker.NAME);

  private static void add(ConfidenceFit fit, ConfidenceFeatures features, int right, int wrong) {
    for (int i = 0; i < right; i++) {
      fit.add(features, true);
    }
    for (int i = 0; i < wrong; i++) {
      fit.add(features, false);
    }
  }

  @Test
  void fit_manyStatementsOfTwoKinds_givesEachItsShareOfRightOnes() {
    ConfidenceFit fit = new ConfidenceFit();
    add(fit, NAMED_SAY, 900, 100);
    add(fit, PASSAGE, 400, 600);

    ConfidenceModel model = fit.fit();

    assertThat(fit.size()).isEqualTo(2000);
    assertThat(model.confidence(NAMED_SAY)).isCloseTo(0.9, within(0.01));
    assertThat(model.confidence(PASSAGE)).isCloseTo(0.4, within(0.01));
  }

  @Test
  void fit_aRuleSeenTwice_staysNearTheOthersRatherThanAtItsOwnShare() {
    ConfidenceFit fit = new ConfidenceFit();
    add(fit, NAMED_SAY, 700, 300);
    ConfidenceFeatures rare = new ConfidenceFeatures(
        AttributionRule.HEADLINE_ECHO, QuoteKind.DIRECT, Cue.SAY, Speaker.NAME);
    add(fit, rare, 0, 2);

    ConfidenceModel model = fit.fit();

    // two wrong statements alone would say 0; the prior keeps the rare rule well above that
    assertThat(model.confidence(rare)).isBetween(0.15, model.confidence(NAMED_SAY) - 0.1);
  }

  @Test
  void fit_statementsAllRight_givesAFiniteConfidenceNearOne() {
    ConfidenceFit fit = new ConfidenceFit();
    add(fit, NAMED_SAY, 40, 0);

    double confidence = fit.fit().confidence(NAMED_SAY);

    assertThat(confidence).isGreaterThan(0.95).isLessThan(1.0);
  }

  @Test
  void fit_nothingAdded_throws() {
    assertThatThrownBy(() -> new ConfidenceFit().fit())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no statements");
  }
}
