package org.quotegraph.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionScope;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuoteFinder;

/** The statement stage on hand-parsed sentences and cues made by hand. */
class StatementFinderTest {

  /** {@code “ We will appeal , ” said Marco Ruiz .} */
  private static final String SAID_RUIZ =
      "“/`` We/PRP will/MD appeal/VB ,/, ”/'' said/VBD/O/say Marco/NNP/PERSON Ruiz/NNP/PERSON ./.";
  /** {@code Ruiz said the plan was “ reckless ” .} */
  private static final String RECKLESS = "Ruiz/NNP/PERSON said/VBD/O/say the/DT plan/NN was/VBD "
      + "“/`` reckless/JJ ”/'' ./.";

  /**
   * A cue at token {@code token} of sentence {@code sentence}, its subject the token {@code
   * subject} (none if null) and its reported clause the first {@code clause} of the sentence
   * (none if null).
   */
  private static Cue cue(ParsedText parsed, int sentence, int token, Cue.Type type,
      Integer subject, String clause) {
    Sentence words = parsed.sentences().get(sentence);
    Token cue = words.token(token);
    Optional<Span> content = Optional.empty();
    if (clause != null) {
      int at = parsed.text().indexOf(clause, words.start());
      assertThat(at).as("the sentence has \"" + clause + "\"").isGreaterThanOrEqualTo(0);
      content = Optional.of(new Span(at, at + clause.length()));
    }
    return new Cue(sentence, token, new Span(cue.start(), cue.end()), type,
        Optional.ofNullable(subject), content);
  }

  private static List<Statement> find(AttributionScope scope, ParsedText parsed, Cue... cues) {
    String text = parsed.text();
    return new StatementFinder(scope).find(parsed, new QuoteFinder().find(text), List.of(cues),
        new Paragraphs(text));
  }

  private static List<Statement> find(ParsedText parsed, Cue... cues) {
    return find(AttributionScope.SPEECH, parsed, cues);
  }

  private static String words(ParsedText parsed, Statement statement) {
    return statement.content().of(parsed.text()).strip();
  }

  private static Statement only(List<Statement> statements) {
    assertThat(statements).hasSize(1);
    return statements.get(0);
  }

  @Test
  void find_clauseThatIsAllQuotation_isADirectQuoteWithItsCue() {
    ParsedText parsed = new HandParsed().sentence(SAID_RUIZ).build();
    Cue said = cue(parsed, 0, 6, Cue.Type.SPEECH, 8, "We will appeal");

    Statement statement = only(find(parsed, said));

    assertThat(statement.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(statement.isQuotation()).isTrue();
    assertThat(statement.cue()).contains(said);
    assertThat(words(parsed, statement)).isEqualTo("We will appeal ,");
  }

  @Test
  void find_clauseHoldingAQuotedFragment_isMixedWithThePartialPointingAtIt() {
    ParsedText parsed = new HandParsed().sentence(RECKLESS).build();
    Cue said = cue(parsed, 0, 1, Cue.Type.SPEECH, 0, "the plan was “ reckless ”");

    List<Statement> statements = find(parsed, said);

    assertThat(statements).extracting(Statement::kind)
        .containsExactly(QuoteKind.MIXED, QuoteKind.PARTIAL);
    Statement mixed = statements.get(0);
    Statement partial = statements.get(1);
    assertThat(mixed.cue()).contains(said);
    assertThat(mixed.isQuotation()).isFalse();
    assertThat(words(parsed, partial)).isEqualTo("reckless");
    assertThat(partial.cue()).isEmpty();
    assertThat(partial.partOf()).contains(0);
  }

  @Test
  void find_clauseWithoutQuotationMarks_isIndirect() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON said/VBD/O/say the/DT talks/NNS failed/VBD ./.").build();
    Cue said = cue(parsed, 0, 1, Cue.Type.SPEECH, 0, "the talks failed");

    Statement statement = only(find(parsed, said));

    assertThat(statement.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(statement.isQuotation()).isFalse();
    assertThat(statement.cue()).contains(said);
    assertThat(words(parsed, statement)).isEqualTo("the talks failed");
  }

  @Test
  void find_clauseOfACueWithoutSubject_isNoStatement() {
    ParsedText parsed = new HandParsed()
        .sentence("It/PRP was/VBD announced/VBN/O/announce that/IN the/DT port/NN closed/VBD ./.")
        .build();

    assertThat(find(parsed, cue(parsed, 0, 2, Cue.Type.SPEECH, null, "the port closed")))
        .isEmpty();
  }

  @Test
  void find_clauseWithoutAVerb_isAStatementInTheBroadScopeOnly() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON criticised/VBD/O/criticise the/DT new/JJ plan/NN ./.").build();
    Cue criticised = cue(parsed, 0, 1, Cue.Type.COGNITION, 0, "the new plan");

    assertThat(find(AttributionScope.SPEECH, parsed, criticised)).isEmpty();
    assertThat(only(find(AttributionScope.BROAD, parsed, criticised)).kind())
        .isEqualTo(QuoteKind.INDIRECT);
  }

