package org.quotegraph.internal.cue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionScope;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.TaggedText;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuoteFinder;
import org.quotegraph.internal.quote.QuoteMask;

class CueFinderTest {

  /** {@code “ We will appeal , ”}: tokens 0 to 5 of the inversion sentences below. */
  private static final String QUOTE = "“/`` We/PRP will/MD appeal/VB ,/, ”/''";

  private static IntPredicate toParse(HandParsed text, AttributionScope scope) {
    TaggedText tagged = text.buildTagged();
    return new CueFinder(scope).sentencesToParse(tagged,
        new QuoteMask(new QuoteFinder().find(tagged.text())));
  }

  private static IntPredicate toParse(HandParsed text) {
    return toParse(text, AttributionScope.SPEECH);
  }

  private static List<Cue> find(ParsedText parsed, AttributionScope scope) {
    String text = parsed.text();
    return new CueFinder(scope).find(parsed, new QuoteMask(new QuoteFinder().find(text)),
        new Paragraphs(text));
  }

  private static List<Cue> find(ParsedText parsed) {
    return find(parsed, AttributionScope.SPEECH);
  }

  private static Cue only(List<Cue> cues) {
    assertThat(cues).hasSize(1);
    return cues.get(0);
  }

  private static String words(ParsedText parsed, Cue cue) {
    return cue.span().of(parsed.text());
  }

  private static Optional<String> subject(ParsedText parsed, Cue cue) {
    return cue.subject().map(parsed.sentences().get(cue.sentence())::token)
        .map(token -> token.word());
  }

  private static Optional<String> content(ParsedText parsed, Cue cue) {
    return cue.content().map(span -> span.of(parsed.text()));
  }

  // sentencesToParse

  @Test
  void sentencesToParse_cueVerbOutsideQuotes_selectsItsSentenceAlone() {
    IntPredicate selected = toParse(new HandParsed()
        .sentence("The/DT ferry/NN sank/VBD ./.")
        .sentence("Officials/NNS said/VBD/O/say nobody/NN was/VBD hurt/VBN ./."));

    assertThat(selected.test(0)).isFalse();
    assertThat(selected.test(1)).isTrue();
  }

  @Test
  void sentencesToParse_verbThatIsNoCue_isNotSelected() {
    IntPredicate selected = toParse(new HandParsed()
        .sentence("The/DT sign/NN read/VBD/O/read “/`` closed/JJ ”/'' ./."));

    assertThat(selected.test(0)).isFalse();
  }

  @Test
  void sentencesToParse_sentenceWhollyInsideAQuotation_isNotSelected() {
    IntPredicate selected = toParse(new HandParsed()
        .sentence("“/`` According/VBG to/TO police/NNS ,/, the/DT man/NN fled/VBD ./. ”/''")
        .sentence("According/VBG to/TO police/NNS ,/, the/DT car/NN burned/VBD ./."));

    assertThat(selected.test(0)).isFalse();
    assertThat(selected.test(1)).isTrue();
  }

  @Test
  void sentencesToParse_cueVerbOnlyInsideQuotes_isNotSelected() {
    IntPredicate selected = toParse(new HandParsed()
        .sentence("The/DT sign/NN read/VBD/O/read “/`` we/PRP say/VBP/O/say no/UH ”/'' ./."));

    assertThat(selected.test(0)).isFalse();
  }

  @Test
  void sentencesToParse_accordingTo_isSelected() {
    IntPredicate selected = toParse(new HandParsed()
        .sentence("The/DT man/NN fled/VBD ,/, according/VBG to/TO police/NNS ./."));

    assertThat(selected.test(0)).isTrue();
  }

  @Test
  void sentencesToParse_nameThenColonOpeningTheSentence_isSelected() {
    IntPredicate selected = toParse(new HandParsed()
        .sentence("Pat/NNP/PERSON Hale/NNP/PERSON :/: voters/NNS are/VBP worried/JJ"));

    assertThat(selected.test(0)).isTrue();
  }

  @Test
  void sentencesToParse_colonLateInTheSentence_isNotSelected() {
    IntPredicate selected = toParse(new HandParsed()
        .sentence("The/DT plan/NN had/VBD three/CD parts/NNS in/IN all/DT :/: roads/NNS ,/, "
            + "rail/NN and/CC ports/NNS ./."));

    assertThat(selected.test(0)).isFalse();
  }

  @Test
  void sentencesToParse_beliefVerb_isSelectedInTheBroadScopeOnly() {
    HandParsed text = new HandParsed()
        .sentence("Ruiz/NNP/PERSON believes/VBZ/O/believe the/DT plan/NN failed/VBD ./.");

    assertThat(toParse(text, AttributionScope.BROAD).test(0)).isTrue();
    assertThat(toParse(text, AttributionScope.SPEECH).test(0)).isFalse();
  }

  @Test
  void sentencesToParse_saysTaggedAsANoun_isSelected() {
    IntPredicate selected = toParse(new HandParsed()
        .sentence(QUOTE + " says/NNS/O/say Ruiz/NNP/PERSON ./."));

    assertThat(selected.test(0)).isTrue();
  }

  // find

