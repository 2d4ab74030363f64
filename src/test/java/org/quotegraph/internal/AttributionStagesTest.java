package org.quotegraph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.AttributionScope;
import org.quotegraph.EntityType;
import org.quotegraph.QuoteKind;
import org.quotegraph.Entity;
import org.quotegraph.Extraction;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.nlp.ParsedText;

/**
 * The stages after the parse together (cues, statements, speakers, assembly), each attribution
 * rule on hand-parsed sentences, without the language models.
 */
class AttributionStagesTest {

  /** {@code “ We will appeal , ” said Marco Ruiz .} */
  private static final String SAID_RUIZ =
      "“/`` We/PRP will/MD appeal/VB ,/, ”/'' said/VBD/O/say Marco/NNP/PERSON Ruiz/NNP/PERSON ./.";
  private static final String SAID_RUIZ_ARCS = "punct 3 0, nsubj 3 1, aux 3 2, ccomp 6 3, "
      + "punct 3 4, punct 6 5, root -1 6, flat 8 7, nsubj 6 8, punct 6 9";

  private static Extraction extraction;

  private static List<Quote> attribute(ParsedText parsed) {
    return attribute(parsed, AttributionScope.SPEECH);
  }

  private static List<Quote> attribute(ParsedText parsed, AttributionScope scope) {
    extraction = Stages.run(parsed, scope).extraction();
    return extraction.quotes();
  }

  private static Quote statementWith(List<Quote> statements, ParsedText parsed, String words) {
    return statements.stream().filter(s -> s.content().of(parsed.text()).contains(words))
        .findFirst().orElseThrow(() -> new AssertionError("no statement with " + words
            + " in " + statements));
  }

  private static String speaker(Quote statement) {
    return extraction.speakerOf(statement).map(Entity::name).orElse(null);
  }

  private static Optional<EntityType> speakerType(Quote statement) {
    return extraction.speakerOf(statement).map(Entity::type);
  }

  @Test
  void attribute_quoteThenSaidName_isDirectByExplicitSubject() {
    ParsedText parsed = new HandParsed().sentence(SAID_RUIZ, SAID_RUIZ_ARCS).build();
    Quote statement = statementWith(attribute(parsed), parsed, "We will appeal");
    assertThat(statement.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(statement.rule()).isEqualTo(AttributionRule.EXPLICIT_SUBJECT);
    assertThat(speaker(statement)).isEqualTo("Marco Ruiz");
    assertThat(statement.cue().map(Mention::text)).contains("said");
  }

  @Test
  void attribute_pronoun_resolvesToTheLastSpeakerNotTheLastMentionedName() {
    ParsedText parsed = new HandParsed()
        .sentence(SAID_RUIZ, SAID_RUIZ_ARCS).paragraph()
        .sentence("Ruiz/NNP/PERSON praised/VBD Tom/NNP/PERSON Berg/NNP/PERSON ./.").paragraph()
        .sentence("He/PRP said/VBD/O/say the/DT ruling/NN was/VBD wrong/JJ ./.",
            "nsubj 1 0, root -1 1, det 3 2, nsubj 5 3, cop 5 4, ccomp 1 5, punct 1 6")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "the ruling was wrong");
    assertThat(statement.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(statement.rule()).isEqualTo(AttributionRule.PRONOUN);
    assertThat(speaker(statement)).isEqualTo("Marco Ruiz");
  }

  @Test
  void attribute_paragraphThatIsOnlyAQuote_continuesThePreviousSpeaker() {
    ParsedText parsed = new HandParsed()
        .sentence(SAID_RUIZ, SAID_RUIZ_ARCS).paragraph()
        .sentence("“/`` The/DT court/NN got/VBD it/PRP wrong/JJ ./. ”/''")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "The court got it wrong");
    assertThat(statement.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(statement.rule()).isEqualTo(AttributionRule.PARAGRAPH_CONTINUATION);
    assertThat(speaker(statement)).isEqualTo("Marco Ruiz");
  }

  @Test
  void attribute_shortQuoteWithNoCue_isAScareQuoteWithoutSpeaker() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT ship/NN was/VBD known/VBN as/IN the/DT “/`` iron/NN duke/NN ”/'' ./.")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "iron duke");
    assertThat(statement.kind()).isEqualTo(QuoteKind.SCARE);
    assertThat(statement.speakerId()).isEmpty();
    assertThat(statement.speakerMention()).isEmpty();
  }

