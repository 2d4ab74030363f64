package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.quotation;
import static org.quotegraph.internal.speaker.Copy.quoteThenSaid;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;

class AdjacentQuoteRuleTest {

  private static final String RUIZ = "Marco/NNP/PERSON Ruiz/NNP/PERSON";

  private final AdjacentQuoteRule rule = new AdjacentQuoteRule();

  @Test
  void attribute_quotationAfterAnAttributedOneInItsParagraph_takesItsSpeaker() {
    HandParsed text = quoteThenSaid(new HandParsed(), "We will appeal", RUIZ);
    RuleFixture fixture = RuleFixture.of(quotation(text, "The court got it wrong").build());
    fixture.attribute(fixture.statement("We will appeal"), "Marco Ruiz");

    Attribution found = fixture.apply(rule, "The court got it wrong").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(found.rule()).isEqualTo(AttributionRule.ADJACENT_QUOTE);
    assertThat(found.confidence())
        .isEqualTo(RuleFixture.GIVEN_CONFIDENCE * Inheritance.ADJACENT_QUOTE.weight());
  }

  @Test
  void attribute_quotationBetweenTwoAttributedOnes_takesTheEarlierSpeaker() {
    HandParsed text = quoteThenSaid(new HandParsed(), "We will appeal", RUIZ);
    quotation(text, "The court got it wrong");
    RuleFixture fixture = RuleFixture.of(
        quoteThenSaid(text, "They will lose", "Ana/NNP/PERSON Holt/NNP/PERSON").build());
    fixture.attribute(fixture.statement("We will appeal"), "Marco Ruiz");
    fixture.attribute(fixture.statement("They will lose"), "Ana Holt");

    assertThat(fixture.apply(rule, "The court got it wrong").map(fixture::speaker))
        .contains("Marco Ruiz");
  }

  @Test
  void attribute_attributedQuotationInAnotherParagraph_isNotTheRules() {
    HandParsed text = quoteThenSaid(new HandParsed(), "We will appeal", RUIZ).paragraph()
        .sentence("The/DT crowd/NN waited/VBD ./.");
    RuleFixture fixture = RuleFixture.of(quotation(text, "The court got it wrong").build());
    fixture.attribute(fixture.statement("We will appeal"), "Marco Ruiz");

    assertThat(fixture.apply(rule, "The court got it wrong")).isEmpty();
  }

  @Test
  void attribute_shortQuotationThatIsASentenceOfItsOwn_takesTheSpeaker() {
    HandParsed text = quoteThenSaid(new HandParsed(), "We will appeal", RUIZ);
    RuleFixture fixture = RuleFixture.of(text
        .sentence("“/`` Nobody/NN knows/VBZ when/WRB ./. ”/''").build());
    fixture.attribute(fixture.statement("We will appeal"), "Marco Ruiz");

    assertThat(fixture.apply(rule, "Nobody knows when .").map(fixture::speaker))
        .contains("Marco Ruiz");
  }

  @Test
  void attribute_quotationOfFewerThanFourWords_isNotTheRules() {
    HandParsed text = quoteThenSaid(new HandParsed(), "We will appeal", RUIZ);
    RuleFixture fixture = RuleFixture.of(text
        .sentence("It/PRP was/VBD “/`` a/DT farce/NN ”/'' ./.").build());
    fixture.attribute(fixture.statement("We will appeal"), "Marco Ruiz");

    assertThat(fixture.apply(rule, "a farce")).isEmpty();
  }
}
