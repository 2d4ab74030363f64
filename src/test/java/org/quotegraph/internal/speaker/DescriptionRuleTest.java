package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.saidThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

class DescriptionRuleTest {

  private final DescriptionRule rule = new DescriptionRule();

  /** An organisation opens a pit; {@code paragraphsBetween} paragraphs; "the company" speaks. */
  private static RuleFixture companyAfter(int paragraphsBetween) {
    HandParsed text = new HandParsed().sentence(
        "Kestrel/NNP/ORGANIZATION Mining/NNP/ORGANIZATION opened/VBD a/DT pit/NN ./.").paragraph();
    for (int i = 0; i < paragraphsBetween; i++) {
      text.sentence("The/DT rain/NN fell/VBD ./.").paragraph();
    }
    return RuleFixture.of(saidThat(text, "The/DT company/NN", "pit", "safe").build());
  }

  @Test
  void attribute_titleGivenEarlierToAPerson_isThatPerson() {
    HandParsed text = new HandParsed()
        .sentence("Premier/NNP Ana/NNP/PERSON Holt/NNP/PERSON arrived/VBD ./.").paragraph()
        .sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON greeted/VBD the/DT crowd/NN ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "The/DT premier/NN", "deal", "off")
        .build());

    Attribution found = fixture.apply(rule, "the deal was off").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Ana Holt");
    assertThat(fixture.mention(found)).isEqualTo("The premier");
    assertThat(found.rule()).isEqualTo(AttributionRule.DESCRIPTION);
    assertThat(found.confidence()).isEqualTo(Basis.TITLED_PERSON.confidence());
  }

  @Test
  void attribute_theCompanyFourParagraphsAfterAnOrganisation_isThatOrganisation() {
    RuleFixture fixture = companyAfter(3);

    Attribution found = fixture.apply(rule, "the pit was safe").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Kestrel Mining");
    assertThat(found.rule()).isEqualTo(AttributionRule.DESCRIPTION);
    assertThat(found.confidence()).isEqualTo(Basis.DEFINITE_REFERENT.confidence());
  }

  @Test
  void attribute_theUtilityAfterAnOrganisation_isThatOrganisation() {
    HandParsed text = new HandParsed().sentence(
        "Coast/NNP/ORGANIZATION Power/NNP/ORGANIZATION cut/VBD the/DT lines/NNS ./.").paragraph();
    RuleFixture fixture =
        RuleFixture.of(saidThat(text, "The/DT utility/NN", "grid", "safe").build());

    assertThat(fixture.apply(rule, "the grid was safe").map(fixture::speaker))
        .contains("Coast Power");
  }

  @Test
  void attribute_theCompanyFiveParagraphsAfterAnOrganisation_isNotTheRules() {
    RuleFixture fixture = companyAfter(4);

    assertThat(fixture.apply(rule, "the pit was safe")).isEmpty();
  }

  @Test
  void attribute_descriptionOfNoKnownTitle_isThePersonTheStoryIsAbout() {
    HandParsed text = new HandParsed()
        .sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON joined/VBD the/DT team/NN ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(
        saidThat(text, "The/DT rookie/JJ defenceman/NN", "game", "rough").build());

    Attribution found = fixture.apply(rule, "the game was rough").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(fixture.mention(found)).isEqualTo("The rookie defenceman");
    assertThat(found.confidence()).isEqualTo(Basis.LATEST_PERSON.confidence());
  }

  @Test
  void attribute_pluralDescription_isNotTheRules() {
    HandParsed text = new HandParsed()
        .sentence("Premier/NNP Ana/NNP/PERSON Holt/NNP/PERSON arrived/VBD ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "The/DT premiers/NNS", "deal", "off")
        .build());

    assertThat(fixture.apply(rule, "the deal was off")).isEmpty();
  }

  @Test
  void attribute_descriptionWhoseArticleTheParserHungOnASplitModifier_isThePersonTheStoryIsAbout() {
    HandParsed text = new HandParsed()
        .sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON joined/VBD the/DT team/NN ./.").paragraph()
        .sentence("The/DT lanky/NN ,/, bespectacled/JJ professor/NN said/VBD/O/say the/DT game/NN"
            + " was/VBD rough/JJ ./.", "det 1 0, nsubj 5 1, punct 5 2, amod 4 3, nsubj 5 4,"
            + " root -1 5, det 7 6, nsubj 9 7, cop 9 8, ccomp 5 9, punct 5 10");
    RuleFixture fixture = RuleFixture.of(text.build());

    Attribution found = fixture.apply(rule, "the game was rough").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(found.confidence()).isEqualTo(Basis.LATEST_PERSON.confidence());
  }
}