  @Test
  void find_saidThat_givesTheSubjectAndTheClauseWithoutThat() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON said/VBD/O/say that/IN the/DT plan/NN failed/VBD ./.",
            "nsubj 1 0, root -1 1, mark 5 2, det 4 3, nsubj 5 4, ccomp 1 5, punct 1 6")
        .build();

    Cue cue = only(find(parsed));

    assertThat(cue.type()).isEqualTo(Cue.Type.SPEECH);
    assertThat(words(parsed, cue)).isEqualTo("said");
    assertThat(subject(parsed, cue)).contains("Ruiz");
    assertThat(content(parsed, cue)).contains("the plan failed");
  }

  @Test
  void find_inversionTheParseGaveNoSubject_takesTheNameAfterTheVerb() {
    ParsedText parsed = new HandParsed()
        .sentence(QUOTE + " said/VBD/O/say Marco/NNP/PERSON Ruiz/NNP/PERSON ./.",
            "punct 3 0, nsubj 3 1, aux 3 2, ccomp 6 3, punct 3 4, punct 6 5, root -1 6, "
                + "flat 8 7, obj 6 8, punct 6 9")
        .build();

    Cue cue = only(find(parsed));

    assertThat(subject(parsed, cue)).contains("Ruiz");
    assertThat(content(parsed, cue)).hasValueSatisfying(
        clause -> assertThat(clause).contains("We will appeal").doesNotContain("said"));
  }

  @Test
  void find_inversionWithAVerbMistaggedAmongTheNouns_takesThePersonAtTheEnd() {
    ParsedText parsed = new HandParsed()
        .sentence(QUOTE + " said/VBD/O/say Gulls/NNPS/ORGANIZATION head/VBP coach/NN"
            + " Ana/NNP/PERSON Holt/NNP/PERSON ./.",
            "punct 3 0, nsubj 3 1, aux 3 2, ccomp 6 3, punct 3 4, punct 6 5, root -1 6, "
                + "nsubj 8 7, ccomp 6 8, compound 11 9, compound 11 10, obj 8 11, punct 6 12")
        .build();

    assertThat(subject(parsed, only(find(parsed)))).contains("Holt");
  }

  @Test
  void find_subjectOfTheReportedClauseBeforeAnInvertedCue_isTheNameAfterTheCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Six/CD workers/NNS were/VBD hurt/VBN ,/, said/VBD/O/say Ana/NNP/PERSON"
            + " Holt/NNP/PERSON ./.", "nummod 1 0, nsubj 5 1, aux 3 2, dep 5 3, punct 5 4,"
            + " root -1 5, flat 7 6, obj 5 7, punct 5 8")
        .build();

    assertThat(subject(parsed, only(find(parsed)))).contains("Holt");
  }

  @Test
  void find_subjectBeforeACommaAndACueWithAClauseAfterIt_staysTheSubject() {
    ParsedText parsed = new HandParsed()
        .sentence("Ana/NNP/PERSON Holt/NNP/PERSON ,/, who/WP was/VBD there/RB ,/, said/VBD/O/say"
            + " Ottawa/NNP/LOCATION would/MD pay/VB ./.", "flat 1 0, nsubj 7 1, punct 1 2,"
            + " nsubj 5 3, cop 5 4, acl:relcl 1 5, punct 1 6, root -1 7, nsubj 10 8, aux 10 9,"
            + " ccomp 7 10, punct 7 11")
        .build();

    assertThat(subject(parsed, only(find(parsed)))).contains("Holt");
  }

  @Test
  void find_subjectTheParseTookFromInsideTheQuotation_isTheNameAfterTheVerbInstead() {
    ParsedText parsed = new HandParsed()
        .sentence(QUOTE + " said/VBD/O/say Marco/NNP/PERSON Ruiz/NNP/PERSON ./.",
            "punct 3 0, nsubj 6 1, aux 3 2, ccomp 6 3, punct 3 4, punct 6 5, root -1 6, "
                + "flat 8 7, obj 6 8, punct 6 9")
        .build();

    assertThat(subject(parsed, only(find(parsed)))).contains("Ruiz");
  }

  @Test
  void find_accordingToOpeningTheSentence_givesTheSourceAndTheRest() {
    ParsedText parsed = new HandParsed()
        .sentence("According/VBG to/TO police/NNS ,/, the/DT man/NN fled/VBD ./.",
            "case 2 0, fixed 0 1, obl 6 2, punct 6 3, det 5 4, nsubj 6 5, root -1 6, punct 6 7")
        .build();

    Cue cue = only(find(parsed));

    assertThat(cue.type()).isEqualTo(Cue.Type.ACCORDING_TO);
    assertThat(words(parsed, cue)).isEqualTo("According to");
    assertThat(subject(parsed, cue)).contains("police");
    assertThat(content(parsed, cue)).contains("the man fled");
  }

  @Test
  void find_accordingToEndingTheSentence_reportsTheClauseBefore() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT man/NN fled/VBD ,/, according/VBG to/TO the/DT harbour/NN "
                + "authority/NN ./.",
            "det 1 0, nsubj 2 1, root -1 2, punct 2 3, case 8 4, fixed 4 5, det 8 6, "
                + "compound 8 7, obl 2 8, punct 2 9")
        .build();

    Cue cue = only(find(parsed));

    assertThat(subject(parsed, cue)).contains("authority");
    assertThat(content(parsed, cue)).contains("The man fled");
  }

  @Test
  void find_accordingToFollowedByWordsAboutTheSource_reportsTheMainClause() {
    ParsedText parsed = new HandParsed()
        .sentence("Fares/NNS rose/VBD ,/, according/VBG to/TO the/DT port/NN ,/, which/WDT "
                + "had/VBD planned/VBN a/DT much/RB smaller/JJR rise/NN for/IN the/DT "
                + "coming/VBG winter/NN ./.",
            "nsubj 1 0, root -1 1, punct 1 2, case 6 3, fixed 3 4, det 6 5, obl 1 6, "
                + "punct 6 7, nsubj 10 8, aux 10 9, acl:relcl 6 10, det 14 11, advmod 13 12, "
                + "amod 14 13, obj 10 14, case 18 15, det 18 16, amod 18 17, nmod 14 18, "
                + "punct 1 19")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("Fares rose");
  }

  @Test
  void find_headlineOpeningWithAWordAndAColon_isAColonCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Poll/NN :/: Voters/NNS face/VBP cuts/NNS",
            "dep 3 0, punct 3 1, nsubj 3 2, root -1 3, obj 3 4")
        .build();

    Cue cue = only(find(parsed));

    assertThat(cue.type()).isEqualTo(Cue.Type.COLON);
    assertThat(subject(parsed, cue)).contains("Poll");
    assertThat(content(parsed, cue)).contains("Voters face cuts");
  }

  @Test
  void find_headlineOpeningWithAWordThatIsNoSource_isNoCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Update/NN :/: Voters/NNS face/VBP cuts/NNS",
            "dep 3 0, punct 3 1, nsubj 3 2, root -1 3, obj 3 4")
        .build();

    assertThat(find(parsed)).isEmpty();
  }

  @Test
  void find_organisationAndColonBelowTheHeadline_isNoCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Rates/NNS rose/VBD", "nsubj 1 0, root -1 1").paragraph()
        .sentence("Kestrel/NNP/ORGANIZATION :/: Voters/NNS face/VBP cuts/NNS ./.",
            "dep 3 0, punct 3 1, nsubj 3 2, root -1 3, obj 3 4, punct 3 5")
        .build();

    assertThat(find(parsed)).isEmpty();
  }

  @Test
  void find_personAndColonBelowTheHeadline_isAColonCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Rates/NNS rose/VBD", "nsubj 1 0, root -1 1").paragraph()
        .sentence("Pat/NNP/PERSON Hale/NNP/PERSON :/: Voters/NNS face/VBP cuts/NNS ./.",
            "flat 1 0, dep 4 1, punct 4 2, nsubj 4 3, root -1 4, obj 4 5, punct 4 6")
        .build();

    Cue cue = only(find(parsed));

    assertThat(cue.type()).isEqualTo(Cue.Type.COLON);
    assertThat(subject(parsed, cue)).contains("Hale");
  }

  @Test
  void find_negatedVerb_isACueWithNoClause() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON did/VBD not/RB say/VB/O/say whether/IN talks/NNS failed/VBD "
            + "./.", "nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, mark 6 4, nsubj 6 5, ccomp 3 6, "
            + "punct 3 7")
        .build();

    Cue cue = only(find(parsed));

    assertThat(subject(parsed, cue)).contains("Ruiz");
    assertThat(cue.content()).isEmpty();
  }

  @Test
  void find_pointWithoutOut_isNoCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON pointed/VBD/O/point to/IN the/DT data/NNS ./.",
            "nsubj 1 0, root -1 1, case 4 2, det 4 3, obl 1 4, punct 1 5")
        .build();

    assertThat(find(parsed)).isEmpty();
  }

  @Test
  void find_addFollowedByAQuantity_isNoCue() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT index/NN added/VBD/O/add 0.3/CD per/IN cent/NN ./.",
            "det 1 0, nsubj 2 1, root -1 2, nummod 5 3, case 5 4, obj 2 5, punct 2 6")
        .build();

    assertThat(find(parsed)).isEmpty();
  }

  @Test
  void find_verbTagAfterAnArticleAndAdjective_isANounAndNoCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Then/RB came/VBD the/DT big/JJ claim/VB :/: ruin/NN ./.",
            "advmod 1 0, root -1 1, det 4 2, amod 4 3, nsubj 1 4, punct 1 5, dep 1 6, punct 1 7")
        .build();

    assertThat(find(parsed)).isEmpty();
  }

  @Test
  void find_pointOut_isACue() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON pointed/VBD/O/point out/RP that/IN costs/NNS rose/VBD ./.",
            "nsubj 1 0, root -1 1, compound:prt 1 2, mark 5 3, nsubj 5 4, ccomp 1 5, punct 1 6")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("costs rose");
  }

  @Test
  void find_saysTaggedAsANounAfterAClosingQuote_isASpeechCue() {
    ParsedText parsed = new HandParsed()
        .sentence(QUOTE + " says/NNS/O/say Ruiz/NNP/PERSON ./.",
            "punct 3 0, nsubj 3 1, aux 3 2, root -1 3, punct 3 4, punct 3 5, compound 7 6, "
                + "dep 3 7, punct 3 8")
        .build();

    Cue cue = only(find(parsed));

    assertThat(cue.type()).isEqualTo(Cue.Type.SPEECH);
    assertThat(words(parsed, cue)).isEqualTo("says");
    assertThat(subject(parsed, cue)).contains("Ruiz");
  }

  @Test
  void find_pluralNounOfAReportingVerbNotAfterAQuote_isNoCue() {
    ParsedText parsed = new HandParsed()
        .sentence("His/PRP$ notes/NNS/O/note were/VBD lost/VBN ./.",
            "nmod:poss 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, punct 3 4")
        .build();

    assertThat(find(parsed)).isEmpty();
  }

  @Test
  void find_reportingVerbInsideAQuotation_isNoCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON told/VBD/O/tell us/PRP “/`` they/PRP said/VBD/O/say no/UH "
            + "”/'' ./.", "nsubj 1 0, root -1 1, obj 1 2, punct 6 3, nsubj 5 4, ccomp 1 5, "
            + "obj 5 6, punct 5 7, punct 1 8")
        .build();

    assertThat(find(parsed)).extracting(cue -> words(parsed, cue)).containsExactly("told");
  }

  @Test
  void find_passiveVerb_isACueWithoutSubject() {
    ParsedText parsed = new HandParsed()
        .sentence("It/PRP was/VBD announced/VBN/O/announce that/IN the/DT port/NN closed/VBD ./.",
            "nsubj:pass 2 0, aux:pass 2 1, root -1 2, mark 6 3, det 5 4, nsubj 6 5, ccomp 2 6, "
                + "punct 2 7")
        .build();

    Cue cue = only(find(parsed));

    assertThat(cue.subject()).isEmpty();
    assertThat(content(parsed, cue)).contains("the port closed");
  }

  @Test
  void find_passiveAuxiliaryInsideTheQuotation_leavesTheCueItsSubject() {
    // the parser hangs the quotation's "are" on "said" as a passive auxiliary
    ParsedText parsed = new HandParsed()
        .sentence("“/`` We/PRP are/VBP ready/JJ ,/, ”/'' he/PRP said/VBD/O/say ./.",
            "punct 7 0, nsubj:pass 7 1, aux:pass 7 2, advmod 7 3, punct 7 4, punct 7 5, "
                + "nsubj:pass 7 6, root -1 7, punct 7 8")
        .build();

    assertThat(subject(parsed, only(find(parsed)))).contains("he");
  }

  @Test
  void find_invertedCueOpeningTheSentenceAfterAQuestion_takesTheNameAfterTheVerb() {
    ParsedText parsed = new HandParsed()
        .sentence("“/`` Is/VBZ it/PRP closing/VBG ?/. ”/''")
        .sentence("asked/VBD/O/ask Dana/NNP/PERSON Whitfield/NNP/PERSON ./.",
            "root -1 0, compound 2 1, obj 0 2, punct 0 3")
        .build();

    assertThat(subject(parsed, only(find(parsed)))).contains("Whitfield");
  }

  @Test
  void find_verbOpeningASentenceWithNoQuotationBefore_hasNoInversionSubject() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT mill/NN closed/VBD ./.")
        .sentence("Ask/VB/O/ask Dana/NNP/PERSON Whitfield/NNP/PERSON ./.",
            "root -1 0, compound 2 1, obj 0 2, punct 0 3")
        .build();

    assertThat(only(find(parsed)).subject()).isEmpty();
  }

  @Test
  void find_cueSetInsideItsClause_givesOneCueForTheWordsOnEachSide() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT talks/NNS failed/VBD ,/, he/PRP said/VBD/O/say ,/, but/CC the/DT "
                + "mill/NN reopened/VBD ./.",
            "det 1 0, nsubj 2 1, root -1 2, punct 5 3, nsubj 5 4, parataxis 2 5, punct 5 6, "
                + "cc 10 7, det 9 8, nsubj 10 9, conj 2 10, punct 2 11")
        .build();

    List<Cue> cues = find(parsed);

    assertThat(cues).hasSize(2).allSatisfy(cue -> assertThat(subject(parsed, cue)).contains("he"));
    assertThat(content(parsed, cues.get(0))).contains("The talks failed");
    assertThat(content(parsed, cues.get(1))).contains("but the mill reopened");
  }

  @Test
  void find_cueBetweenASubjectAndItsPredicate_givesOneCueForTheWholeClause() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT museum/NN ,/, he/PRP said/VBD/O/say ,/, would/MD open/VB soon/RB ./.",
            "det 1 0, nsubj 7 1, punct 4 2, nsubj 4 3, parataxis 7 4, punct 4 5, aux 7 6, "
                + "root -1 7, advmod 7 8, punct 7 9")
        .build();

    assertThat(content(parsed, only(find(parsed))))
        .contains("The museum , he said , would open soon");
  }

  @Test
  void find_cueRootBetweenItsClauseAndAJoinedClause_givesOneCueForEach() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT talks/NNS failed/VBD ,/, he/PRP said/VBD/O/say ,/, but/CC the/DT "
                + "mill/NN reopened/VBD ./.",
            "det 1 0, nsubj 2 1, ccomp 5 2, punct 5 3, nsubj 5 4, root -1 5, punct 5 6, "
                + "cc 10 7, det 9 8, nsubj 10 9, conj 5 10, punct 5 11")
        .build();

    List<Cue> cues = find(parsed);

    assertThat(cues).hasSize(2);
    assertThat(content(parsed, cues.get(0))).contains("The talks failed");
    assertThat(content(parsed, cues.get(1))).contains("but the mill reopened");
  }

  @Test
  void find_clauseJoinedAfterAQuotationAndItsCue_isTheWritersNotTheSpeakers() {
    ParsedText parsed = new HandParsed()
        .sentence(QUOTE + " she/PRP said/VBD/O/say ,/, and/CC the/DT crowd/NN cheered/VBD ./.",
            "punct 3 0, nsubj 3 1, aux 3 2, ccomp 7 3, punct 3 4, punct 7 5, nsubj 7 6, "
                + "root -1 7, punct 7 8, cc 12 9, det 11 10, nsubj 12 11, conj 7 12, punct 7 13")
        .build();

    assertThat(content(parsed, only(find(parsed)))).hasValueSatisfying(
        clause -> assertThat(clause).contains("We will appeal").doesNotContain("crowd"));
  }

  @Test
  void find_cueWithTwoSubjectsInTheParse_takesTheNearerOne() {
    // "questions" is the object of "avoid", parsed as a second subject of "said"
    ParsedText parsed = new HandParsed()
        .sentence("Staff/NNS tried/VBD to/TO avoid/VB questions/NNS ,/, a/DT source/NN "
                + "said/VBD/O/say ./.",
            "nsubj 1 0, root -1 1, mark 3 2, xcomp 1 3, nsubj 8 4, punct 4 5, det 7 6, "
                + "nsubj 8 7, ccomp 3 8, punct 1 9")
        .build();

    assertThat(subject(parsed, only(find(parsed)))).contains("source");
  }

  @Test
  void find_joinedClauseAfterTheCuesOwnPhrase_isTheSecondPart() {
    ParsedText parsed = new HandParsed()
        .sentence("Rents/NNS rose/VBD ,/, the/DT agency/NN said/VBD/O/say in/IN May/NNP ,/, "
                + "and/CC wages/NNS fell/VBD ./.",
            "nsubj 1 0, ccomp 5 1, punct 5 2, det 4 3, nsubj 5 4, root -1 5, case 7 6, "
                + "obl 5 7, punct 5 8, cc 11 9, nsubj 11 10, conj 5 11, punct 5 12")
        .build();

    assertThat(find(parsed)).extracting(cue -> content(parsed, cue).orElseThrow())
        .containsExactly("Rents rose", "and wages fell");
  }

  @Test
  void find_cueEndingTheSentenceAfterWordsWithoutAFiniteVerb_reportsNothing() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT mills/NNS ,/, including/VBG Ardo/NNP ,/, declared/VBD/O/declare "
                + "bankruptcy/NN ./.",
            "det 1 0, nsubj 6 1, punct 1 2, case 4 3, nmod 1 4, punct 1 5, root -1 6, obj 6 7, "
                + "punct 6 8")
        .build();

    assertThat(only(find(parsed)).content()).isEmpty();
  }

  @Test
  void find_cueEndingTheSentenceAfterAClauseWhoseVerbIsTaggedAParticiple_reportsTheClause() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT ferry/NN restarted/VBN on/IN Monday/NNP ,/, officials/NNS "
                + "said/VBD/O/say ./.",
            "det 1 0, nsubj 2 1, advcl 7 2, case 4 3, obl 2 4, punct 7 5, nsubj 7 6, root -1 7, "
                + "punct 7 8")
        .build();

    assertThat(only(find(parsed)).content().map(span -> span.of(parsed.text())))
        .contains("The ferry restarted on Monday");
  }

  @Test
  void find_cueAfterItsClauseWithPartOfTheClauseHungOnIt_reportsTheWholeClause() {
    // "rise" parsed as an adverbial clause of "said", not of "stop"
    ParsedText parsed = new HandParsed()
        .sentence("Ferries/NNS stop/VBP when/WRB winds/NNS rise/VBP ,/, the/DT agency/NN "
                + "said/VBD/O/say ./.",
            "nsubj 1 0, root -1 1, advmod 4 2, nsubj 4 3, advcl 8 4, punct 8 5, det 7 6, "
                + "nsubj 8 7, parataxis 1 8, punct 1 9")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("Ferries stop when winds rise");
  }

  @Test
  void find_cueAfterItsClauseParsedAsAnObject_givesOneCueForEachSide() {
    // the first clause parsed as an object of "said", the second as an adverbial clause
    ParsedText parsed = new HandParsed()
        .sentence("The/DT toll/NN rose/VBD to/IN 40/CD ,/, officials/NNS said/VBD/O/say ,/, "
                + "as/IN crews/NNS searched/VBD the/DT coast/NN ./.",
            "det 1 0, nsubj 7 1, obj 7 2, case 4 3, obl 2 4, punct 7 5, nsubj 7 6, root -1 7, "
                + "punct 7 8, mark 11 9, nsubj 11 10, advcl 7 11, det 13 12, obj 11 13, "
                + "punct 7 14")
        .build();

    List<Cue> cues = find(parsed);

    assertThat(cues).extracting(cue -> content(parsed, cue).orElseThrow())
        .containsExactly("The toll rose to 40", "as crews searched the coast");
    assertThat(cues).allSatisfy(cue -> assertThat(subject(parsed, cue)).contains("officials"));
  }

  @Test
  void find_cueWhoseSubjectHoldsAMistaggedVerb_reportsTheClauseBefore() {
    // "lead" tagged a verb and hung on the main clause
    ParsedText parsed = new HandParsed()
        .sentence("Two/CD crew/NN were/VBD hurt/VBN ,/, lead/VB singer/NN Ana/NNP/PERSON "
                + "Diaz/NNP/PERSON told/VBD/O/tell fans/NNS online/RB ./.",
            "nummod 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, punct 3 4, dep 3 5, "
                + "compound 8 6, compound 8 7, nsubj 9 8, ccomp 5 9, obj 9 10, advmod 9 11, "
                + "punct 3 12")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("Two crew were hurt");
  }

  @Test
  void find_cueAfterOnlyASubordinateClause_doesNotReportIt() {
    ParsedText parsed = new HandParsed()
        .sentence("As/IN prices/NNS rose/VBD ,/, the/DT bank/NN warned/VBD/O/warn ./.",
            "mark 2 0, nsubj 2 1, advcl 6 2, punct 6 3, det 5 4, nsubj 6 5, root -1 6, "
                + "punct 6 7")
        .build();

    assertThat(only(find(parsed)).content()).isEmpty();
  }

  @Test
  void find_invertedCueFollowedByAnApposition_reportsOnlyTheClauseBefore() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT pier/NN reopened/VBD ,/, said/VBD/O/say Ann/NNP/PERSON "
                + "Lee/NNP/PERSON ,/, the/DT harbour/NN master/NN ,/, who/WP took/VBD "
                + "over/RP in/IN May/NNP ./.",
            "det 1 0, nsubj 2 1, ccomp 4 2, punct 4 3, root -1 4, compound 6 5, nsubj 4 6, "
                + "punct 6 7, det 10 8, compound 10 9, appos 6 10, punct 10 11, nsubj 13 12, "
                + "acl:relcl 10 13, compound:prt 13 14, case 16 15, obl 13 16, punct 4 17")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("The pier reopened");
  }

  @Test
  void find_cueAfterItsClauseThenAClauseAboutTheSpeaker_reportsOnlyTheClauseBefore() {
    ParsedText parsed = new HandParsed()
        .sentence("Some/DT people/NNS spread/VBP fear/NN ,/, he/PRP said/VBD/O/say ,/, "
                + "though/IN he/PRP named/VBD nobody/NN ./.",
            "det 1 0, nsubj 2 1, ccomp 6 2, obj 2 3, punct 6 4, nsubj 6 5, root -1 6, "
                + "punct 6 7, mark 10 8, nsubj 10 9, advcl 6 10, obj 10 11, punct 6 12")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("Some people spread fear");
  }

  @Test
  void find_cueOfANounDescribedByAClause_doesNotReportTheClauseBefore() {
    // "an ordeal she described": the cue is the verb of a clause on "ordeal"
    ParsedText parsed = new HandParsed()
        .sentence("Lee/NNP/PERSON worked/VBD as/IN a/DT porter/NN ,/, an/DT ordeal/NN "
                + "she/PRP described/VBD/O/describe later/RB ./.",
            "nsubj 1 0, root -1 1, case 4 2, det 4 3, obl 1 4, punct 7 5, det 7 6, appos 4 7, "
                + "nsubj 9 8, dep 7 9, advmod 9 10, punct 1 11")
        .build();

    assertThat(content(parsed, only(find(parsed))))
        .hasValueSatisfying(clause -> assertThat(clause).doesNotContain("worked"));
  }

  @Test
  void find_cueBetweenAConditionAndItsMainClause_givesOneCueForTheWholeSentence() {
    ParsedText parsed = new HandParsed()
        .sentence("If/IN talks/NNS fail/VBP ,/, she/PRP argues/VBZ/O/argue ,/, other/JJ "
                + "ways/NNS remain/VBP ./.",
            "mark 2 0, nsubj 2 1, advcl 5 2, punct 5 3, nsubj 5 4, root -1 5, punct 5 6, "
                + "amod 8 7, nsubj 9 8, ccomp 5 9, punct 5 10")
        .build();

    assertThat(content(parsed, only(find(parsed))))
        .contains("talks fail , she argues , other ways remain");
  }

  @Test
  void find_clauseAfterTheLastCueCutShortByTheParse_runsToTheSentenceEnd() {
    // the second clause joined to the cue, not to the first clause
    ParsedText parsed = new HandParsed()
        .sentence("Lee/NNP/PERSON says/VBZ/O/say pupils/NNS share/VBP one/CD room/NN but/CC "
                + "there/EX is/VBZ no/DT sink/NN ./.",
            "nsubj 1 0, root -1 1, nsubj 3 2, ccomp 1 3, nummod 5 4, obj 3 5, cc 8 6, "
                + "expl 8 7, conj 1 8, det 10 9, nsubj 8 10, punct 1 11")
        .build();

    assertThat(content(parsed, only(find(parsed))))
        .contains("pupils share one room but there is no sink");
  }

  @Test
  void find_participleClauseOnTheCue_isNotRunIntoTheStatement() {
    // "while visiting Lagos" tells what Okafor did, not what she said
    ParsedText parsed = new HandParsed()
        .sentence("Okafor/NNP/PERSON said/VBD/O/say the/DT fees/NNS rose/VBD while/IN "
                + "visiting/VBG Lagos/NNP/LOCATION ./.",
            "nsubj 1 0, root -1 1, det 3 2, nsubj 4 3, ccomp 1 4, mark 6 5, advcl 1 6, "
                + "obj 6 7, punct 1 8")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("the fees rose");
  }

  @Test
  void find_clauseBeforeALaterCue_endsWhereTheParseEndedIt() {
    ParsedText parsed = new HandParsed()
        .sentence("Lee/NNP/PERSON said/VBD/O/say rents/NNS rose/VBD and/CC "
                + "added/VBD/O/add that/IN wages/NNS fell/VBD ./.",
            "nsubj 1 0, root -1 1, nsubj 3 2, ccomp 1 3, cc 5 4, conj 1 5, mark 8 6, "
                + "nsubj 8 7, ccomp 5 8, punct 1 9")
        .build();

    assertThat(find(parsed)).extracting(cue -> content(parsed, cue).orElseThrow())
        .containsExactly("rents rose", "wages fell");
  }

  @Test
  void find_cueInASubordinateClauseOpeningTheSentence_isNotRunIntoTheMainClause() {
    ParsedText parsed = new HandParsed()
        .sentence("Though/IN Lee/NNP/PERSON said/VBD/O/say rents/NNS rose/VBD ,/, "
                + "the/DT board/NN voted/VBD no/UH ./.",
            "mark 2 0, nsubj 2 1, advcl 8 2, nsubj 4 3, ccomp 2 4, punct 8 5, det 7 6, "
                + "nsubj 8 7, root -1 8, obj 8 9, punct 8 10")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("rents rose");
  }

  @Test
  void find_laterVerbThatReportsNothing_doesNotStopTheClauseBeforeIt() {
    // "maintain" is a cue verb with no clause of its own
    ParsedText parsed = new HandParsed()
        .sentence("Tenants/NNS report/VBP/O/report rents/NNS rose/VBD and/CC "
                + "they/PRP need/VBP help/NN to/TO maintain/VB/O/maintain homes/NNS ./.",
            "nsubj 1 0, root -1 1, nsubj 3 2, ccomp 1 3, cc 6 4, nsubj 6 5, conj 1 6, obj 6 7, "
                + "mark 9 8, acl 7 9, obj 9 10, punct 1 11")
        .build();

    assertThat(find(parsed)).extracting(cue -> content(parsed, cue))
        .contains(Optional.of("rents rose and they need help to maintain homes"));
  }

  @Test
  void find_clauseBeforeAColon_isNotRunPastIt() {
    ParsedText parsed = new HandParsed()
        .sentence("Lee/NNP/PERSON said/VBD/O/say rents/NNS rose/VBD in/IN May/NNP :/: "
                + "wages/NNS fell/VBD ./.",
            "nsubj 1 0, root -1 1, nsubj 3 2, ccomp 1 3, case 5 4, obl 3 5, punct 1 6, "
                + "nsubj 8 7, parataxis 1 8, punct 1 9")
        .build();

    assertThat(find(parsed)).extracting(cue -> content(parsed, cue).orElseThrow())
        .contains("rents rose in May");
  }

  @Test
  void find_verbUrgingAnObjectToAct_reportsTheObjectAndTheInfinitive() {
    // the infinitive hung on the participle inside the object
    ParsedText parsed = new HandParsed()
        .sentence("Police/NNS urged/VBD/O/urge residents/NNS living/VBG near/IN the/DT "
                + "river/NN to/TO leave/VB ./.",
            "nsubj 1 0, root -1 1, obj 1 2, acl 2 3, case 6 4, det 6 5, obl 3 6, mark 8 7, "
                + "xcomp 3 8, punct 1 9")
        .build();

    assertThat(content(parsed, only(find(parsed))))
        .contains("residents living near the river to leave");
  }

  @Test
  void find_verbThatDirectsNobodyBeforeAnInfinitive_reportsNothing() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT firm/NN announced/VBD/O/announce plans/NNS to/TO expand/VB ./.",
            "det 1 0, nsubj 2 1, root -1 2, obj 2 3, mark 5 4, xcomp 2 5, punct 2 6")
        .build();

    assertThat(only(find(parsed)).content()).isEmpty();
  }

  @Test
  void find_verbCallingItsObjectAName_reportsTheObjectAndTheName() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT union/NN called/VBD/O/call the/DT offer/NN an/DT insult/NN ./.",
            "det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, det 6 5, xcomp 2 6, punct 2 7")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("the offer an insult");
  }

  @Test
  void find_namingVerbWithAnObjectAlone_reportsNothing() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT mayor/NN called/VBD/O/call a/DT meeting/NN ./.",
            "det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5")
        .build();

    assertThat(only(find(parsed)).content()).isEmpty();
  }

  @Test
  void find_participleCueInsideTheFirstCuesClause_endsTheFirstClauseBeforeIt() {
    // the parse puts ", saying ..." inside the clause of "announced"
    ParsedText parsed = new HandParsed()
        .sentence("Lee/NNP/PERSON announced/VBD/O/announce she/PRP would/MD retire/VB ,/, "
                + "saying/VBG/O/say the/DT party/NN needs/VBZ change/NN ./.",
            "nsubj 1 0, root -1 1, nsubj 4 2, aux 4 3, ccomp 1 4, punct 6 5, advcl 4 6, "
                + "det 8 7, nsubj 9 8, ccomp 6 9, obj 9 10, punct 1 11")
        .build();

    assertThat(find(parsed)).extracting(cue -> content(parsed, cue).orElseThrow())
        .containsExactly("she would retire", "the party needs change");
  }

  @Test
  void find_secondCueWithItsOwnSubjectInsideTheFirstClause_endsItBeforeTheSubject() {
    ParsedText parsed = new HandParsed()
        .sentence("Lee/NNP/PERSON said/VBD/O/say rents/NNS rose/VBD and/CC she/PRP "
                + "said/VBD/O/say wages/NNS fell/VBD ./.",
            "nsubj 1 0, root -1 1, nsubj 3 2, ccomp 1 3, cc 6 4, nsubj 6 5, conj 3 6, "
                + "nsubj 8 7, ccomp 6 8, punct 1 9")
        .build();

    assertThat(find(parsed)).extracting(cue -> content(parsed, cue).orElseThrow())
        .containsExactly("rents rose", "wages fell");
  }

  @Test
  void find_confessThat_isASpeechCueWithItsClause() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON confessed/VBD/O/confess that/IN he/PRP lied/VBD ./.",
            "nsubj 1 0, root -1 1, mark 4 2, nsubj 4 3, ccomp 1 4, punct 1 5")
        .build();

    Cue cue = only(find(parsed));
    assertThat(cue.type()).isEqualTo(Cue.Type.SPEECH);
    assertThat(content(parsed, cue)).contains("he lied");
  }

  @Test
  void find_cueTheParseGaveNoSubject_takesTheNameRightBeforeIt() {
    // "Ruiz" parsed in apposition to the town
    ParsedText parsed = new HandParsed()
        .sentence("From/IN Arlo/NNP ,/, Ruiz/NNP/PERSON says/VBZ/O/say he/PRP stayed/VBD ./.",
            "case 1 0, obl 4 1, punct 1 2, appos 1 3, root -1 4, nsubj 6 5, ccomp 4 6, "
                + "punct 4 7")
        .build();

    assertThat(subject(parsed, only(find(parsed)))).contains("Ruiz");
  }

  @Test
  void find_cueTheParseGaveNoSubjectAfterAPlaceName_hasNoSubject() {
    ParsedText parsed = new HandParsed()
        .sentence("Staff/NNS hired/VBD in/IN March/NNP/DATE say/VBP/O/say pay/NN fell/VBD ./.",
            "nsubj 1 0, root -1 1, case 3 2, obl 1 3, punct 6 4, nsubj 6 5, parataxis 1 6, "
                + "punct 1 7")
        .build();

    assertThat(only(find(parsed)).subject()).isEmpty();
  }

  @Test
  void find_participleAfterAComma_reportsTheRestOfTheSentence() {
    // the parser makes "saying" the marker of "help"
    ParsedText parsed = new HandParsed()
        .sentence("The/DT mayor/NN praised/VBD/O/praise the/DT plan/NN ,/, saying/VBG/O/say "
                + "it/PRP would/MD help/VB families/NNS ./.",
            "det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5, mark 9 6, nsubj 9 7, "
                + "aux 9 8, advcl 2 9, obj 9 10, punct 2 11")
        .build();

    Cue saying = find(parsed).stream().filter(cue -> words(parsed, cue).equals("saying"))
        .findFirst().orElseThrow();

    assertThat(subject(parsed, saying)).contains("mayor");
    assertThat(content(parsed, saying)).contains("it would help families");
  }

  @Test
  void find_participleAfterACommaWithNoFiniteVerbAfterIt_reportsNothing() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT team/NN won/VBD ,/, adding/VBG/O/add to/IN its/PRP$ lead/NN ./.",
            "det 1 0, nsubj 2 1, root -1 2, punct 4 3, advcl 2 4, case 7 5, nmod:poss 7 6, "
                + "obl 4 7, punct 2 8")
        .build();

    assertThat(only(find(parsed)).content()).isEmpty();
  }

  @Test
  void find_cueParsedAsTheSubjectOfItsBareClause_reportsTheClauseAfterIt() {
    // "said" as the clausal subject of "run", "Vickers" as its object
    ParsedText parsed = new HandParsed()
        .sentence("Harris/NNP/PERSON said/VBD/O/say Vickers/NNP/PERSON would/MD run/VB again/RB "
                + "./.",
            "nsubj 1 0, csubj 4 1, obj 1 2, aux 4 3, root -1 4, advmod 4 5, punct 4 6")
        .build();

    Cue cue = only(find(parsed));

    assertThat(subject(parsed, cue)).contains("Harris");
    assertThat(content(parsed, cue)).contains("Vickers would run again");
  }

  @Test
  void find_cueInARelativeClauseOnTheSubject_reportsNotTheMainClause() {
    ParsedText parsed = new HandParsed()
        .sentence("Everything/NN he/PRP says/VBZ/O/say is/VBZ false/JJ ./.",
            "nsubj 4 0, nsubj 2 1, csubj 4 2, cop 4 3, root -1 4, punct 4 5")
        .build();

    assertThat(only(find(parsed)).content()).isEmpty();
  }

  @Test
  void find_cueInAPseudoCleft_reportsTheClauseAfterThat() {
    ParsedText parsed = new HandParsed()
        .sentence("What/WP he/PRP says/VBZ/O/say is/VBZ that/IN fines/NNS fail/VBP ./.",
            "obj 2 0, nsubj 2 1, csubj 3 2, root -1 3, mark 6 4, nsubj 6 5, ccomp 3 6, "
                + "punct 3 7")
        .build();

    assertThat(content(parsed, only(find(parsed)))).hasValueSatisfying(
        clause -> assertThat(clause).contains("fines fail"));
  }

  @Test
  void find_toldParsedUnderItsBareClause_leavesOutTheAddressee() {
    ParsedText parsed = new HandParsed()
        .sentence("She/PRP told/VBD/O/tell the/DT committee/NN the/DT budget/NN was/VBD "
                + "short/JJ ./.",
            "nsubj 1 0, csubj 7 1, det 3 2, iobj 1 3, det 5 4, obj 1 5, cop 7 6, root -1 7, "
                + "punct 7 8")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("the budget was short");
  }

  @Test
  void find_adverbialCueBeforeACommaAndItsMainClause_reportsNotTheMainClause() {
    ParsedText parsed = new HandParsed()
        .sentence("When/WRB she/PRP said/VBD/O/say so/RB ,/, the/DT crowd/NN left/VBD ./.",
            "advmod 2 0, nsubj 2 1, advcl 7 2, advmod 2 3, punct 7 4, det 6 5, nsubj 7 6, "
                + "root -1 7, punct 7 8")
        .build();

    assertThat(only(find(parsed)).content()).isEmpty();
  }

  @Test
  void find_objectOfSaidWithAFiniteVerbInItsPhrase_isTheSubjectOfTheReportedClause() {
    // the clause's verb parsed as a relative clause on the object
    ParsedText parsed = new HandParsed()
        .sentence("Farmers/NNS said/VBD/O/say the/DT new/JJ rule/NN has/VBZ done/VBN "
                + "nothing/NN ./.",
            "nsubj 1 0, root -1 1, det 4 2, amod 4 3, obj 1 4, aux 6 5, acl 4 6, obj 6 7, "
                + "punct 1 8")
        .build();

    assertThat(content(parsed, only(find(parsed)))).contains("the new rule has done nothing");
  }

  @Test
  void find_objectOfSaidWithNoFiniteVerb_reportsNothing() {
    ParsedText parsed = new HandParsed()
        .sentence("He/PRP said/VBD/O/say goodbye/NN to/IN the/DT staff/NN ./.",
            "nsubj 1 0, root -1 1, obj 1 2, case 5 3, det 5 4, nmod 2 5, punct 1 6")
        .build();

    assertThat(only(find(parsed)).content()).isEmpty();
  }

  @Test
  void find_beliefVerb_isACognitionCueInTheBroadScopeOnly() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON believes/VBZ/O/believe the/DT plan/NN failed/VBD ./.",
            "nsubj 1 0, root -1 1, det 3 2, nsubj 4 3, ccomp 1 4, punct 1 5")
        .build();

    assertThat(find(parsed, AttributionScope.SPEECH)).isEmpty();
    Cue cue = only(find(parsed, AttributionScope.BROAD));
    assertThat(cue.type()).isEqualTo(Cue.Type.COGNITION);
    assertThat(content(parsed, cue)).contains("the plan failed");
  }

  @Test
  void find_clauseAfterForInTheBroadScope_isWhatTheVerbReports() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON called/VBD/O/call for/IN cutting/VBG the/DT fare/NN ./.",
            "nsubj 1 0, root -1 1, mark 3 2, advcl 1 3, det 5 4, obj 3 5, punct 1 6")
        .build();

    assertThat(content(parsed, only(find(parsed, AttributionScope.BROAD))))
        .contains("cutting the fare");
  }

  @Test
  void find_relativeClauseTheParserLeftLooseAfterTheObject_isPartOfWhatTheVerbReports() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON cited/VBD/O/cite remarks/NNS Holt/NNP/PERSON had/VBD "
                + "made/VBN about/IN the/DT port/NN ./.",
            "nsubj 1 0, root -1 1, compound 3 2, obj 1 3, aux 5 4, dep 1 5, case 8 6, det 8 7, "
                + "obl 5 8, punct 1 9")
        .build();

    assertThat(content(parsed, only(find(parsed, AttributionScope.BROAD))))
        .contains("remarks Holt had made about the port");
  }

  @Test
  void find_clauseOfTimeAfterTheObject_isNotWhatTheVerbReports() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON criticised/VBD/O/criticise the/DT plan/NN after/IN "
                + "reading/VBG it/PRP ./.",
            "nsubj 1 0, root -1 1, det 3 2, obj 1 3, mark 5 4, advcl 1 5, obj 5 6, punct 1 7")
        .build();

    assertThat(content(parsed, only(find(parsed, AttributionScope.BROAD))))
        .contains("the plan");
  }

  @Test
  void find_sentenceLeftUnparsed_givesNoCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON said/VBD/O/say the/DT plan/NN failed/VBD ./.")
        .build();

    assertThat(find(parsed)).isEmpty();
  }
}
