package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.internal.speaker.Copy.saidThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

class PronounRuleTest {

  private final PronounRule rule = new PronounRule();

  @Test
  void attribute_he_skipsANameMerelyMentionedForTheLastSpeaker() {
    HandParsed text = saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "ruling",
        "unfair").paragraph()
        .sentence("Crowds/NNS cheered/VBD Tom/NNP/PERSON Berg/NNP/PERSON ./.").paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "He/PRP", "appeal", "likely").build());

    Attribution found = fixture.apply(rule, "the appeal was likely").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(fixture.mention(found)).isEqualTo("He");
    assertThat(found.rule()).isEqualTo(AttributionRule.PRONOUN);
    assertThat(found.confidence()).isEqualTo(Basis.PRONOUN.confidence());
  }

  @Test
  void attribute_she_skipsALaterSpeakerOfTheOtherGender() {
    HandParsed text = saidThat(new HandParsed(), "Ana/NNP/PERSON Holt/NNP/PERSON", "port", "busy")
        .paragraph();
    saidThat(text, "Mark/NNP/PERSON Osei/NNP/PERSON", "dock", "old").paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "She/PRP", "crane", "broken").build());

    Attribution found = fixture.apply(rule, "the crane was broken").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Ana Holt");
  }

  @Test
  void attribute_he_takesTheLaterSpeakerOfHisGender() {
    HandParsed text = saidThat(new HandParsed(), "Ana/NNP/PERSON Holt/NNP/PERSON", "port", "busy")
        .paragraph();
    saidThat(text, "Mark/NNP/PERSON Osei/NNP/PERSON", "dock", "old").paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "He/PRP", "crane", "broken").build());

    assertThat(fixture.apply(rule, "the crane was broken").map(fixture::speaker))
        .contains("Mark Osei");
  }

  @Test
  void attribute_they_takesAnOrganisationNotALaterPerson() {
    HandParsed text = saidThat(new HandParsed(),
        "Kestrel/NNP/ORGANIZATION Mining/NNP/ORGANIZATION", "pit", "safe").paragraph();
    saidThat(text, "Mark/NNP/PERSON Osei/NNP/PERSON", "dock", "old").paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "They/PRP", "mine", "closed").build());

    Attribution found = fixture.apply(rule, "the mine was closed").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Kestrel Mining");
    assertThat(found.rule()).isEqualTo(AttributionRule.PRONOUN);
  }

  @Test
  void attribute_pronounWithNobodyBefore_isUnresolvedAtALowerConfidence() {
    RuleFixture fixture =
        RuleFixture.of(saidThat(new HandParsed(), "He/PRP", "port", "busy").build());

    Attribution found = fixture.apply(rule, "the port was busy").orElseThrow();

    assertThat(found.entity()).isEmpty();
    assertThat(fixture.mention(found)).isEqualTo("He");
    assertThat(found.rule()).isEqualTo(AttributionRule.PRONOUN);
    assertThat(found.confidence()).isEqualTo(Basis.UNRESOLVED_PRONOUN.confidence())
        .isLessThan(Basis.PRONOUN.confidence());
  }

  @Test
  void attribute_personOfUnknownGender_learnsThePronounsGender() {
    HandParsed text = saidThat(new HandParsed(), "Kesi/NNP/PERSON Lo/NNP/PERSON", "port", "busy")
        .paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "She/PRP", "crane", "broken").build());
    int kesi = fixture.entity("Kesi Lo");
    assertThat(fixture.context.entities().gender(kesi)).isEqualTo(Gender.UNKNOWN);

    Attribution found = fixture.apply(rule, "the crane was broken").orElseThrow();

    assertThat(found.entity()).contains(kesi);
    assertThat(fixture.context.entities().gender(kesi)).isEqualTo(Gender.FEMALE);
  }

  @Test
  void attribute_namedSubject_isNotThePronounRules() {
    RuleFixture fixture = RuleFixture.of(
        saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "port", "busy").build());

    assertThat(fixture.apply(rule, "the port was busy")).isEmpty();
  }

  @Test
  void attribute_he_afterABystandersRelativeSpoke_isNotTheBystander() {
    HandParsed text = saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "ruling",
        "unfair").paragraph()
        .sentence("Tom/NNP/PERSON Berg/NNP/PERSON 's/POS brother/NN spoke/VBD next/RB ./.")
        .paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "He/PRP", "door", "open").build());

    assertThat(fixture.apply(rule, "the door was open").map(fixture::speaker))
        .contains("Marco Ruiz");
  }

  @Test
  void attribute_he_afterANameOwningAThing_isThatName() {
    HandParsed text = saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "ruling",
        "unfair").paragraph()
        .sentence("Tom/NNP/PERSON Berg/NNP/PERSON 's/POS plan/NN failed/VBD ./.")
        .paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "He/PRP", "door", "open").build());

    assertThat(fixture.apply(rule, "the door was open").map(fixture::speaker))
        .contains("Tom Berg");
  }

  @Test
  void attribute_he_afterASentenceClosedByAName_isThatName() {
    HandParsed text = saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "ruling",
        "unfair").paragraph()
        .sentence("Dock/NN workers/NNS made/VBD the/DT port/NN safer/JJR ,/, Tom/NNP/PERSON"
            + " Berg/NNP/PERSON believes/VBZ ./.")
        .paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "He/PRP", "door", "open").build());

    assertThat(fixture.apply(rule, "the door was open").map(fixture::speaker))
        .contains("Tom Berg");
  }

  @Test
  void attribute_she_afterAnOpeningParticiple_isTheSubjectAfterIt() {
    HandParsed text = saidThat(new HandParsed(), "Lisa/NNP/PERSON Moss/NNP/PERSON", "port",
        "busy").paragraph()
        .sentence("Given/VBN her/PRP$ stated/VBN views/NNS ,/, Ana/NNP/PERSON Holt/NNP/PERSON"
            + " is/VBZ hopeful/JJ ./.")
        .paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "She/PRP", "crane", "broken").build());

    assertThat(fixture.apply(rule, "the crane was broken").map(fixture::speaker))
        .contains("Ana Holt");
  }

  @Test
  void attribute_heInsideAnotherSubjectsSentence_isNotThatSubject() {
    HandParsed text = saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "ruling",
        "unfair").paragraph()
        .sentence("Tom/NNP/PERSON Berg/NNP/PERSON ,/, he/PRP said/VBD/O/say ,/, knows/VBZ"
            + " the/DT port/NN ./.", "flat 1 0, nsubj 6 1, punct 4 2, nsubj 4 3, parataxis 6 4,"
            + " punct 4 5, root -1 6, det 8 7, obj 6 8, punct 6 9");
    RuleFixture fixture = RuleFixture.of(text.build());

    assertThat(fixture.apply(rule, "knows the port").map(fixture::speaker))
        .contains("Marco Ruiz");
  }

  @Test
  void attribute_he_afterAPhotoCaption_isNotThePersonItShows() {
    HandParsed text = saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "ruling",
        "unfair").paragraph()
        .sentence("Tom/NNP/PERSON Berg/NNP/PERSON looks/VBZ at/IN a/DT photo/NN ./. (/-LRB-"
            + " FILE/NN PHOTO/NN )/-RRB-")
        .paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "He/PRP", "door", "open").build());

    assertThat(fixture.apply(rule, "the door was open").map(fixture::speaker))
        .contains("Marco Ruiz");
  }

  @Test
  void attribute_he_afterANameThatFollowsAPreposition_isNotThatName() {
    HandParsed text = saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "ruling",
        "unfair").paragraph()
        .sentence("Unlike/IN Tom/NNP/PERSON Berg/NNP/PERSON ,/, he/PRP found/VBD no/DT work/NN ./.")
        .paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "He/PRP", "door", "open").build());

    assertThat(fixture.apply(rule, "the door was open").map(fixture::speaker))
        .contains("Marco Ruiz");
  }

  @Test
  void attribute_he_afterASentenceOpeningWithForAndAName_isThatName() {
    HandParsed text = saidThat(new HandParsed(), "Marco/NNP/PERSON Ruiz/NNP/PERSON", "ruling",
        "unfair").paragraph()
        .sentence("For/IN Tom/NNP/PERSON Berg/NNP/PERSON ,/, Friday/NNP is/VBZ the/DT day/NN ./.")
        .paragraph();
    RuleFixture fixture = RuleFixture.of(saidThat(text, "He/PRP", "door", "open").build());

    assertThat(fixture.apply(rule, "the door was open").map(fixture::speaker))
        .contains("Tom Berg");
  }

  @Test
  void attribute_they_afterAPluralSubjectOfItsOwnSentence_isThatGroup() {
    HandParsed text = saidThat(new HandParsed(),
        "Kestrel/NNP/ORGANIZATION Mining/NNP/ORGANIZATION", "pit", "safe").paragraph()
        .sentence("Senators/NNS are/VBP eager/JJ ,/, and/CC they/PRP said/VBD/O/say the/DT"
            + " deal/NN was/VBD off/JJ ./.", "nsubj 2 0, cop 2 1, root -1 2, punct 6 3, cc 6 4,"
            + " nsubj 6 5, conj 2 6, det 8 7, nsubj 10 8, cop 10 9, ccomp 6 10, punct 2 11");
    RuleFixture fixture = RuleFixture.of(text.build());

    Attribution found = fixture.apply(rule, "the deal was off").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Senators");
    assertThat(fixture.mention(found)).isEqualTo("they");
  }
}
