package org.quotegraph.internal.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.confidence.ConfidenceFeatures;
import org.quotegraph.internal.confidence.ConfidenceModel;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.entity.EntityClusterer;
import org.quotegraph.internal.entity.EntityRecord;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.quote.QuoteFinder;
import org.quotegraph.internal.quote.QuotedSpan;
import org.quotegraph.internal.speaker.Attribution;
import org.quotegraph.internal.speaker.Speakers;
import org.quotegraph.internal.statement.Statement;

/**
 * The assembly step on hand-made stage outputs: statements and attributions written by hand over
 * a hand-parsed text, its entities and quotations found as the extractor finds them.
 */
class AssemblerTest {

  /** A hand-parsed text with what the stages before assembly would return for it. */
  private static final class Document {
    final ParsedText parsed;
    final QuoteFinder.Scan scan;
    final List<QuotedSpan> quotations;
    final EntityTable table;
    final List<Statement> statements = new ArrayList<>();
    final List<Optional<Attribution>> attributions = new ArrayList<>();
    final List<EntityRecord> added = new ArrayList<>();

    Document(HandParsed text) {
      this.parsed = text.build();
      this.scan = new QuoteFinder().scan(parsed.text());
      this.quotations = scan.quotes();
      this.table = new EntityClusterer().cluster(parsed);
    }

    /** The span of the first {@code words} of the text. */
    Span span(String words) {
      int at = parsed.text().indexOf(words);
      assertThat(at).as("the text has \"" + words + "\"").isGreaterThanOrEqualTo(0);
      return new Span(at, at + words.length());
    }

    /** The index of the table's entity named {@code name}. */
    int entity(String name) {
      for (int i = 0; i < table.entities().size(); i++) {
        if (table.entities().get(i).name().equals(name)) {
          return i;
        }
      }
      throw new AssertionError("no entity named " + name);
    }

    /** A reporting verb of sentence 0 at {@code token}, reporting {@code clause}. */
    Cue cue(int token, int subject, String clause) {
      var said = parsed.sentences().get(0).token(token);
      return new Cue(0, token, new Span(said.start(), said.end()), Cue.Type.SPEECH,
          Optional.of(subject), Optional.of(span(clause)));
    }

    /** Adds a statement that is no quotation, and its speaker's attribution (none if null). */
    void reported(QuoteKind kind, String words, Cue cue, Attribution speaker) {
      statements.add(new Statement(kind, span(words), Optional.empty(), Optional.of(cue),
          Optional.empty(), 0, false));
      attributions.add(Optional.ofNullable(speaker));
    }

    /** Adds quotation {@code number} (from 0) as a statement, with its speaker's attribution. */
    void quoted(int number, QuoteKind kind, Optional<Integer> partOf, Attribution speaker) {
      QuotedSpan quote = quotations.get(number);
      statements.add(new Statement(kind, new Span(quote.contentStart(), quote.contentEnd()),
          Optional.of(quote), Optional.empty(), partOf, quote.paragraph(), false));
      attributions.add(Optional.ofNullable(speaker));
    }

    Extraction assemble() {
      List<Gender> genders = table.entities().stream().map(EntityRecord::gender).toList();
      Speakers speakers = new Speakers(attributions,
          new Speakers.NewEntities(added, Map.of(), genders));
      return new Assembler().assemble("a1", parsed, scan.warnings(), table, statements,
          speakers);
    }

    String words(Quote quote) {
      return quote.text().strip();
    }

    String speaker(Extraction extraction, Quote quote) {
      return extraction.speakerOf(quote).map(Entity::name).orElse(null);
    }
  }

  private static Attribution said(int entity, Span mention, double confidence) {
    return new Attribution(Optional.of(mention), Optional.of(entity),
        AttributionRule.EXPLICIT_SUBJECT, confidence);
  }

  /** {@code Ruiz said the talks failed , Holt added .}: two cues, one clause. */
  private static Document twoCuesOneClause(double ruizConfidence, double holtConfidence) {
    Document document = new Document(new HandParsed()
        .sentence("Ruiz/NNP/PERSON said/VBD/O/say the/DT talks/NNS failed/VBD ,/, "
            + "Holt/NNP/PERSON added/VBD/O/add ./."));
    document.reported(QuoteKind.INDIRECT, "Ruiz said the talks failed",
        document.cue(7, 6, "Ruiz said the talks failed"),
        said(document.entity("Holt"), document.span("Holt"), holtConfidence));
    document.reported(QuoteKind.INDIRECT, "the talks failed",
        document.cue(1, 0, "the talks failed"),
        said(document.entity("Ruiz"), document.span("Ruiz"), ruizConfidence));
    return document;
  }

