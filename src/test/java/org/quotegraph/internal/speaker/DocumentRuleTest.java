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

  /** {@code PHRASE said the plant would close .}, the phrase's tokens and arcs given. */
  private static RuleFixture documentSaid(HandParsed before, String phrase, String phraseArcs,
      int said) {
    String arcs = phraseArcs + ", root -1 " + said + ", det " + (said + 2) + " " + (said + 1)
        + ", nsubj " + (said + 4) + " " + (said + 2) + ", aux " + (said + 4) + " " + (said + 3)
        + ", ccomp " + said + " " + (said + 4) + ", punct " + said + " " + (said + 5);
    return RuleFixture.of(before.sentence(phrase
        + " said/VBD/O/say the/DT plant/NN would/MD close/VB ./.", arcs).build());
  }

  @Test
  void attribute_documentFromAnOrganisation_isTheOrganisations() {
    RuleFixture fixture = documentSaid(new HandParsed(),
        "A/DT statement/NN from/IN the/DT union/NN",
        "det 1 0, nsubj 5 1, case 4 2, det 4 3, nmod 1 4", 5);

    Attribution found = fixture.apply(rule, "the plant would close").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("union");
    assertThat(fixture.mention(found)).isEqualTo("A statement from the union");
    assertThat(found.confidence()).isEqualTo(Basis.DOCUMENT.confidence());
  }

  @Test
  void attribute_documentFiledByAnOrganisation_isTheOrganisations() {
    RuleFixture fixture = documentSaid(new HandParsed(),
        "The/DT complaint/NN ,/, filed/VBN by/IN the/DT union/NN ,/,",
        "det 1 0, nsubj 8 1, punct 1 2, acl 1 3, case 6 4, det 6 5, obl 3 6, punct 1 7", 8);

    Attribution found = fixture.apply(rule, "the plant would close").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("union");
  }

  @Test
  void attribute_documentOfANamedPossessor_isThePossessors() {
    HandParsed before = new HandParsed()
        .sentence("Dana/NNP/PERSON Whitfield/NNP/PERSON sent/VBD a/DT letter/NN ./.")
        .paragraph();
    RuleFixture fixture = documentSaid(before,
        "Marco/NNP/PERSON Ruiz/NNP/PERSON 's/POS report/NN",
        "flat 1 0, nmod:poss 3 1, case 1 2, nsubj 4 3", 4);

    Attribution found = fixture.apply(rule, "the plant would close").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(fixture.mention(found)).isEqualTo("Marco Ruiz 's report");
  }

  @Test
  void attribute_documentOfAPossessivePronoun_isThePronounsReferent() {
    HandParsed before = new HandParsed()
        .sentence("Ana/NNP/PERSON Holt/NNP/PERSON spoke/VBD first/RB ./.").paragraph();
    RuleFixture fixture = documentSaid(before, "Her/PRP$ statement/NN",
        "nmod:poss 1 0, nsubj 2 1", 2);

    Attribution found = fixture.apply(rule, "the plant would close").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Ana Holt");
  }

  @Test
  void attribute_documentWithAnUnnamedSource_looksBackForItsAuthor() {
    HandParsed before = new HandParsed()
        .sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON sent/VBD a/DT letter/NN ./.").paragraph();
    RuleFixture fixture = documentSaid(before, "The/DT letter/NN from/IN the/DT lake/NN",
        "det 1 0, nsubj 5 1, case 4 2, det 4 3, nmod 1 4", 5);

    Attribution found = fixture.apply(rule, "the plant would close").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(fixture.mention(found)).isEqualTo("The letter");
  }

  @Test
  void attribute_documentOfASurnameTheTaggerMissed_isThatPersons() {
    HandParsed before = new HandParsed()
        .sentence("Cecil/NNP/PERSON Foster/NNP/PERSON spoke/VBD first/RB ./.").paragraph();
    RuleFixture fixture = documentSaid(before, "Foster/NNP 's/POS report/NN",
        "nmod:poss 2 0, case 0 1, nsubj 3 2", 3);

    Attribution found = fixture.apply(rule, "the plant would close").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Cecil Foster");
  }

  @Test
  void attribute_documentCompoundedWithANameTheTaggerMissedThere_isThatNamesOrganisation() {
    HandParsed before = new HandParsed()
        .sentence("Civic/NNP/ORGANIZATION Forum/NNP/ORGANIZATION met/VBD ./.").paragraph();
    RuleFixture fixture = documentSaid(before, "The/DT Civic/NNP Forum/NNP study/NN",
        "det 3 0, compound 2 1, compound 3 2, nsubj 4 3", 4);

    Attribution found = fixture.apply(rule, "the plant would close").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Civic Forum");
    assertThat(fixture.mention(found)).isEqualTo("The Civic Forum study");
  }

  @Test
  void attribute_documentReleasedByAnOrganisationInARelativeClause_isTheOrganisations() {
    RuleFixture fixture = documentSaid(new HandParsed(),
        "A/DT study/NN which/WDT was/VBD released/VBN by/IN the/DT union/NN",
        "det 1 0, nsubj 8 1, nsubj:pass 4 2, aux:pass 4 3, acl:relcl 1 4, case 7 5, det 7 6,"
            + " obl 4 7", 8);

    Attribution found = fixture.apply(rule, "the plant would close").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("union");
  }

  @Test
  void attribute_documentWhoseEarlierMentionNamedItsAuthor_isThatAuthors() {
    HandParsed before = new HandParsed()
        .sentence("Ana/NNP/PERSON Holt/NNP/PERSON spoke/VBD first/RB ./.")
        .sentence("The/DT rain/NN fell/VBD ,/, according/VBG to/IN Marco/NNP/PERSON "
            + "Ruiz/NNP/PERSON 's/POS study/NN ./.",
            "det 1 0, nsubj 2 1, root -1 2, punct 2 3, case 9 4, fixed 4 5, flat 7 6,"
                + " nmod:poss 9 7, case 7 8, obl 2 9, punct 2 10")
        .paragraph();
    RuleFixture fixture = documentSaid(before, "The/DT study/NN", "det 1 0, nsubj 2 1", 2);

    Attribution found = fixture.apply(rule, "the plant would close").orElseThrow();

    assertThat(fixture.speaker(found)).isEqualTo("Marco Ruiz");
    assertThat(fixture.mention(found)).isEqualTo("The study");
  }
}
