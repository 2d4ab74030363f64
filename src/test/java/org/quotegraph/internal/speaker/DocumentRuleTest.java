package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.quoteThenSaid;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

class DocumentRuleTest {

  private final DocumentRule rule = new DocumentRule();

  /** A sentence that sends a letter, {@code sentencesBetween} sentences, then the letter speaks. */
  private static RuleFixture letterAfter(int sentencesBetween) {
    HandParsed text = new HandParsed()
        .sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON sent/VBD a/DT letter/NN ./.");
    for (int i = 0; i < sentencesBetween; i++) {
      text.sentence("The/DT rain/NN fell/VBD ./.");
    }
    return RuleFixture.of(quoteThenSaid(text.paragraph(), "We will appeal", "the/DT letter/NN")
        .build());
  }

  @Test
  void attribute_documentSentEarlier_isItsAuthors() {
    RuleFixture fixture = letterAfter(0);

    Attribution found = fixture.apply(rule, "We will appeal").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(fixture.mention(found)).isEqualTo("the letter");
    assertThat(found.rule()).isEqualTo(AttributionRule.DOCUMENT);
    assertThat(found.confidence()).isEqualTo(Basis.DOCUMENT.confidence());
  }

  @Test
  void attribute_authorTwelveSentencesBack_isFound() {
    RuleFixture fixture = letterAfter(11);

    assertThat(fixture.apply(rule, "We will appeal").map(fixture::speaker))
        .contains("Marco Ruiz");
  }

  @Test
  void attribute_noAuthorInTheTwelveSentencesBefore_isUnauthoredAtALowerConfidence() {
    RuleFixture fixture = letterAfter(12);

    Attribution found = fixture.apply(rule, "We will appeal").orElseThrow();

    assertThat(found.entity()).isEmpty();
    assertThat(fixture.mention(found)).isEqualTo("the letter");
    assertThat(found.rule()).isEqualTo(AttributionRule.DOCUMENT);
    assertThat(found.confidence()).isEqualTo(Basis.UNAUTHORED_DOCUMENT.confidence())
        .isLessThan(Basis.DOCUMENT.confidence());
  }

  @Test
  void attribute_subjectThatIsNoDocument_isNotTheRules() {
    HandParsed text = new HandParsed()
        .sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON sent/VBD a/DT letter/NN ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(
        quoteThenSaid(text, "We will appeal", "the/DT minister/NN").build());

    assertThat(fixture.apply(rule, "We will appeal")).isEmpty();
  }
}
