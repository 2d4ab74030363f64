package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.quotation;
import static org.quotegraph.internal.speaker.Copy.saidThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;

class PreviousParagraphRuleTest {

  private static final String RUIZ = "Marco/NNP/PERSON Ruiz/NNP/PERSON";

  private final PreviousParagraphRule rule = new PreviousParagraphRule();

  @Test
  void attribute_paragraphThatIsOnlyAQuotation_continuesTheSpeakerOfTheParagraphBefore() {
    HandParsed text = saidThat(new HandParsed(), RUIZ, "ruling", "unfair").paragraph();
    RuleFixture fixture = RuleFixture.of(quotation(text, "The court got it wrong").build());
    fixture.attribute(fixture.statement("the ruling was unfair"), "Marco Ruiz");

    Attribution found = fixture.apply(rule, "The court got it wrong").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(found.rule()).isEqualTo(AttributionRule.PARAGRAPH_CONTINUATION);
    assertThat(found.confidence())
        .isEqualTo(RuleFixture.GIVEN_CONFIDENCE * Inheritance.PREVIOUS_PARAGRAPH.weight());
  }

  @Test
  void attribute_speakerTwoParagraphsBack_isNotTheRules() {
    HandParsed text = saidThat(new HandParsed(), RUIZ, "ruling", "unfair").paragraph()
        .sentence("The/DT crowd/NN waited/VBD ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(quotation(text, "The court got it wrong").build());
    fixture.attribute(fixture.statement("the ruling was unfair"), "Marco Ruiz");

    assertThat(fixture.apply(rule, "The court got it wrong")).isEmpty();
  }

  @Test
  void attribute_quotationThatDoesNotOpenItsParagraph_isNotTheRules() {
    HandParsed text = saidThat(new HandParsed(), RUIZ, "ruling", "unfair").paragraph()
        .sentence("The/DT crowd/NN waited/VBD ./.");
    RuleFixture fixture = RuleFixture.of(quotation(text, "The court got it wrong").build());
    fixture.attribute(fixture.statement("the ruling was unfair"), "Marco Ruiz");

    assertThat(fixture.apply(rule, "The court got it wrong")).isEmpty();
  }
}
