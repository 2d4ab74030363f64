package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.quoteThenSaid;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;

class HeadlineEchoRuleTest {

  private static final String RUIZ = "Marco/NNP/PERSON Ruiz/NNP/PERSON";

  private final HeadlineEchoRule rule = new HeadlineEchoRule();

  /**
   * {@code paragraphsBefore} paragraphs, a paragraph that is only the quotation {@code words},
   * then the same words said by Ruiz in the body, Ruiz given as their speaker.
   */
  private static RuleFixture echo(int paragraphsBefore, String words) {
    HandParsed text = new HandParsed();
    for (int i = 0; i < paragraphsBefore; i++) {
      text.sentence("The/DT rain/NN fell/VBD").paragraph();
    }
    StringBuilder headline = new StringBuilder("“/``");
    for (String word : words.split(" ")) {
      headline.append(' ').append(word).append("/NN");
    }
    text.sentence(headline + " ”/''").paragraph();
    RuleFixture fixture = RuleFixture.of(quoteThenSaid(text, words, RUIZ).build());
    fixture.attribute(fixture.statements.size() - 1, "Marco Ruiz");
    return fixture;
  }

  @Test
  void attribute_headlineQuotingTheBody_takesTheBodysSpeaker() {
    RuleFixture fixture = echo(0, "We will appeal this ruling");

    Attribution found = rule.attribute(0, fixture.context).orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(found.rule()).isEqualTo(AttributionRule.HEADLINE_ECHO);
    assertThat(found.confidence())
        .isEqualTo(RuleFixture.GIVEN_CONFIDENCE * Inheritance.HEADLINE_ECHO.weight());
  }

  @Test
  void attribute_echoInTheThirdParagraph_takesTheBodysSpeaker() {
    RuleFixture fixture = echo(2, "We will appeal this ruling");

    assertThat(rule.attribute(0, fixture.context).map(fixture::speaker)).contains("Marco Ruiz");
  }

  @Test
  void attribute_echoBelowTheThirdParagraph_isNotTheRules() {
    RuleFixture fixture = echo(3, "We will appeal this ruling");

    assertThat(rule.attribute(0, fixture.context)).isEmpty();
  }

  @Test
  void attribute_sharedWordsShorterThanTwentyCharacters_areNoEcho() {
    RuleFixture fixture = echo(0, "We will win it");

    assertThat(rule.attribute(0, fixture.context)).isEmpty();
  }

  @Test
  void attribute_titleInALongLeadSentence_echoesNobody() {
    HandParsed text = new HandParsed().sentence("The/DT film/NN “/`` We/NN will/NN appeal/NN"
        + " this/NN ruling/NN ”/'' opened/VBD to/TO strong/JJ reviews/NNS across/IN the/DT"
        + " whole/JJ country/NN on/IN a/DT rainy/JJ Friday/NNP night/NN in/IN the/DT old/JJ"
        + " harbour/NN town/NN ./.").paragraph();
    RuleFixture fixture =
        RuleFixture.of(quoteThenSaid(text, "We will appeal this ruling", RUIZ).build());
    assertThat(fixture.statements).hasSize(2);
    fixture.attribute(1, "Marco Ruiz");

    assertThat(rule.attribute(0, fixture.context)).isEmpty();
  }
}