  @Test
  void assemble_twoCuesReportingOneClause_giveOneStatementTheBetterAttributed() {
    Document document = twoCuesOneClause(0.81, 0.5);

    Extraction extraction = document.assemble();

    assertThat(extraction.quotes()).hasSize(1);
    Quote quote = extraction.quotes().get(0);
    assertThat(document.words(quote)).isEqualTo("the talks failed");
    assertThat(document.speaker(extraction, quote)).isEqualTo("Ruiz");
    assertThat(quote.confidence()).isEqualTo(calibrated(extraction, quote));
    assertThat(quote.cue().map(Mention::text)).contains("said");
  }

  @Test
  void assemble_twoCuesReportingOneClause_keepTheEarlierWhenItIsBetterAttributed() {
    Document document = twoCuesOneClause(0.5, 0.81);

    Extraction extraction = document.assemble();

    assertThat(extraction.quotes()).hasSize(1);
    Quote quote = extraction.quotes().get(0);
    assertThat(document.words(quote)).isEqualTo("Ruiz said the talks failed");
    assertThat(document.speaker(extraction, quote)).isEqualTo("Holt");
    assertThat(quote.confidence()).isEqualTo(calibrated(extraction, quote));
  }

  @Test
  void assemble_partOfTheWorseTwin_becomesAPartOfTheBetter() {
    Document document = new Document(new HandParsed()
        .sentence("Ruiz/NNP/PERSON said/VBD/O/say the/DT talks/NNS “/`` failed/VBD badly/RB ”/'' "
            + ",/, Holt/NNP/PERSON added/VBD/O/add ./."));
    String wide = "Ruiz said the talks “ failed badly ”";
    String narrow = "the talks “ failed badly ”";
    Attribution holt = said(document.entity("Holt"), document.span("Holt"), 0.5);
    document.reported(QuoteKind.MIXED, wide, document.cue(10, 9, wide), holt);
    document.reported(QuoteKind.MIXED, narrow, document.cue(1, 0, narrow),
        said(document.entity("Ruiz"), document.span("Ruiz"), 0.81));
    document.quoted(0, QuoteKind.PARTIAL, Optional.of(0), holt);

    Extraction extraction = document.assemble();

    assertThat(extraction.quotes()).extracting(Quote::kind)
        .containsExactly(QuoteKind.MIXED, QuoteKind.PARTIAL);
    Quote mixed = extraction.quotes().get(0);
    assertThat(document.words(mixed)).isEqualTo(narrow);
    assertThat(extraction.quotes().get(1).partOf()).contains(mixed.id());
  }

  @Test
  void assemble_betterTwinStartingAfterAQuotation_stillNumbersQuotesInTextOrder() {
    Document document = new Document(new HandParsed()
        .sentence("Ruiz/NNP/PERSON said/VBD/O/say “/`` sadly/RB ”/'' the/DT talks/NNS "
            + "failed/VBD ,/, Holt/NNP/PERSON added/VBD/O/add ./."));
    String wide = "Ruiz said “ sadly ” the talks failed";
    Attribution holt = said(document.entity("Holt"), document.span("Holt"), 0.5);
    document.reported(QuoteKind.MIXED, wide, document.cue(10, 9, wide), holt);
    document.quoted(0, QuoteKind.PARTIAL, Optional.of(0), holt);
    document.reported(QuoteKind.INDIRECT, "the talks failed",
        document.cue(1, 0, "the talks failed"),
        said(document.entity("Ruiz"), document.span("Ruiz"), 0.81));

    Extraction extraction = document.assemble();

    assertThat(extraction.quotes()).extracting(Quote::id, document::words)
        .containsExactly(tuple("q1", "sadly"), tuple("q2", "the talks failed"));
  }

  @Test
  void assemble_shortQuotationNobodyAttributed_isAScareQuoteWithoutSpeakerRuleOrConfidence() {
    Document document = new Document(new HandParsed()
        .sentence("The/DT ship/NN was/VBD known/VBN as/IN the/DT “/`` iron/NN duke/NN ”/'' ./."));
    document.quoted(0, QuoteKind.SCARE, Optional.empty(), null);

    Quote quote = document.assemble().quotes().get(0);

    assertThat(quote.kind()).isEqualTo(QuoteKind.SCARE);
    assertThat(quote.speakerId()).isEmpty();
    assertThat(quote.speakerMention()).isEmpty();
    assertThat(quote.rule()).isEqualTo(AttributionRule.NONE);
    assertThat(quote.confidence()).isZero();
  }

