package org.quotegraph.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quotegraph.internal.speaker.Copy.openQuotation;
import static org.quotegraph.internal.speaker.Copy.quotation;
import static org.quotegraph.internal.speaker.Copy.quoteThenSaid;
import static org.quotegraph.internal.speaker.Copy.saidThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.EntityType;
import org.quotegraph.internal.entity.EntityRecord;
import org.quotegraph.internal.nlp.HandParsed;

/** The order of the speaker stage's passes, seen in which rule gives each statement its speaker. */
class SpeakerStageTest {

  private static final String RUIZ = "Marco/NNP/PERSON Ruiz/NNP/PERSON";
  private static final String HOLT = "Ana/NNP/PERSON Holt/NNP/PERSON";

  /** The speaker stage's output over a fixture's statements, read by the statements' words. */
  private record Run(RuleFixture fixture, Speakers speakers) {

    static Run of(HandParsed text) {
      RuleFixture fixture = RuleFixture.of(text.build());
      return new Run(fixture, fixture.runStage());
    }

    Attribution of(String words) {
      return speakers.attributions().get(fixture.statement(words))
          .orElseThrow(() -> new AssertionError("no speaker for \"" + words + "\""));
    }

    /** The name of the speaker of the statement with {@code words}. */
    String speaker(String words) {
      int entity = of(words).entity().orElseThrow();
      List<EntityRecord> known = fixture.table.entities();
      return entity < known.size() ? known.get(entity).name()
          : speakers.entities().added().get(entity - known.size()).name();
    }

    AttributionRule rule(String words) {
      return of(words).rule();
    }
  }

  @Test
  void attribute_quotationWithACueOfItsOwn_takesItsCueBeforeAnAdjacentQuote() {
    HandParsed text = quoteThenSaid(new HandParsed(), "We will appeal", RUIZ);
    Run run = Run.of(quoteThenSaid(text, "The court got it wrong", HOLT));

    assertThat(run.speaker("The court got it wrong")).isEqualTo("Ana Holt");
    assertThat(run.rule("The court got it wrong")).isEqualTo(AttributionRule.EXPLICIT_SUBJECT);
  }

  @Test
  void attribute_quotationWithoutCue_takesTheAdjacentQuotesSpeaker() {
    HandParsed text = quoteThenSaid(new HandParsed(), "We will appeal", RUIZ);
    Run run = Run.of(quotation(text, "The court got it wrong"));

    assertThat(run.speaker("The court got it wrong")).isEqualTo("Marco Ruiz");
    assertThat(run.rule("The court got it wrong")).isEqualTo(AttributionRule.ADJACENT_QUOTE);
  }

  @Test
  void attribute_chainWhoseSpeakerComesLast_isFilledBackwards() {
    HandParsed text = openQuotation(new HandParsed(), "The ruling is unfair").paragraph();
    openQuotation(text, "The court got it wrong").paragraph();
    Run run = Run.of(quoteThenSaid(text, "We will appeal", RUIZ));

    assertThat(List.of("The ruling is unfair", "The court got it wrong", "We will appeal"))
        .extracting(run::speaker).containsOnly("Marco Ruiz");
    assertThat(List.of("The ruling is unfair", "The court got it wrong"))
        .extracting(run::rule).containsOnly(AttributionRule.PARAGRAPH_CONTINUATION);
    assertThat(run.of("The ruling is unfair").confidence())
        .isLessThan(run.of("The court got it wrong").confidence());
    assertThat(run.of("The court got it wrong").confidence())
        .isLessThan(run.of("We will appeal").confidence());
  }

  @Test
  void attribute_quotationAfterAnAttributedParagraph_takesItsSpeakerNotThePassageSubject() {
    HandParsed text = new HandParsed();
    for (int i = 0; i < 3; i++) {
      text.sentence("The/DT rain/NN fell/VBD ./.").paragraph();
    }
    saidThat(text, HOLT, "port", "busy")
        .sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON runs/VBZ the/DT docks/NNS ./.").paragraph();
    Run run = Run.of(quotation(text, "The cranes are old and slow"));

    assertThat(run.speaker("The cranes are old and slow")).isEqualTo("Ana Holt");
    assertThat(run.rule("The cranes are old and slow"))
        .isEqualTo(AttributionRule.PARAGRAPH_CONTINUATION);
  }