  @Test
  void attribute_saidTheLetter_resolvesToTheLettersAuthor() {
    ParsedText parsed = new HandParsed()
        .sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON sent/VBD a/DT letter/NN ./.").paragraph()
        .sentence("“/`` We/PRP will/MD appeal/VB ,/, ”/'' said/VBD/O/say the/DT letter/NN ./.",
            "punct 3 0, nsubj 3 1, aux 3 2, ccomp 6 3, punct 3 4, punct 6 5, root -1 6, "
                + "det 8 7, nsubj 6 8, punct 6 9")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "We will appeal");
    assertThat(statement.rule()).isEqualTo(AttributionRule.DOCUMENT);
    assertThat(speaker(statement)).isEqualTo("Marco Ruiz");
    assertThat(statement.speakerMention().map(Mention::text)).contains("the letter");
  }

  @Test
  void attribute_description_resolvesToThePersonIntroducedWithThatTitle() {
    ParsedText parsed = new HandParsed()
        .sentence("Premier/NNP Ana/NNP/PERSON Holt/NNP/PERSON arrived/VBD ./.").paragraph()
        .sentence("The/DT premier/NN said/VBD/O/say the/DT talks/NNS failed/VBD ./.",
            "det 1 0, nsubj 2 1, root -1 2, det 4 3, nsubj 5 4, ccomp 2 5, punct 2 6")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "the talks failed");
    assertThat(statement.rule()).isEqualTo(AttributionRule.DESCRIPTION);
    assertThat(speaker(statement)).isEqualTo("Ana Holt");
  }

  @Test
  void attribute_accordingTo_givesTheRestOfTheSentenceToTheSource() {
    ParsedText parsed = new HandParsed()
        .sentence("According/VBG to/TO police/NNS ,/, the/DT man/NN fled/VBD ./.",
            "case 2 0, fixed 0 1, obl 6 2, punct 6 3, det 5 4, nsubj 6 5, root -1 6, punct 6 7")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "the man fled");
    assertThat(statement.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(statement.rule()).isEqualTo(AttributionRule.ACCORDING_TO);
    assertThat(statement.content().of(parsed.text())).isEqualTo("the man fled");
    assertThat(speakerType(statement)).contains(EntityType.GROUP);
    assertThat(statement.speakerMention().map(Mention::text)).contains("police");
  }

  @Test
  void attribute_partialQuoteInReportedClause_isMixedWithThePartialInside() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON said/VBD/O/say the/DT plan/NN was/VBD “/`` reckless/JJ ”/'' ./.",
            "nsubj 1 0, root -1 1, det 3 2, nsubj 6 3, cop 6 4, punct 6 5, ccomp 1 6, "
                + "punct 6 7, punct 1 8")
        .build();
    List<Quote> statements = attribute(parsed);
    Quote mixed = statementWith(statements, parsed, "the plan was");
    assertThat(mixed.kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(speaker(mixed)).isEqualTo("Ruiz");
    Quote partial = statements.stream().filter(s -> s.kind() == QuoteKind.PARTIAL)
        .findFirst().orElseThrow();
    assertThat(partial.partOf()).contains(mixed.id());
    assertThat(speaker(partial)).isEqualTo("Ruiz");
  }

  @Test
  void attribute_negatedReportingVerb_reportsNothing() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON did/VBD not/RB say/VB/O/say whether/IN talks/NNS failed/VBD ./.",
            "nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, mark 6 4, nsubj 6 5, ccomp 3 6, punct 3 7")
        .build();
    assertThat(attribute(parsed)).isEmpty();
  }

  @Test
  void attribute_cueEndingTheSentence_reportsTheClauseBeforeTheCommaWhateverTheParse() {
    ParsedText parsed = new HandParsed()
        .sentence("Being/VBG in/IN office/NN can/MD be/VB hard/JJ ,/, Lena/NNP/PERSON "
                + "Okafor/NNP/PERSON said/VBD/O/say ./.",
            "csubj 5 0, case 2 1, obl 0 2, aux 5 3, cop 5 4, advmod 9 5, punct 9 6, flat 8 7, "
                + "nsubj 9 8, root -1 9, punct 9 10")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "can be hard");
    assertThat(statement.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(statement.content().of(parsed.text())).isEqualTo("Being in office can be hard");
    assertThat(speaker(statement)).isEqualTo("Lena Okafor");
  }

  @Test
  void attribute_twoClausalComplements_reportsTheOneAfterTheVerb() {
    ParsedText parsed = new HandParsed()
        .sentence("During/IN the/DT war/NN ,/, which/WDT ended/VBD ,/, Ruiz/NNP/PERSON "
                + "says/VBZ/O/say he/PRP fled/VBD ./.",
            "case 2 0, det 2 1, obl 5 2, punct 5 3, nsubj 5 4, ccomp 8 5, punct 8 6, nsubj 8 7, "
                + "root -1 8, nsubj 10 9, ccomp 8 10, punct 8 11")
        .build();
    List<Quote> statements = attribute(parsed);
    assertThat(statements).extracting(s -> s.content().of(parsed.text())).containsExactly("he fled");
    assertThat(speaker(statements.get(0))).isEqualTo("Ruiz");
  }

  private static final String CRITICISED = "Ruiz/NNP/PERSON criticised/VBD/O/criticise the/DT "
      + "new/JJ plan/NN as/IN reckless/JJ ./.";
  private static final String CRITICISED_ARCS =
      "nsubj 1 0, root -1 1, det 4 2, amod 4 3, obj 1 4, case 6 5, obl 1 6, punct 1 7";

  @Test
  void attribute_stanceVerbWithObject_isNoStatementInTheSpeechScope() {
    ParsedText parsed = new HandParsed().sentence(CRITICISED, CRITICISED_ARCS).build();
    assertThat(attribute(parsed)).isEmpty();
  }

  @Test
  void attribute_stanceVerbWithObject_reportsObjectAndWhatOfItInTheBroadScope() {
    ParsedText parsed = new HandParsed().sentence(CRITICISED, CRITICISED_ARCS).build();
    List<Quote> statements = attribute(parsed, AttributionScope.BROAD);
    assertThat(statements).hasSize(1);
    assertThat(statements.get(0).content().of(parsed.text())).isEqualTo("the new plan as reckless");
    assertThat(speaker(statements.get(0))).isEqualTo("Ruiz");
    assertThat(statements.get(0).confidence()).isLessThan(0.9);
  }

  @Test
  void attribute_pronounAfterAPhotoCredit_isNotThePhotographer() {
    ParsedText parsed = new HandParsed()
        .sentence(SAID_RUIZ, SAID_RUIZ_ARCS).paragraph()
        .sentence("Tovi/NNP/PERSON Brandt/NNP/PERSON //SYM Wire/NNP Agency/NNP crowds/NNS "
            + "wait/VBP ./.", "flat 1 0, nsubj 6 1, punct 1 2, compound 4 3, appos 1 4, "
            + "nsubj 6 5, root -1 6, punct 6 7")
        .paragraph()
        .sentence("He/PRP said/VBD/O/say the/DT ruling/NN was/VBD wrong/JJ ./.",
            "nsubj 1 0, root -1 1, det 3 2, nsubj 5 3, cop 5 4, ccomp 1 5, punct 1 6")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "the ruling was wrong");
    assertThat(statement.rule()).isEqualTo(AttributionRule.PRONOUN);
    assertThat(speaker(statement)).isEqualTo("Marco Ruiz");
  }

  @Test
  void attribute_pronounBeforeTheOnlyNameInItsSentence_doesNotGiveThatNameAGender() {
    ParsedText parsed = new HandParsed()
        .sentence("Kesi/NNP/PERSON Lo/NNP/PERSON said/VBD/O/say the/DT vote/NN failed/VBD ./.",
            "flat 0 1, nsubj 2 0, root -1 2, det 4 3, nsubj 5 4, ccomp 2 5, punct 2 6")
        .paragraph()
        .sentence("After/IN she/PRP left/VBD ,/, Tavi/NNP/PERSON Rowe/NNP/PERSON spoke/VBD ./.",
            "mark 2 0, nsubj 2 1, advcl 6 2, punct 6 3, flat 4 5, nsubj 6 4, root -1 6, "
                + "punct 6 7")
        .paragraph()
        .sentence("He/PRP said/VBD/O/say the/DT plan/NN was/VBD dead/JJ ./.",
            "nsubj 1 0, root -1 1, det 3 2, nsubj 5 3, cop 5 4, ccomp 1 5, punct 1 6")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "the plan was dead");
    assertThat(speaker(statement)).isEqualTo("Tavi Rowe");
  }

  @Test
  void attribute_possessiveSpeakerPhrase_keepsThePossessorInTheName() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT school/NN 's/POS defenders/NNS said/VBD/O/say the/DT rules/NNS "
            + "were/VBD fair/JJ ./.", "det 1 0, nmod:poss 3 1, case 1 2, nsubj 4 3, root -1 4, "
            + "det 6 5, nsubj 8 6, cop 8 7, ccomp 4 8, punct 4 9")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "the rules were fair");
    assertThat(speaker(statement)).isEqualTo("school 's defenders");
    assertThat(speakerType(statement)).contains(EntityType.GROUP);
  }

  @Test
  void attribute_surnameTaggedAsACommonNoun_isThePersonOfThatSurname() {
    ParsedText parsed = new HandParsed()
        .sentence("Tim/NNP/PERSON Guest/NNP/PERSON runs/VBZ the/DT clinic/NN ./.").paragraph()
        .sentence("Guest/NN said/VBD/O/say the/DT wait/NN was/VBD long/JJ ./.",
            "nsubj 1 0, root -1 1, det 3 2, nsubj 5 3, cop 5 4, ccomp 1 5, punct 1 6")
        .build();
    Quote statement = statementWith(attribute(parsed), parsed, "the wait was long");
    assertThat(statement.rule()).isEqualTo(AttributionRule.EXPLICIT_SUBJECT);
    assertThat(speaker(statement)).isEqualTo("Tim Guest");
  }
}