  @Test
  void assemble_shortQuotationWithAnAttributionThatFoundNobody_staysAScareQuoteWithRuleNone() {
    Document document = new Document(new HandParsed()
        .sentence("The/DT ship/NN was/VBD known/VBN as/IN the/DT “/`` iron/NN duke/NN ”/'' ./."));
    document.quoted(0, QuoteKind.SCARE, Optional.empty(), new Attribution(Optional.empty(),
        Optional.empty(), AttributionRule.PASSAGE_SUBJECT, 0.5));

    Quote quote = document.assemble().quotes().get(0);

    assertThat(quote.kind()).isEqualTo(QuoteKind.SCARE);
    assertThat(quote.rule()).isEqualTo(AttributionRule.NONE);
    assertThat(quote.confidence()).isZero();
  }

  @Test
  void assemble_shortQuotationARuleAttributed_isDirectWithThatSpeaker() {
    Document document = new Document(new HandParsed()
        .sentence("Ruiz/NNP/PERSON laughed/VBD ./.")
        .sentence("The/DT ship/NN was/VBD known/VBN as/IN the/DT “/`` iron/NN duke/NN ”/'' ./."));
    document.quoted(0, QuoteKind.SCARE, Optional.empty(), new Attribution(Optional.empty(),
        Optional.of(document.entity("Ruiz")), AttributionRule.PASSAGE_SUBJECT, 0.5));

    Extraction extraction = document.assemble();
    Quote quote = extraction.quotes().get(0);

    assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(document.speaker(extraction, quote)).isEqualTo("Ruiz");
    assertThat(quote.rule()).isEqualTo(AttributionRule.PASSAGE_SUBJECT);
    assertThat(quote.confidence()).isEqualTo(calibrated(extraction, quote));
  }

  @Test
  void assemble_entitiesWithoutMention_areKeptOnlyIfTheySpeakAfterThoseWithOne() {
    Document document = new Document(new HandParsed()
        .sentence("Officials/NNS said/VBD/O/say the/DT bridge/NN was/VBD closed/JJ ./.")
        .sentence("Ruiz/NNP/PERSON agreed/VBD ./."));
    int officials = document.table.entities().size();
    document.added.add(new EntityRecord(EntityType.GROUP, "Officials", List.of(), List.of(),
        List.of(), Gender.UNKNOWN));
    document.added.add(new EntityRecord(EntityType.GROUP, "residents", List.of(), List.of(),
        List.of(), Gender.UNKNOWN));
    document.reported(QuoteKind.INDIRECT, "the bridge was closed",
        document.cue(1, 0, "the bridge was closed"),
        said(officials, document.span("Officials"), 0.7));

    Extraction extraction = document.assemble();

    assertThat(extraction.entities()).extracting(Entity::id, Entity::name)
        .containsExactly(tuple("e1", "Ruiz"), tuple("e2", "Officials"));
    assertThat(extraction.quotes().get(0).speakerId()).contains("e2");
  }

  @Test
  void assemble_newEntityMentionedFirst_takesTheFirstId() {
    Document document = new Document(new HandParsed()
        .sentence("Tovi/NNP Brandt/NNP said/VBD/O/say the/DT port/NN was/VBD busy/JJ ./.")
        .sentence("Ana/NNP/PERSON Holt/NNP/PERSON agreed/VBD ./."));
    int tovi = document.table.entities().size();
    document.added.add(new EntityRecord(EntityType.PERSON, "Tovi Brandt",
        List.of(document.span("Tovi Brandt")), List.of(), List.of(), Gender.UNKNOWN));
    document.reported(QuoteKind.INDIRECT, "the port was busy",
        document.cue(2, 1, "the port was busy"), said(tovi, document.span("Tovi Brandt"), 0.9));

    Extraction extraction = document.assemble();

    assertThat(extraction.entities()).extracting(Entity::id, Entity::name)
        .containsExactly(tuple("e1", "Tovi Brandt"), tuple("e2", "Ana Holt"));
    assertThat(document.speaker(extraction, extraction.quotes().get(0)))
        .isEqualTo("Tovi Brandt");
  }

  @Test
  void assemble_quotationNeverClosed_warnsWhereItOpened() {
    Document document = new Document(new HandParsed()
        .sentence("Ruiz/NNP/PERSON said/VBD/O/say :/: “/`` we/PRP will/MD win/VB ./."));
    int open = document.quotations.get(0).open();

    Extraction extraction = document.assemble();

    assertThat(extraction.warnings()).singleElement().asString()
        .contains("quotation mark at " + open + " is never closed");
  }

  /** The confidence model's probability for {@code quote}, whose features the result holds. */
  private static double calibrated(Extraction extraction, Quote quote) {
    double confidence = ConfidenceModel.standard()
        .confidence(ConfidenceFeatures.of(quote, extraction.speakerOf(quote)));
    assertThat(confidence).isStrictlyBetween(0.0, 1.0);
    return confidence;
  }
}
