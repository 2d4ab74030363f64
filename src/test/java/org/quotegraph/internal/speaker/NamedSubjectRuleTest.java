package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.quoteThenSaid;
import static org.quotegraph.internal.speaker.Copy.saidThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.EntityType;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;
import org.quotegraph.internal.speaker.ConfidenceTable.Modifier;

class NamedSubjectRuleTest {

  private final NamedSubjectRule rule = new NamedSubjectRule();

  @Test
  void attribute_nameAfterTheVerb_isTheSpeakerByExplicitSubject() {
    RuleFixture fixture = RuleFixture.of(quoteThenSaid(new HandParsed(), "We will appeal",
        "Marco/NNP/PERSON Ruiz/NNP/PERSON").build());

    Attribution found = fixture.apply(rule, "We will appeal").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(fixture.mention(found)).isEqualTo("Marco Ruiz");
    assertThat(found.rule()).isEqualTo(AttributionRule.EXPLICIT_SUBJECT);
    assertThat(found.confidence()).isEqualTo(Basis.SPEECH_SUBJECT.confidence());
  }

  @Test
  void attribute_relativePronounSubject_mentionRunsFromTheNameToThePronoun() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON ,/, who/WP said/VBD/O/say the/DT port/NN "
            + "was/VBD empty/JJ ,/, left/VBD ./.", "compound 1 0, nsubj 10 1, punct 1 2, "
            + "nsubj 4 3, acl:relcl 1 4, det 6 5, nsubj 8 6, cop 8 7, ccomp 4 8, punct 1 9, "
            + "root -1 10, punct 10 11")
        .build());

    Attribution found = fixture.apply(rule, "the port was empty").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(fixture.mention(found)).isEqualTo("Marco Ruiz , who");
  }

  @Test
  void attribute_accordingToAName_isReportedAsAccordingToAtTheIndirectConfidence() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("According/VBG to/TO Ana/NNP/PERSON Holt/NNP/PERSON ,/, the/DT port/NN "
            + "closed/VBD ./.", "case 3 0, fixed 0 1, flat 3 2, obl 7 3, punct 7 4, det 6 5, "
            + "nsubj 7 6, root -1 7, punct 7 8")
        .build());

    Attribution found = fixture.apply(rule, "the port closed").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Ana Holt");
    assertThat(found.rule()).isEqualTo(AttributionRule.ACCORDING_TO);
    assertThat(found.confidence())
        .isEqualTo(Modifier.INDIRECT.apply(Basis.ACCORDING_TO.confidence()));
  }

  @Test
  void attribute_descriptionBeforeAName_isTheNameNotTheDescription() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("The/DT aid/NN group/NN Nordhjem/NNP/ORGANIZATION said/VBD/O/say the/DT "
            + "port/NN was/VBD busy/JJ ./.", "det 2 0, compound 2 1, nsubj 4 2, appos 2 3, "
            + "root -1 4, det 6 5, nsubj 8 6, cop 8 7, ccomp 4 8, punct 4 9")
        .build());

    Attribution found = fixture.apply(rule, "the port was busy").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Nordhjem");
    assertThat(fixture.mention(found)).isEqualTo("Nordhjem");
    assertThat(found.rule()).isEqualTo(AttributionRule.EXPLICIT_SUBJECT);
  }

  @Test
  void attribute_capitalisedNameTheTaggerMissed_becomesANewPerson() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "Tovi/NNP Brandt/NNP", "port", "busy").build());
    int known = fixture.context.entities().size();

    Attribution found = fixture.apply(rule, "the port was busy").orElseThrow();

    assertThat(found.entity()).contains(known);
    assertThat(fixture.speaker(found)).isEqualTo("Tovi Brandt");
    assertThat(fixture.context.entities().type(known)).isEqualTo(EntityType.PERSON);
    assertThat(fixture.table.entities()).isEmpty();
  }

  @Test
  void attribute_titleAloneTheTaggerMissed_isAGroupThatDescribesItsSpeaker() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "Senator/NNP", "bridge", "safe").build());
    int known = fixture.context.entities().size();

    Attribution found = fixture.apply(rule, "the bridge was safe").orElseThrow();

    assertThat(found.entity()).contains(known);
    assertThat(fixture.context.entities().type(known)).isEqualTo(EntityType.GROUP);
  }

  @Test
  void attribute_commonNounOpeningTheSentenceAndInLowerCaseElsewhere_isAGroupNotAPerson() {
    HandParsed text = new HandParsed()
        .sentence("The/DT survey/NN ended/VBD ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "Survey/NNP", "race", "close").build());
    int known = fixture.context.entities().size();

    Attribution found = fixture.apply(rule, "the race was close").orElseThrow();

    assertThat(found.entity()).contains(known);
    assertThat(fixture.context.entities().type(known)).isEqualTo(EntityType.GROUP);
  }

  @Test
  void attribute_brandInCamelCaseTheTaggerMissed_isAnOrganisation() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "ClaimCheck/NNP", "figure", "wrong").build());
    int known = fixture.context.entities().size();

    Attribution found = fixture.apply(rule, "the figure was wrong").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("ClaimCheck");
    assertThat(fixture.context.entities().type(known)).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void attribute_surnameTaggedAsAnOrganisation_isThePersonOfThatSurname() {
    HandParsed text = new HandParsed()
        .sentence("Ana/NNP/PERSON Ford/NNP/PERSON opened/VBD the/DT plant/NN ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(
        saidThat(text, "Ford/NNP/ORGANIZATION", "plant", "safe").build());
    assertThat(fixture.entity("Ford")).isNotEqualTo(fixture.entity("Ana Ford"));

    Attribution found = fixture.apply(rule, "the plant was safe").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Ana Ford");
  }

  @Test
  void attribute_nameAfterTheTheTaggerMissed_isAnOrganisationNotThePersonOfThatSurname() {
    HandParsed text = new HandParsed()
        .sentence("Rita/NNP/PERSON Ledger/NNP/PERSON opened/VBD the/DT pier/NN ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(
        saidThat(text, "the/DT Ledger/NNP", "pier", "unsafe").build());
    int known = fixture.context.entities().size();

    Attribution found = fixture.apply(rule, "the pier was unsafe").orElseThrow();

    assertThat(found.entity()).contains(known);
    assertThat(fixture.speaker(found)).isEqualTo("Ledger");
    assertThat(fixture.context.entities().type(known)).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void attribute_nameAfterTheTaggedAsAnOrganisation_isNotThePersonOfThatSurname() {
    HandParsed text = new HandParsed()
        .sentence("Rita/NNP/PERSON Ledger/NNP/PERSON opened/VBD the/DT pier/NN ./.")
        .paragraph();
    RuleFixture fixture = RuleFixture.of(
        saidThat(text, "the/DT Ledger/NNP/ORGANIZATION", "pier", "unsafe").build());

    Attribution found = fixture.apply(rule, "the pier was unsafe").orElseThrow();

    assertThat(found.entity()).contains(fixture.entity("Ledger"));
    assertThat(fixture.speaker(found)).isEqualTo("Ledger");
  }

  @Test
  void attribute_articleTaggedAsPartOfAName_isLeftOutAndTheNameIsAnOrganisation() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "The/NNP Harbour/NNP Star/NNP", "pier", "unsafe").build());
    int known = fixture.context.entities().size();

    Attribution found = fixture.apply(rule, "the pier was unsafe").orElseThrow();

    assertThat(found.entity()).contains(known);
    assertThat(fixture.speaker(found)).isEqualTo("Harbour Star");
    assertThat(fixture.context.entities().type(known)).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void attribute_surnameTaggedAsACommonNoun_isThePersonOfThatSurname() {
    HandParsed text = new HandParsed()
        .sentence("Tim/NNP/PERSON Guest/NNP/PERSON runs/VBZ the/DT clinic/NN ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "Guest/NN", "wait", "long").build());

    Attribution found = fixture.apply(rule, "the wait was long").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Tim Guest");
    assertThat(fixture.mention(found)).isEqualTo("Guest");
  }

  @Test
  void attribute_capitalisedCommonNounNoOneIsNamed_isNotTheRules() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "Officials/NNS", "bridge", "closed").build());

    assertThat(fixture.apply(rule, "the bridge was closed")).isEmpty();
  }

  @Test
  void attribute_pronounSubject_isNotTheRules() {
    HandParsed text = saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "port",
        "busy").paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "He/PRP", "dock", "old").build());

    assertThat(fixture.apply(rule, "the dock was old")).isEmpty();
  }

  @Test
  void attribute_twoNamesJoinedByAnd_isTheTwoAsOneGroup() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("Ana/NNP/PERSON Holt/NNP/PERSON and/CC Tom/NNP/PERSON Berg/NNP/PERSON"
            + " said/VBD/O/say the/DT port/NN was/VBD busy/JJ ./.", "flat 1 0, nsubj 5 1, cc 4 2,"
            + " flat 4 3, conj 1 4, root -1 5, det 7 6, nsubj 9 7, cop 9 8, ccomp 5 9, punct 5 10")
        .build());

    Attribution found = fixture.apply(rule, "the port was busy").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Ana Holt and Tom Berg");
    assertThat(fixture.context.entities().type(found.entity().orElseThrow()))
        .isEqualTo(EntityType.GROUP);
    assertThat(fixture.mention(found)).isEqualTo("Ana Holt and Tom Berg");
    assertThat(found.rule()).isEqualTo(AttributionRule.EXPLICIT_SUBJECT);
  }

  @Test
  void attribute_hyphenatedNameTheTaggerMissed_keepsThePartBeforeTheHyphen() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "al/NNP -/HYPH Rahma/NNP", "port", "busy").build());

    Attribution found = fixture.apply(rule, "the port was busy").orElseThrow();

    // hand-parsed text puts a space between tokens; the tagger's text keeps "al-Rahma"
    assertThat(fixture.speaker(found)).isEqualTo("al - Rahma");
  }

  @Test
  void attribute_accordingToATitleNamingAnOrganisation_isThePersonNotTheOrganisation() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("According/VBG to/TO former/JJ Bank/NNP/ORGANIZATION of/IN/ORGANIZATION "
            + "Canada/NNP/ORGANIZATION governor/NN Ana/NNP/PERSON Holt/NNP/PERSON ,/, the/DT "
            + "port/NN closed/VBD ./.", "case 3 0, fixed 0 1, amod 3 2, obl 12 3, case 5 4, "
            + "nmod 3 5, compound 8 6, flat 8 7, dep 3 8, punct 12 9, det 11 10, nsubj 12 11, "
            + "root -1 12, punct 12 13")
        .build());

    Attribution found = fixture.apply(rule, "the port closed").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Ana Holt");
    assertThat(found.rule()).isEqualTo(AttributionRule.ACCORDING_TO);
  }

  @Test
  void attribute_surnameTaggedAsAnInterjectionAfterADescription_isThePersonOfThatSurname() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("Sandra/NNP/PERSON Oh/NNP/PERSON won/VBD ./.", "flat 1 0, nsubj 2 1, "
            + "root -1 2, punct 2 3")
        .sentence("Canadian/JJ actor/NN Oh/UH said/VBD/O/say the/DT port/NN was/VBD busy/JJ ./.",
            "amod 1 0, nsubj 3 1, discourse 3 2, root -1 3, det 5 4, nsubj 7 5, cop 7 6, "
            + "ccomp 3 7, punct 3 8")
        .build());

    Attribution found = fixture.apply(rule, "the port was busy").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Sandra Oh");
    assertThat(fixture.mention(found)).isEqualTo("Oh");
  }
}
