package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.quotation;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

class AttributionLineRuleTest {

  private static final String WORDS = "The ferry is our lifeline";

  private final AttributionLineRule rule = new AttributionLineRule();

  private static RuleFixture signed(String signature) {
    HandParsed text = new HandParsed().sentence("Readers/NNS wrote/VBD in/RP ./.").paragraph();
    return RuleFixture.of(quotation(text, WORDS).sentence(signature).paragraph()
        .sentence("The/DT port/NN closed/VBD ./.").build());
  }

  @Test
  void attribute_quotationSignedWithADashAndAName_isThatPersons() {
    RuleFixture fixture = signed("―/: Ana/NNP/PERSON Holt/NNP/PERSON");

    Attribution found = fixture.apply(rule, WORDS).orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Ana Holt");
    assertThat(fixture.mention(found)).isEqualTo("Ana Holt");
    assertThat(found.rule()).isEqualTo(AttributionRule.COLON_INTRODUCTION);
    assertThat(found.confidence()).isEqualTo(Basis.SIGNATURE.confidence());
  }

  @Test
  void attribute_signatureWithADescriptionTheTaggerMissed_makesThePersonFromTheName() {
    RuleFixture fixture = signed("—/: Nils/NNP Brekke/NNP ,/, a/DT reader/NN in/IN Arlo/NNP ./.");

    Attribution found = fixture.apply(rule, WORDS).orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Nils Brekke");
    assertThat(fixture.mention(found)).isEqualTo("Nils Brekke");
  }

  @Test
  void attribute_dashThatGoesOnWithTheSentence_isNotTheRules() {
    RuleFixture fixture = signed("—/: The/DT mayor/NN disagreed/VBD ./.");

    assertThat(fixture.apply(rule, WORDS)).isEmpty();
  }
}
