package org.quotegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quotegraph.HandMade.entity;
import static org.quotegraph.HandMade.extraction;
import static org.quotegraph.HandMade.person;
import static org.quotegraph.HandMade.said;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotegraph.AttributionRule;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.Quote;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;

class CorpusGraphTest {

  /** An article in which each of {@code speakers} says one thing. */
  private static Extraction article(String id, Entity... speakers) {
    List<Quote> quotes = new java.util.ArrayList<>();
    for (int i = 0; i < speakers.length; i++) {
      quotes.add(said("q" + (i + 1), speakers[i], 100 * i, "words of " + speakers[i].name()));
    }
    return extraction(id, List.of(speakers), quotes);
  }

  private static CorpusGraph corpusOf(Extraction... articles) {
    CorpusGraph.Builder builder = CorpusGraph.builder();
    for (Extraction article : articles) {
      builder.add(article);
    }
    return builder.build();
  }

  private static List<String> names(List<CorpusSpeaker> speakers) {
    return speakers.stream().map(CorpusSpeaker::name).toList();
  }

  @Test
  void add_sameFullNameInTwoArticles_mergesIntoOneSpeaker() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Helena Varga")),
        article("a2", person("e4", "Helena Varga")));

    assertThat(corpus.speakers()).hasSize(1);
    CorpusSpeaker varga = corpus.speakers().get(0);
    assertThat(varga.articleIds()).containsExactly("a1", "a2");
    assertThat(varga.quoteCount()).isEqualTo(2);
  }

  @Test
  void add_sameFullNameDifferingInCaseAccentsAndHonorific_mergesIntoOneSpeaker() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "José Núñez-Ortega")),
        article("a2", person("e1", "Dr. JOSE NUNEZ ORTEGA")),
        article("a3", person("e1", "Mr Jose Nunez Ortega")));

    assertThat(corpus.speakers()).singleElement()
        .satisfies(speaker -> assertThat(speaker.articleIds()).containsExactly("a1", "a2", "a3"));
    assertThat(corpus.speakers().get(0).name()).isEqualTo("José Núñez-Ortega");
  }

  @Test
  void add_singleWordNameInTwoArticles_keepsTwoSpeakers() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Varga")),
        article("a2", person("e1", "Varga")));

    assertThat(corpus.speakers()).hasSize(2);
    assertThat(corpus.speakers()).allSatisfy(s -> assertThat(s.articleCount()).isEqualTo(1));
  }

  @Test
  void add_singleWordNameOfTwoEntitiesInOneArticle_mergesWithinTheArticle() {
    Entity first = person("e1", "Varga");
    Entity second = person("e2", "Varga");
    CorpusGraph corpus = corpusOf(extraction("a1", List.of(first, second),
        List.of(said("q1", first, 0, "first words"), said("q2", second, 50, "second words"))));

    assertThat(corpus.speakers()).singleElement()
        .satisfies(speaker -> assertThat(speaker.quoteCount()).isEqualTo(2));
  }

  @Test
  void add_honorificAndSurnameInTwoArticles_keepsTwoSpeakers() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Mr Varga")),
        article("a2", person("e1", "Mr. Varga")));

    assertThat(corpus.speakers()).hasSize(2);
  }

  @Test
  void add_differentPeopleWithTheSameSurname_keepsThemApart() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Helena Varga")),
        article("a2", person("e1", "Peter Varga")),
        article("a3", person("e1", "Varga")));

    assertThat(names(corpus.speakers())).containsExactly("Helena Varga", "Peter Varga", "Varga");
  }

  @Test
  void add_sameNameWithDifferentTypes_keepsThemApart() {
    CorpusGraph corpus = corpusOf(
        article("a1", entity("e1", EntityType.PERSON, "Meridian Bulk", List.of(), List.of())),
        article("a2", entity("e1", EntityType.ORGANIZATION, "Meridian Bulk", List.of(), List.of())));

    assertThat(corpus.speakers()).extracting(CorpusSpeaker::type)
        .containsExactly(EntityType.PERSON, EntityType.ORGANIZATION);
  }

  @Test
  void add_groupsOfTheSameWordsInTwoArticles_keepsThemApart() {
    CorpusGraph corpus = corpusOf(
        article("a1", entity("e1", EntityType.GROUP, "security officials", List.of(), List.of())),
        article("a2", entity("e1", EntityType.GROUP, "security officials", List.of(), List.of())));

    assertThat(corpus.speakers()).hasSize(2);
  }

  @Test
  void add_quote_keepsItsArticleIdSpansAndSpeaker() {
    Entity reyes = person("e2", "Tomas Reyes");
    Quote quote = said("q3", reyes, 412, "We will fight this in every court");
    CorpusGraph corpus = corpusOf(extraction("dock-vote", List.of(person("e1", "Helena Varga"),
        reyes), List.of(quote)));

    CorpusSpeaker speaker = corpus.speakersNamed("Tomas Reyes").get(0);
    assertThat(corpus.quotes(speaker)).containsExactly(
        new CorpusQuote("dock-vote", speaker.id(), quote));
    assertThat(corpus.quotes(speaker).get(0).quote().content()).isEqualTo(new Span(412, 445));
  }

  @Test
  void add_entityThatNeverSpeaks_isNoSpeaker() {
    Entity varga = person("e1", "Helena Varga");
    Entity reyes = person("e2", "Tomas Reyes");
    CorpusGraph corpus = corpusOf(extraction("a1", List.of(varga, reyes),
        List.of(said("q1", varga, 0, "some words"))));

    assertThat(names(corpus.speakers())).containsExactly("Helena Varga");
  }

  @Test
  void add_scareQuoteAndPartialQuoteInsideAStatement_areNotCounted() {
    Entity varga = person("e1", "Helena Varga");
    Quote mixed = new Quote("q1", QuoteKind.MIXED, new Span(0, 30), "x".repeat(30),
        Optional.empty(), Optional.empty(), Optional.of("e1"), AttributionRule.EXPLICIT_SUBJECT,
        0.8, true, Optional.empty());
    Quote partial = new Quote("q2", QuoteKind.PARTIAL, new Span(10, 20), "y".repeat(10),
        Optional.empty(), Optional.empty(), Optional.of("e1"), AttributionRule.EXPLICIT_SUBJECT,
        0.8, true, Optional.of("q1"));
    Quote scare = new Quote("q3", QuoteKind.SCARE, new Span(40, 48), "godfater",
        Optional.empty(), Optional.empty(), Optional.empty(), AttributionRule.NONE, 0, true,
        Optional.empty());
    CorpusGraph corpus = corpusOf(extraction("a1", List.of(varga), List.of(mixed, partial, scare)));

    assertThat(corpus.quotes()).extracting(CorpusQuote::quote).containsExactly(mixed);
    assertThat(corpus.speakers().get(0).quoteCount()).isEqualTo(1);
  }

  @Test
  void add_titlesAndAffiliationsInTwoArticles_accumulateOnceEach() {
    CorpusGraph corpus = corpusOf(
        article("a1", entity("e1", EntityType.PERSON, "Helena Varga", List.of("mayor"),
            List.of("Port Elliston Council"))),
        article("a2", entity("e1", EntityType.PERSON, "Helena Varga",
            List.of("Mayor", "chair of the harbour board"), List.of("port elliston council"))));

    CorpusSpeaker varga = corpus.speakers().get(0);
    assertThat(varga.titles()).containsExactly("mayor", "chair of the harbour board");
    assertThat(varga.affiliations()).containsExactly("Port Elliston Council");
  }

  @Test
  void add_sameArticleIdTwice_changesNothing() {
    CorpusGraph.Builder builder = CorpusGraph.builder().add(article("a1", person("e1", "Helena Varga")));

    builder.add(article("a1", person("e1", "Tomas Reyes")));

    assertThat(builder.contains("a1")).isTrue();
    assertThat(builder.articleCount()).isEqualTo(1);
    assertThat(names(builder.build().speakers())).containsExactly("Helena Varga");
  }

  @Test
  void add_quoteNamingAnEntityNotInTheArticle_throwsAndAddsNothing() {
    Entity stranger = person("e9", "Tomas Reyes");
    Extraction broken = extraction("a1", List.of(person("e1", "Helena Varga")),
        List.of(said("q1", stranger, 0, "words")));
    CorpusGraph.Builder builder = CorpusGraph.builder();

    assertThatThrownBy(() -> builder.add(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e9");
    assertThat(builder.articleCount()).isZero();
  }

  @Test
  void add_null_throwsNullPointerException() {
    assertThatThrownBy(() -> CorpusGraph.builder().add(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("extraction");
  }

  @Test
  void build_noArticles_givesAnEmptyGraph() {
    CorpusGraph corpus = CorpusGraph.builder().build();

    assertThat(corpus.speakers()).isEmpty();
    assertThat(corpus.quotes()).isEmpty();
    assertThat(corpus.articleIds()).isEmpty();
    assertThat(corpus.network().nodes()).isEmpty();
    assertThat(corpus.topSpeakersByQuotes(10)).isEmpty();
  }

  @Test
  void build_thenAddMore_leavesTheEarlierGraphUnchanged() {
    CorpusGraph.Builder builder = CorpusGraph.builder().add(article("a1", person("e1", "Helena Varga")));
    CorpusGraph before = builder.build();

    builder.add(article("a2", person("e1", "Helena Varga"), person("e2", "Tomas Reyes")));

    assertThat(before.speakers()).hasSize(1);
    assertThat(before.speakers().get(0).articleIds()).containsExactly("a1");
    assertThat(before.network().edges()).isEmpty();
    assertThat(builder.build().speakers()).hasSize(2);
  }

  @Test
  void topSpeakersByQuotes_ordersByQuoteCountThenArticles() {
    Entity varga = person("e1", "Helena Varga");
    Entity reyes = person("e2", "Tomas Reyes");
    Entity okafor = person("e3", "Ada Okafor");
    CorpusGraph corpus = corpusOf(
        extraction("a1", List.of(varga, reyes, okafor), List.of(said("q1", varga, 0, "one"),
            said("q2", reyes, 10, "two"), said("q3", reyes, 20, "three"),
            said("q4", reyes, 30, "four"), said("q5", okafor, 40, "five"))),
        article("a2", person("e1", "Helena Varga")),
        article("a3", person("e1", "Ada Okafor")));

    // Reyes 3 quotes in 1 article; Varga and Okafor 2 in 2 each, Varga first seen
    assertThat(names(corpus.topSpeakersByQuotes(10)))
        .containsExactly("Tomas Reyes", "Helena Varga", "Ada Okafor");
    assertThat(names(corpus.topSpeakersByQuotes(1))).containsExactly("Tomas Reyes");
  }

  @Test
  void topSpeakersByArticles_ordersByArticleCount() {
    Entity reyes = person("e1", "Tomas Reyes");
    CorpusGraph corpus = corpusOf(
        extraction("a1", List.of(reyes), List.of(said("q1", reyes, 0, "one"),
            said("q2", reyes, 10, "two"), said("q3", reyes, 20, "three"))),
        article("a2", person("e1", "Helena Varga")),
        article("a3", person("e1", "Helena Varga")));

    assertThat(names(corpus.topSpeakersByArticles(2)))
        .containsExactly("Helena Varga", "Tomas Reyes");
  }

  @Test
  void topSpeakers_negativeLimit_throws() {
    CorpusGraph corpus = CorpusGraph.builder().build();

    assertThatThrownBy(() -> corpus.topSpeakersByQuotes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> corpus.topSpeakersByArticles(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
  }

  @Test
  void coQuoted_speakersInTheSameArticles_countsSharedArticles() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Helena Varga"), person("e2", "Tomas Reyes")),
        article("a2", person("e1", "Tomas Reyes"), person("e2", "Helena Varga"),
            person("e3", "Ada Okafor")),
        article("a3", person("e1", "Ada Okafor")));
    CorpusSpeaker varga = corpus.speakersNamed("Helena Varga").get(0);

    assertThat(corpus.coQuoted(varga)).extracting(co -> co.speaker().name(),
            CoQuotedSpeaker::sharedArticles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tomas Reyes", 2),
            org.assertj.core.groups.Tuple.tuple("Ada Okafor", 1));
  }

  @Test
  void coQuoted_speakerQuotedAlone_hasNone() {
    CorpusGraph corpus = corpusOf(article("a1", person("e1", "Helena Varga")),
        article("a2", person("e1", "Tomas Reyes")));

    assertThat(corpus.coQuoted(corpus.speakers().get(0))).isEmpty();
  }

  @Test
  void coQuoted_speakerOfAnotherGraph_throws() {
    CorpusGraph corpus = corpusOf(article("a1", person("e1", "Helena Varga")));
    CorpusSpeaker stranger = corpusOf(article("b1", person("e1", "Tomas Reyes"))).speakers().get(0);

    assertThatThrownBy(() -> corpus.coQuoted(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Tomas Reyes");
  }

  @Test
  void network_speakersQuotedTogether_areAdjacentWithTheSharedArticleCount() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Helena Varga"), person("e2", "Tomas Reyes")),
        article("a2", person("e1", "Helena Varga"), person("e2", "Tomas Reyes")));
    CorpusSpeaker varga = corpus.speakers().get(0);
    CorpusSpeaker reyes = corpus.speakers().get(1);

    assertThat(corpus.network().isDirected()).isFalse();
    assertThat(corpus.network().edgeValue(reyes, varga)).contains(2);
  }

  @Test
  void speakersOf_organisation_findsAffiliatedSpeakersIgnoringCase() {
    CorpusGraph corpus = corpusOf(
        article("a1", entity("e1", EntityType.PERSON, "Tomas Reyes", List.of("secretary"),
            List.of("Elliston Dockworkers Union"))),
        article("a2", entity("e1", EntityType.PERSON, "Ada Okafor", List.of(),
            List.of("elliston dockworkers union")),
            entity("e2", EntityType.PERSON, "Helena Varga", List.of(),
                List.of("Port Elliston Council"))));

    assertThat(names(corpus.speakersOf("ELLISTON DOCKWORKERS UNION")))
        .containsExactly("Tomas Reyes", "Ada Okafor");
    assertThat(corpus.speakersByOrganisation().keySet())
        .containsExactly("Elliston Dockworkers Union", "Port Elliston Council");
    assertThat(corpus.speakersOf("Meridian Bulk")).isEmpty();
  }

  @Test
  void speakersNamed_oneWordNameInTwoArticles_findsBoth() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Varga")),
        article("a2", person("e1", "Helena Varga"), person("e2", "Peter Varga")),
        article("a3", person("e1", "varga")));

    assertThat(corpus.speakersNamed("Varga")).extracting(CorpusSpeaker::articleIds)
        .containsExactly(List.of("a1"), List.of("a3"));
  }

  @Test
  void speakers_areNumberedInOrderOfFirstAppearance() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Helena Varga")),
        article("a2", person("e1", "Tomas Reyes"), person("e2", "Helena Varga")));

    assertThat(corpus.speakers()).extracting(CorpusSpeaker::id, CorpusSpeaker::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", "Helena Varga"),
            org.assertj.core.groups.Tuple.tuple("s2", "Tomas Reyes"));
    assertThat(corpus.speaker("s2").map(CorpusSpeaker::name)).contains("Tomas Reyes");
  }

  @Test
  void add_partsOfExtractions_buildTheSameGraphAsTheExtractions() {
    Entity varga = entity("e1", EntityType.PERSON, "Helena Varga", List.of("harbour master"),
        List.of("Port Authority"));
    Extraction first = article("a1", varga, person("e2", "Tomas Brandt"));
    Extraction second = article("a2", person("e3", "Helena Varga"), person("e4", "Varga"));

    CorpusGraph fromParts = CorpusGraph.builder()
        .add(first.articleId(), first.entities(), first.quotes())
        .add(second.articleId(), second.entities(), second.quotes())
        .build();
    CorpusGraph fromExtractions = corpusOf(first, second);

    assertThat(fromParts.speakers()).isEqualTo(fromExtractions.speakers());
    assertThat(fromParts.quotes()).isEqualTo(fromExtractions.quotes());
    assertThat(fromParts.network()).isEqualTo(fromExtractions.network());
  }

  @Test
  void add_partsWithUnknownSpeakerId_throwsAndLeavesTheBuilderAsItWas() {
    Extraction article = article("a1", person("e1", "Helena Varga"));
    CorpusGraph.Builder builder = CorpusGraph.builder();

    assertThatThrownBy(() -> builder.add("a1", List.of(), article.quotes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names speaker e1");
    assertThat(builder.articleCount()).isZero();
  }

  @Test
  void speakerKey_isEqualExactlyForSpeakersTheGraphMerges() {
    String helena = CorpusGraph.speakerKey("a1", person("e1", "Dr. Helena Varga"));

    assertThat(CorpusGraph.speakerKey("a2", person("e7", "helena varga"))).isEqualTo(helena);
    assertThat(CorpusGraph.speakerKey("a1", person("e1", "Varga")))
        .isEqualTo(CorpusGraph.speakerKey("a1", person("e5", "Varga")))
        .isNotEqualTo(CorpusGraph.speakerKey("a2", person("e1", "Varga")));
    assertThat(CorpusGraph.speakerKey("a1",
        entity("e1", EntityType.ORGANIZATION, "Helena Varga", List.of(), List.of())))
        .isNotEqualTo(helena);
    assertThat(CorpusGraph.speakerKey("a1",
        entity("e1", EntityType.GROUP, "port officials", List.of(), List.of())))
        .isNotEqualTo(CorpusGraph.speakerKey("a2",
            entity("e1", EntityType.GROUP, "port officials", List.of(), List.of())));
  }
}
