package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end, with the real CoreNLP models, on an article written for this test. */
class NewsExtractorTest {

  private static final String ARTICLE = String.join("\n\n",
      "Rail strike to go ahead, union says",
      "LUSANNE — Train drivers will strike for three days next week after talks with the national "
          + "operator collapsed on Tuesday, the drivers' union said.",
      "\"We have run out of patience with promises that are never kept,\" said Marta Kowal, "
          + "general secretary of the Federation of Rail Workers.",
      "Kowal said the operator had offered a pay rise that was \"an insult\" to drivers.",
      "Transport Minister Didier Amsel urged both sides to return to the table. \"Nobody wins "
          + "when the trains stand still,\" Amsel told reporters in the capital.",
      "He said the government was ready to appoint a mediator.",
      "\"This is not about money alone. It is about safety on every line in the country.\"",
      "Lusanne Rail, the operator, said in a statement that it regretted the decision.");

  private static Extraction result;

  @BeforeAll
  static void extract() {
    result = SharedExtractor.get().extract(new Article("rail-1", ARTICLE));
  }

  private static Entity entityNamed(String name) {
    return result.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + result.entities()));
  }

  private static Quote quoteStarting(String words) {
    return result.quotes().stream().filter(q -> q.text().startsWith(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting " + words));
  }

  private static String speakerName(Quote quote) {
    return result.speakerOf(quote).map(Entity::name).orElse(null);
  }

  @Test
  void extract_people_areClusteredUnderTheirFullNameWithoutTitles() {
    Entity kowal = entityNamed("Marta Kowal");
    assertThat(kowal.type()).isEqualTo(EntityType.PERSON);
    assertThat(kowal.mentions()).extracting(Mention::text).contains("Marta Kowal", "Kowal");
    Entity amsel = entityNamed("Didier Amsel");
    assertThat(amsel.mentions()).extracting(Mention::text).contains("Didier Amsel", "Amsel");
    assertThat(amsel.titles()).anyMatch(title -> title.contains("minister"));
    assertThat(kowal.titles()).anyMatch(title -> title.contains("general secretary"));
  }

  @Test
  void extract_mentions_pointIntoTheOriginalText() {
    for (Entity entity : result.entities()) {
      for (Mention mention : entity.mentions()) {
        assertThat(ARTICLE.substring(mention.span().start(), mention.span().end()))
            .isEqualTo(mention.text());
      }
    }
    for (Quote quote : result.quotes()) {
      assertThat(quote.content().of(ARTICLE)).isEqualTo(quote.text());
      quote.speakerMention().ifPresent(m -> assertThat(m.span().of(ARTICLE)).isEqualTo(m.text()));
      quote.cue().ifPresent(m -> assertThat(m.span().of(ARTICLE)).isEqualTo(m.text()));
    }
  }

  @Test
  void extract_saidAfterQuote_attributesToTheNamedSubject() {
    Quote quote = quoteStarting("We have run out of patience");
    assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(quote)).isEqualTo("Marta Kowal");
    assertThat(quote.rule()).isEqualTo(AttributionRule.EXPLICIT_SUBJECT);
    assertThat(quote.cue()).map(Mention::text).contains("said");
  }

  @Test
  void extract_toldReporters_attributesToTheSurnamesPerson() {
    Quote quote = quoteStarting("Nobody wins");
    assertThat(speakerName(quote)).isEqualTo("Didier Amsel");
    assertThat(quote.speakerMention()).map(Mention::text).contains("Amsel");
  }

  @Test
  void extract_partialQuoteInReportedSpeech_isOneMixedStatementWithThePartialInside() {
    Quote mixed = result.quotes().stream()
        .filter(q -> q.kind() == QuoteKind.MIXED && q.text().contains("an insult"))
        .findFirst().orElseThrow();
    assertThat(speakerName(mixed)).isEqualTo("Marta Kowal");
    Quote partial = quoteStarting("an insult");
    assertThat(partial.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(partial.partOf()).contains(mixed.id());
  }

  @Test
  void extract_pronounSubject_resolvesToTheLatestSpeaker() {
    Quote quote = quoteStarting("the government was ready");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.rule()).isEqualTo(AttributionRule.PRONOUN);
    assertThat(quote.speakerMention()).map(Mention::text).contains("He");
    assertThat(speakerName(quote)).isEqualTo("Didier Amsel");
  }

  @Test
  void extract_paragraphThatIsOnlyAQuote_continuesThePreviousSpeaker() {
    Quote quote = quoteStarting("This is not about money alone");
    assertThat(quote.rule()).isEqualTo(AttributionRule.PARAGRAPH_CONTINUATION);
    assertThat(speakerName(quote)).isEqualTo("Didier Amsel");
  }

  @Test
  void extract_organisationSpeaker_saysInAStatement() {
    Quote quote = quoteStarting("it regretted the decision");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    Optional<Entity> speaker = result.speakerOf(quote);
    assertThat(speaker).map(Entity::type).contains(EntityType.ORGANIZATION);
    assertThat(speaker).map(Entity::name).contains("Lusanne Rail");
  }

  @Test
  void extract_graph_joinsSpeakersToTheirQuotes() {
    Entity kowal = entityNamed("Marta Kowal");
    List<Quote> byKowal = result.quotesBySpeaker().get(kowal);
    assertThat(byKowal).extracting(Quote::text)
        .anyMatch(text -> text.startsWith("We have run out of patience"));
    assertThat(result.graph().network().nodes()).containsAll(result.entities());
    assertThat(result.graph().network().nodes()).containsAll(result.quotes());
    for (Quote quote : byKowal) {
      assertThat(result.graph().network().edgesConnecting(kowal, quote))
          .contains(new Relation(RelationType.SAID, kowal.id(), quote.id()));
    }
  }

  @Test
  void extract_affiliationFromApposition_isAnEdgeToTheOrganisation() {
    Entity kowal = entityNamed("Marta Kowal");
    assertThat(kowal.affiliations()).contains("Federation of Rail Workers");
    Entity federation = entityNamed("Federation of Rail Workers");
    assertThat(result.graph().network().edgesConnecting(kowal, federation))
        .contains(new Relation(RelationType.AFFILIATED_WITH, kowal.id(), federation.id()));
  }

  @Test
  void extract_blankText_givesAnEmptyResult() {
    Extraction empty = SharedExtractor.get().extract(new Article("blank", " \n\n \t"));
    assertThat(empty.entities()).isEmpty();
    assertThat(empty.quotes()).isEmpty();
    assertThat(empty.graph().network().nodes()).isEmpty();
  }

  @Test
  void extract_null_namesTheParameter() {
    assertThatThrownBy(() -> SharedExtractor.get().extract(null))
        .isInstanceOf(NullPointerException.class).hasMessage("article");
  }

  @Test
  void builder_optionSetTwice_failsInTheSetterNamingTheValueAlreadySet() {
    NewsExtractor.Builder builder = NewsExtractor.builder().maxTextLength(10);

    assertThatThrownBy(() -> builder.maxTextLength(20)).isInstanceOf(IllegalStateException.class)
        .hasMessage("maxTextLength was already set to 10; set each option once on the builder");
  }

  @Test
  void builder_scopeSetTwice_failsInTheSetter() {
    NewsExtractor.Builder builder =
        NewsExtractor.builder().attributionScope(AttributionScope.BROAD);

    assertThatThrownBy(() -> builder.attributionScope(AttributionScope.SPEECH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("attributionScope was already set to BROAD");
  }
}
