package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.quotation;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

class PassageSubjectRuleTest {

  private final PassageSubjectRule rule = new PassageSubjectRule();

  /**
   * {@code top} paragraphs, Ruiz the subject of a paragraph, {@code between} paragraphs, then a
   * paragraph that is only the quotation {@code words}.
   */
  private static RuleFixture passage(int top, int between, String words) {
    HandParsed text = new HandParsed();
    for (int i = 0; i < top; i++) {
      text.sentence("The/DT rain/NN fell/VBD ./.").paragraph();
    }
    text.sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON visited/VBD the/DT port/NN ./.").paragraph();
    for (int i = 0; i < between; i++) {
      text.sentence("The/DT cranes/NNS stood/VBD still/RB ./.").paragraph();
    }
    return RuleFixture.of(quotation(text, words).build());
  }

  @Test
  void attribute_quotationBelowTheHeadline_takesThePersonThePassageIsAbout() {
    RuleFixture fixture = passage(3, 1, "They are old and slow");

    Attribution found = fixture.apply(rule, "They are old and slow").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(found.mention()).isEmpty();
    assertThat(found.rule()).isEqualTo(AttributionRule.PASSAGE_SUBJECT);
    assertThat(found.confidence()).isEqualTo(Basis.PASSAGE_PERSON.confidence());
  }

  @Test
  void attribute_personThreeParagraphsBack_isNotTheRules() {
    RuleFixture fixture = passage(3, 2, "They are old and slow");

    assertThat(fixture.apply(rule, "They are old and slow")).isEmpty();
  }

  @Test
  void attribute_quotationInTheHeadlineParagraphs_isNotTheRules() {
    RuleFixture fixture = passage(0, 1, "They are old and slow");

    assertThat(fixture.apply(rule, "They are old and slow")).isEmpty();
  }

  @Test
  void attribute_quotationOfFewerThanFourWords_isNotTheRules() {
    RuleFixture fixture = passage(3, 1, "Too slow");

    assertThat(fixture.apply(rule, "Too slow")).isEmpty();
  }
}
