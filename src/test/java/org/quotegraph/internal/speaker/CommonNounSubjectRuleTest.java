package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.quotation;
import static org.quotegraph.internal.speaker.Copy.saidThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.EntityType;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;
import org.quotegraph.internal.speaker.ConfidenceTable.Modifier;

class CommonNounSubjectRuleTest {

  private final CommonNounSubjectRule rule = new CommonNounSubjectRule();

  @Test
  void attribute_pluralNoun_isANewGroupAtTheCommonNounConfidence() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "Officials/NNS", "bridge", "closed").build());

    Attribution found = fixture.apply(rule, "the bridge was closed").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Officials");
    assertThat(fixture.context.entities().type(found.entity().orElseThrow()))
        .isEqualTo(EntityType.GROUP);
    assertThat(found.rule()).isEqualTo(AttributionRule.EXPLICIT_SUBJECT);
    assertThat(found.confidence()).isEqualTo(Modifier.COMMON_NOUN.apply(
        Modifier.INDIRECT.apply(Basis.SPEECH_SUBJECT.confidence())));
  }

  @Test
  void attribute_organisationWord_isAnOrganisationNamedWithoutItsArticle() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "The/DT union/NN", "strike", "over").build());

    Attribution found = fixture.apply(rule, "the strike was over").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("union");
    assertThat(fixture.mention(found)).isEqualTo("The union");
    assertThat(fixture.context.entities().type(found.entity().orElseThrow()))
        .isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void attribute_quantityOfPeople_isTheGroupItCounts() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("Thousands/NNS of/IN residents/NNS said/VBD/O/say the/DT water/NN was/VBD "
            + "dirty/JJ ./.", "nsubj 3 0, case 2 1, nmod 0 2, root -1 3, det 5 4, nsubj 7 5, "
            + "cop 7 6, ccomp 3 7, punct 3 8")
        .build());

    Attribution found = fixture.apply(rule, "the water was dirty").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("residents");
    assertThat(fixture.mention(found)).isEqualTo("Thousands of residents");
  }

  @Test
  void attribute_subjectThatIsNoNoun_givesTheMentionWithoutAnEntity() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "Many/JJ", "vote", "rigged").build());

    Attribution found = fixture.apply(rule, "the vote was rigged").orElseThrow();

    assertThat(found.entity()).isEmpty();
    assertThat(fixture.mention(found)).isEqualTo("Many");
    assertThat(found.confidence()).isEqualTo(Modifier.NO_ENTITY.apply(
        Modifier.INDIRECT.apply(Basis.SPEECH_SUBJECT.confidence())));
  }

  @Test
  void attribute_quotationWithoutCue_isNotTheRules() {
    RuleFixture fixture = RuleFixture.of(
        quotation(new HandParsed(), "The court got it wrong").build());

    assertThat(fixture.apply(rule, "The court got it wrong")).isEmpty();
  }

  @Test
  void attribute_groupDescriptionWithACaveatAfterBut_isNamedWithoutTheCaveat() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("A/DT source/NN close/JJ to/IN the/DT talks/NNS but/CC unauthorized/JJ to/TO "
            + "speak/VB said/VBD/O/say the/DT port/NN was/VBD busy/JJ ./.", "det 1 0, nsubj 10 1, "
            + "amod 1 2, case 5 3, det 5 4, obl 2 5, cc 7 6, conj 2 7, mark 9 8, xcomp 7 9, "
            + "root -1 10, det 12 11, nsubj 14 12, cop 14 13, ccomp 10 14, punct 10 15")
        .build());

    Attribution found = fixture.apply(rule, "the port was busy").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("A source close to the talks");
  }

  @Test
  void attribute_subjectWithAPredeterminer_keepsItInTheMention() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("All/PDT those/DT involved/VBN said/VBD/O/say the/DT port/NN was/VBD busy/JJ ./.",
            "det:predet 1 0, nsubj 3 1, amod 1 2, root -1 3, det 5 4, nsubj 7 5, cop 7 6, "
            + "ccomp 3 7, punct 3 8")
        .build());

    Attribution found = fixture.apply(rule, "the port was busy").orElseThrow();

    assertThat(fixture.mention(found)).isEqualTo("All those involved");
  }
}
