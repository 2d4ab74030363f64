package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;
import org.quotegraph.internal.speaker.ConfidenceTable.Modifier;

class ConfidenceTableTest {

  @Test
  void basis_everyOne_isReportedAsARuleOtherThanNone() {
    assertThat(Basis.values()).isNotEmpty()
        .extracting(Basis::rule).doesNotContainNull().doesNotContain(AttributionRule.NONE);
  }

  @Test
  void basis_everyConfidence_isAboveZeroAndAtMostOne() {
    for (Basis basis : Basis.values()) {
      assertThat(basis.confidence()).as(basis.name()).isGreaterThan(0).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void modifier_everyFactor_isAboveZeroAndAtMostOne() {
    for (Modifier modifier : Modifier.values()) {
      assertThat(modifier.apply(1)).as(modifier.name()).isGreaterThan(0).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void inheritance_everyWeight_isAboveZeroAndAtMostOne() {
    for (Inheritance inheritance : Inheritance.values()) {
      assertThat(inheritance.weight()).as(inheritance.name())
          .isGreaterThan(0).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void basis_weakerEvidenceOfOneRule_hasALowerConfidence() {
    assertThat(Basis.UNRESOLVED_PRONOUN.confidence()).isLessThan(Basis.PRONOUN.confidence());
    assertThat(Basis.UNAUTHORED_DOCUMENT.confidence()).isLessThan(Basis.DOCUMENT.confidence());
    assertThat(Basis.BELIEF_SUBJECT.confidence()).isLessThan(Basis.SPEECH_SUBJECT.confidence());
  }
}
