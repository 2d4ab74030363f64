package org.quotegraph.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.HandMade;
import org.quotegraph.Quote;
import org.quotegraph.QuoteKind;
import org.quotegraph.Relation;
import org.quotegraph.RelationType;
import org.quotegraph.Span;
import org.quotegraph.SpeakerGraph;

class GraphBuilderTest {

  private final GraphBuilder builder = new GraphBuilder();

  /** The spans of {@code sentences}, each found in {@code text} after the one before. */
  private static List<Span> sentences(String text, String... sentences) {
    List<Span> spans = new ArrayList<>();
    int from = 0;
    for (String sentence : sentences) {
      int at = text.indexOf(sentence, from);
      assertThat(at).as("the text has \"" + sentence + "\"").isGreaterThanOrEqualTo(0);
      spans.add(new Span(at, at + sentence.length()));
      from = at + sentence.length();
    }
    return spans;
  }

  private static Relation relation(RelationType type, Entity source, Quote target) {
    return new Relation(type, source.id(), target.id());
  }

  private static Relation relation(RelationType type, Quote source, Entity target) {
    return new Relation(type, source.id(), target.id());
  }

  private static Relation relation(RelationType type, Entity source, Entity target) {
    return new Relation(type, source.id(), target.id());
  }

  /** {@code count} people named {@code Kip A}, {@code Kip B}, ... in one sentence. */
  private static SpeakerGraph gathering(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("Kip ").append((char) ('A' + i)).append(", ");
    }
    text.append("and friends met.");
    HandMade.Text article = new HandMade.Text("a1", text.toString());
    List<Entity> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = "Kip " + (char) ('A' + i);
      people.add(article.entity(EntityType.PERSON, name, List.of(), List.of(), name));
    }
    return new GraphBuilder().build(people, List.of(),
        List.of(new Span(0, article.text().length())));
  }

  @Test
  void build_quoteWithASpeaker_isSaidByThatSpeakerAlone() {
    HandMade.Text article = new HandMade.Text("a1",
        "Ruiz said: “The port stays open.” A sign read “Closed for good” all week.");
    Entity ruiz = article.entity(EntityType.PERSON, "Marco Ruiz", List.of(), List.of(), "Ruiz");
    Quote said = article.quote(QuoteKind.DIRECT, "The port stays open.", ruiz);
    Quote scare = article.quote(QuoteKind.SCARE, "Closed for good", null);

    SpeakerGraph graph = builder.build(List.of(ruiz), List.of(said, scare), List.of());

    assertThat(graph.relations(RelationType.SAID))
        .containsExactly(relation(RelationType.SAID, ruiz, said));
    assertThat(graph.network().incidentNodes(graph.relations(RelationType.SAID).get(0)).source())
        .isEqualTo(ruiz);
    assertThat(graph.network().nodes()).contains(scare);
  }

  @Test
  void build_entityNamedInsideAQuote_isMentionedByItOnce() {
    String text = "Ruiz said: “Holt will lose, and Holt knows it.” Holt laughed.";
    HandMade.Text article = new HandMade.Text("a1", text);
    Entity ruiz = article.entity(EntityType.PERSON, "Marco Ruiz", List.of(), List.of(), "Ruiz");
    Entity holt = article.entity(EntityType.PERSON, "Ana Holt", List.of(), List.of(), "Holt");
    Quote quote = article.quote(QuoteKind.DIRECT, "Holt will lose, and Holt knows it.", ruiz);

    SpeakerGraph graph = builder.build(List.of(ruiz, holt), List.of(quote), List.of());

    assertThat(graph.relations(RelationType.MENTIONS))
        .containsExactly(relation(RelationType.MENTIONS, quote, holt));
  }

  @Test
  void build_affiliationNamingAnOrganisation_joinsThePersonToIt() {
    HandMade.Text article = new HandMade.Text("a1", "Ruiz of Kestrel Mining spoke.");
    Entity ruiz = article.entity(EntityType.PERSON, "Marco Ruiz", List.of("chief"),
        List.of("kestrel mining"), "Ruiz");
    Entity kestrel = article.entity(EntityType.ORGANIZATION, "Kestrel Mining", List.of(),
        List.of(), "Kestrel Mining");

    SpeakerGraph graph = builder.build(List.of(ruiz, kestrel), List.of(), List.of());

    assertThat(graph.relations(RelationType.AFFILIATED_WITH))
        .containsExactly(relation(RelationType.AFFILIATED_WITH, ruiz, kestrel));
  }

  @Test
  void build_affiliationNamingNoOrganisation_joinsNothing() {
    HandMade.Text article = new HandMade.Text("a1", "Ruiz of Kestrel left Dunmore.");
    Entity ruiz = article.entity(EntityType.PERSON, "Marco Ruiz", List.of(),
        List.of("Dunmore", "Kestrel Mining"), "Ruiz");
    Entity dunmore = article.entity(EntityType.LOCATION, "Dunmore", List.of(), List.of(),
        "Dunmore");
    Entity kestrel = article.entity(EntityType.ORGANIZATION, "Kestrel", List.of(), List.of(),
        "Kestrel");

    SpeakerGraph graph = builder.build(List.of(ruiz, kestrel, dunmore), List.of(), List.of());

    assertThat(graph.relations(RelationType.AFFILIATED_WITH)).isEmpty();
  }

  @Test
  void build_pairNamedTogetherInTwoSentences_coOccursOnceFromTheFirstNamed() {
    String text = "Ruiz met Holt. Later Holt thanked Ruiz. Berg stayed home.";
    HandMade.Text article = new HandMade.Text("a1", text);
    Entity ruiz = article.entity(EntityType.PERSON, "Marco Ruiz", List.of(), List.of(), "Ruiz");
    Entity holt = article.entity(EntityType.PERSON, "Ana Holt", List.of(), List.of(), "Holt");
    Entity berg = article.entity(EntityType.PERSON, "Tom Berg", List.of(), List.of(), "Berg");

    SpeakerGraph graph = builder.build(List.of(ruiz, holt, berg), List.of(),
        sentences(text, "Ruiz met Holt.", "Later Holt thanked Ruiz.", "Berg stayed home."));

    assertThat(graph.relations(RelationType.CO_OCCURS))
        .containsExactly(relation(RelationType.CO_OCCURS, ruiz, holt));
  }

  @Test
  void build_pairNamedInDifferentSentences_doesNotCoOccur() {
    String text = "Ruiz spoke. Holt left.";
    HandMade.Text article = new HandMade.Text("a1", text);
    Entity ruiz = article.entity(EntityType.PERSON, "Marco Ruiz", List.of(), List.of(), "Ruiz");
    Entity holt = article.entity(EntityType.PERSON, "Ana Holt", List.of(), List.of(), "Holt");

    SpeakerGraph graph = builder.build(List.of(ruiz, holt), List.of(),
        sentences(text, "Ruiz spoke.", "Holt left."));

    assertThat(graph.relations(RelationType.CO_OCCURS)).isEmpty();
  }

  @Test
  void build_sentenceNamingAsManyEntitiesAsAllowed_joinsEveryPair() {
    int most = GraphBuilder.MAX_COOCCURRING;

    SpeakerGraph graph = gathering(most);

    assertThat(graph.relations(RelationType.CO_OCCURS)).hasSize(most * (most - 1) / 2);
  }

  @Test
  void build_sentenceNamingMoreEntitiesThanAllowed_addsNoCoOccurrence() {
    SpeakerGraph graph = gathering(GraphBuilder.MAX_COOCCURRING + 1);

    assertThat(graph.network().nodes()).hasSize(GraphBuilder.MAX_COOCCURRING + 1);
    assertThat(graph.relations(RelationType.CO_OCCURS)).isEmpty();
  }
}
