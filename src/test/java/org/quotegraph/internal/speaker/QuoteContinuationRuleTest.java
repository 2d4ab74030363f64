package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.openQuotation;
import static org.quotegraph.internal.speaker.Copy.quotation;
import static org.quotegraph.internal.speaker.Copy.quoteThenSaid;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;

class QuoteContinuationRuleTest {

  private static final String RUIZ_SPOKE =
      "Marco/NNP/PERSON Ruiz/NNP/PERSON spoke/VBD ./.";

  @Test
  void forwards_paragraphReopeningAQuotation_takesTheSpeakerOfTheParagraphBefore() {
    HandParsed text = new HandParsed().sentence(RUIZ_SPOKE);
    openQuotation(text, "The ruling is unfair").paragraph();
    RuleFixture fixture = RuleFixture.of(quotation(text, "The court got it wrong").build());
    fixture.attribute(fixture.statement("The ruling is unfair"), "Marco Ruiz");

    Attribution found = fixture.apply(QuoteContinuationRule.forwards(), "The court got it wrong")
        .orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(found.rule()).isEqualTo(AttributionRule.PARAGRAPH_CONTINUATION);
    assertThat(found.confidence())
        .isEqualTo(RuleFixture.GIVEN_CONFIDENCE * Inheritance.QUOTE_CONTINUATION.weight());
  }

  @Test
  void forwards_newQuotationAfterAClosedOne_isNotTheRules() {
    HandParsed text = new HandParsed().sentence(RUIZ_SPOKE);
    quotation(text, "The ruling is unfair").paragraph();
    RuleFixture fixture = RuleFixture.of(quotation(text, "The court got it wrong").build());
    fixture.attribute(fixture.statement("The ruling is unfair"), "Marco Ruiz");

    assertThat(fixture.apply(QuoteContinuationRule.forwards(), "The court got it wrong"))
        .isEmpty();
  }

  @Test
  void backwards_quotationWhoseSpeakerIsNamedInTheNextParagraph_takesThatSpeaker() {
    HandParsed text = openQuotation(new HandParsed(), "The ruling is unfair").paragraph();
    openQuotation(text, "The court got it wrong").paragraph();
    RuleFixture fixture = RuleFixture.of(
        quoteThenSaid(text, "We will appeal", "Marco/NNP/PERSON Ruiz/NNP/PERSON").build());
    fixture.attribute(fixture.statement("We will appeal"), "Marco Ruiz");

    Attribution found = fixture.apply(QuoteContinuationRule.backwards(), "The court got it wrong")
        .orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(found.rule()).isEqualTo(AttributionRule.PARAGRAPH_CONTINUATION);
  }

  @Test
  void backwards_chain_isFilledOneParagraphAtATimeFromItsEnd() {
    HandParsed text = openQuotation(new HandParsed(), "The ruling is unfair").paragraph();
    openQuotation(text, "The court got it wrong").paragraph();
    RuleFixture fixture = RuleFixture.of(
        quoteThenSaid(text, "We will appeal", "Marco/NNP/PERSON Ruiz/NNP/PERSON").build());
    fixture.attribute(fixture.statement("We will appeal"), "Marco Ruiz");
    QuoteContinuationRule rule = QuoteContinuationRule.backwards();

    assertThat(fixture.apply(rule, "The ruling is unfair")).isEmpty();
    int middle = fixture.statement("The court got it wrong");
    fixture.context.attribute(middle, rule.attribute(middle, fixture.context).orElseThrow());
    Attribution first = fixture.apply(rule, "The ruling is unfair").orElseThrow();

    assertThat(fixture.speaker(first)).isEqualTo("Marco Ruiz");
    assertThat(first.confidence()).isLessThan(
        fixture.context.attribution(middle).orElseThrow().confidence());
  }

  @Test
  void backwards_nextQuotationThatDoesNotContinueThisOne_isNotTheRules() {
    HandParsed text = quotation(new HandParsed(), "The court got it wrong").paragraph();
    RuleFixture fixture = RuleFixture.of(
        quoteThenSaid(text, "We will appeal", "Marco/NNP/PERSON Ruiz/NNP/PERSON").build());
    fixture.attribute(fixture.statement("We will appeal"), "Marco Ruiz");

    assertThat(fixture.apply(QuoteContinuationRule.backwards(), "The court got it wrong"))
        .isEmpty();
  }
}