  @Test
  void find_question_isNoStatement() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON asked/VBD/O/ask whether/IN the/DT talks/NNS failed/VBD ./.")
        .build();

    assertThat(find(parsed, cue(parsed, 0, 1, Cue.Type.SPEECH, 0, "the talks failed")))
        .isEmpty();
  }

  @Test
  void find_questionInTheBroadScope_isAnIndirectStatement() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON questioned/VBD/O/question how/WRB the/DT port/NN "
            + "could/MD pay/VB ./.")
        .build();

    Statement statement = only(find(AttributionScope.BROAD, parsed,
        cue(parsed, 0, 1, Cue.Type.SPEECH, 0, "how the port could pay")));
    assertThat(statement.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(words(parsed, statement)).isEqualTo("how the port could pay");
  }

  @Test
  void find_firstPersonSubject_isTheWriterNotAStatement() {
    ParsedText parsed = new HandParsed()
        .sentence("I/PRP think/VBP/O/think the/DT plan/NN failed/VBD ./.").build();

    assertThat(find(AttributionScope.BROAD, parsed,
        cue(parsed, 0, 1, Cue.Type.COGNITION, 0, "the plan failed"))).isEmpty();
  }

  @Test
  void find_shortQuotationWithoutCue_isProvisionallyAScareQuote() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT ship/NN was/VBD known/VBN as/IN the/DT “/`` iron/NN duke/NN ”/'' ./.")
        .build();

    Statement statement = only(find(parsed));

    assertThat(statement.kind()).isEqualTo(QuoteKind.SCARE);
    assertThat(statement.cue()).isEmpty();
    assertThat(words(parsed, statement)).isEqualTo("iron duke");
  }

  @Test
  void find_shortQuotationThatIsASentenceOfItsOwn_isDirect() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT mill/NN will/MD close/VB ./.")
        .sentence("“/`` Nobody/NN knows/VBZ when/WRB ./. ”/''").build();

    Statement statement = only(find(parsed));

    assertThat(statement.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(statement.cue()).isEmpty();
  }

  @Test
  void find_longQuotationWithoutCue_isDirect() {
    ParsedText parsed = new HandParsed()
        .sentence("“/`` The/DT court/NN got/VBD it/PRP wrong/JJ ./. ”/''").build();

    Statement statement = only(find(parsed));

    assertThat(statement.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(statement.cue()).isEmpty();
    assertThat(statement.paragraphStart()).isTrue();
  }

  @Test
  void find_shortQuotationAfterANamingVerb_isAScareQuoteWithoutTheCue() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT ship/NN was/VBD known/VBN/O/know as/IN the/DT “/`` iron/NN duke/NN ”/'' "
            + "./.")
        .build();

    Statement statement =
        only(find(parsed, cue(parsed, 0, 3, Cue.Type.COGNITION, 1, null)));

    assertThat(statement.kind()).isEqualTo(QuoteKind.SCARE);
    assertThat(statement.cue()).isEmpty();
  }

  @Test
  void find_shortQuotationAfterAReportingVerb_isPartialWithThatCue() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT crew/NN warned/VBD/O/warn of/IN “/`` grave/JJ danger/NN ”/'' ./.")
        .build();
    Cue warned = cue(parsed, 0, 2, Cue.Type.SPEECH, 1, null);

    Statement statement = only(find(parsed, warned));

    assertThat(statement.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(statement.cue()).contains(warned);
  }

  @Test
  void find_quotationAfterAParagraphEndingWithCueAndColon_takesThatCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON continued/VBD/O/continue :/:").paragraph()
        .sentence("“/`` The/DT court/NN got/VBD it/PRP wrong/JJ today/NN ./. ”/''")
        .build();
    Cue continued = cue(parsed, 0, 1, Cue.Type.SPEECH, 0, null);

    Statement statement = only(find(parsed, continued));

    assertThat(statement.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(statement.cue()).contains(continued);
  }

  @Test
  void find_quotationAfterAParagraphWithACueButNoColon_takesNoCue() {
    ParsedText parsed = new HandParsed()
        .sentence("Ruiz/NNP/PERSON left/VBD/O/leave ./.").paragraph()
        .sentence("“/`` The/DT court/NN got/VBD it/PRP wrong/JJ today/NN ./. ”/''")
        .build();

    assertThat(only(find(parsed, cue(parsed, 0, 1, Cue.Type.SPEECH, 0, null))).cue())
        .isEmpty();
  }

  @Test
  void find_statementsFromClausesAndQuotations_comeInTextOrderWithTheirPartsIndexed() {
    ParsedText parsed = new HandParsed()
        .sentence("“/`` The/DT court/NN got/VBD it/PRP wrong/JJ today/NN ./. ”/''").paragraph()
        .sentence(RECKLESS)
        .build();
    Cue said = cue(parsed, 1, 1, Cue.Type.SPEECH, 0, "the plan was “ reckless ”");

    List<Statement> statements = find(parsed, said);

    assertThat(statements).isSortedAccordingTo(Comparator.comparing(Statement::content));
    assertThat(statements).extracting(Statement::kind)
        .containsExactly(QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.PARTIAL);
    assertThat(statements.get(2).partOf()).contains(1);
  }
}