  @Test
  void attribute_quotationNoOtherRuleReaches_takesThePassageSubject() {
    HandParsed text = new HandParsed();
    for (int i = 0; i < 3; i++) {
      text.sentence("The/DT rain/NN fell/VBD ./.").paragraph();
    }
    text.sentence("Marco/NNP/PERSON Ruiz/NNP/PERSON runs/VBZ the/DT docks/NNS ./.").paragraph();
    Run run = Run.of(quotation(text, "The cranes are old and slow"));

    assertThat(run.speaker("The cranes are old and slow")).isEqualTo("Marco Ruiz");
    assertThat(run.rule("The cranes are old and slow")).isEqualTo(AttributionRule.PASSAGE_SUBJECT);
  }

  @Test
  void attribute_speakerOfACue_isSalientForALaterPronoun() {
    // the parse gives "said" no subject, so Ruiz is the speaker of the quotation but the subject
    // of no sentence; Tom Berg is mentioned after him
    HandParsed text = new HandParsed()
        .sentence("“/`` We/PRP will/MD appeal/VB ,/, ”/'' said/VBD/O/say Marco/NNP/PERSON "
            + "Ruiz/NNP/PERSON ./.", "punct 3 0, nsubj 3 1, aux 3 2, ccomp 6 3, punct 3 4, "
            + "punct 6 5, root -1 6, flat 8 7, obj 6 8, punct 6 9").paragraph()
        .sentence("Crowds/NNS cheered/VBD Tom/NNP/PERSON Berg/NNP/PERSON ./.").paragraph();
    Run run = Run.of(saidThat(text, "He/PRP", "appeal", "likely"));

    assertThat(run.speaker("We will appeal")).isEqualTo("Marco Ruiz");
    assertThat(run.speaker("the appeal was likely")).isEqualTo("Marco Ruiz");
    assertThat(run.rule("the appeal was likely")).isEqualTo(AttributionRule.PRONOUN);
  }

  @Test
  void attribute_partsOfAMixedStatement_takeItsSpeakerAsSurely() {
    RuleFixture fixture = RuleFixture.of(new HandParsed()
        .sentence("Ruiz/NNP/PERSON said/VBD/O/say the/DT plan/NN was/VBD “/`` reckless/JJ ”/'' "
            + "./.", "nsubj 1 0, root -1 1, det 3 2, nsubj 6 3, cop 6 4, punct 6 5, ccomp 1 6, "
            + "punct 6 7, punct 1 8").build());
    int whole = fixture.statement("the plan was");
    int part = whole + 1;
    assertThat(fixture.statements.get(part).partOf()).contains(whole);

    Speakers speakers = fixture.runStage();

    Attribution ofWhole = speakers.attributions().get(whole).orElseThrow();
    Attribution ofPart = speakers.attributions().get(part).orElseThrow();
    assertThat(ofPart.entity()).contains(fixture.entity("Ruiz")).isEqualTo(ofWhole.entity());
    assertThat(ofPart.rule()).isEqualTo(ofWhole.rule());
    assertThat(ofPart.confidence()).isEqualTo(ofWhole.confidence());
  }

  @Test
  void attribute_speakerThatIsNoEntityYet_comesBackAsANewEntity() {
    RuleFixture fixture = RuleFixture.of(saidThat(new HandParsed(), RUIZ, "port", "busy")
        .paragraph().sentence("Officials/NNS said/VBD/O/say the/DT bridge/NN was/VBD "
            + "closed/JJ ./.", "nsubj 1 0, root -1 1, det 3 2, nsubj 5 3, cop 5 4, ccomp 1 5, "
            + "punct 1 6").build());
    int known = fixture.table.entities().size();

    Speakers speakers = fixture.runStage();

    assertThat(fixture.table.entities()).hasSize(known);
    assertThat(speakers.entities().added()).extracting(EntityRecord::type, EntityRecord::name)
        .containsExactly(tuple(EntityType.GROUP, "Officials"));
    assertThat(speakers.attributions().get(fixture.statement("the bridge was closed"))
        .flatMap(Attribution::entity)).contains(known);
  }

  @Test
  void attribute_shortQuotationNoRuleReaches_hasNoSpeaker() {
    Run run = Run.of(new HandParsed()
        .sentence("The/DT ship/NN was/VBD known/VBN as/IN the/DT “/`` iron/NN duke/NN ”/'' ./."));

    assertThat(run.speakers().attributions().get(run.fixture().statement("iron duke")))
        .isEmpty();
  }
}
