package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every {@link Extraction} must satisfy whatever the input: spans inside the text and equal
 * to the text they claim, ids unique, references resolvable, the graph made of exactly the
 * entities and quotes. Call {@link #assertValid} on every result a test produces.
 */
public final class ExtractionInvariants {

  private ExtractionInvariants() {}

  public static void assertValid(Extraction extraction, String text) {
    Set<String> entityIds = new HashSet<>();
    for (Entity entity : extraction.entities()) {
      assertThat(entityIds.add(entity.id())).as("entity id %s is unique", entity.id()).isTrue();
      assertThat(entity.name()).as("name of %s", entity.id()).isNotBlank();
      assertThat(entity.mentions()).as("mentions of %s: every entity is found in the text",
          entity.id()).isNotEmpty();
      for (Mention mention : entity.mentions()) {
        assertMention(mention, text, "mention of entity " + entity.id());
      }
    }
    Set<String> quoteIds = new HashSet<>();
    for (Quote quote : extraction.quotes()) {
      assertThat(quoteIds.add(quote.id())).as("quote id %s is unique", quote.id()).isTrue();
      assertSpan(quote.content(), text, "content of quote " + quote.id());
      assertThat(quote.text()).as("text of quote %s", quote.id()).isEqualTo(quote.content().of(text));
      quote.cue().ifPresent(cue -> assertMention(cue, text, "cue of quote " + quote.id()));
      quote.speakerMention().ifPresent(
          speaker -> assertMention(speaker, text, "speaker of quote " + quote.id()));
      quote.speakerId().ifPresent(id -> assertThat(entityIds)
          .as("speaker of quote %s is an entity", quote.id()).contains(id));
      assertThat(quote.confidence()).isBetween(0.0, 1.0);
    }
    for (Quote quote : extraction.quotes()) {
      quote.partOf().ifPresent(id -> assertThat(quoteIds)
          .as("quote %s is part of an existing quote", quote.id()).contains(id));
    }
    Set<GraphNode> expectedNodes = new HashSet<>(extraction.entities());
    expectedNodes.addAll(extraction.quotes());
    assertThat(extraction.graph().network().nodes())
        .as("graph nodes are the entities and quotes")
        .containsExactlyInAnyOrderElementsOf(expectedNodes);
    Set<String> nodeIds = expectedNodes.stream().map(GraphNode::id).collect(Collectors.toSet());
    for (Relation relation : extraction.graph().network().edges()) {
      var ends = extraction.graph().network().incidentNodes(relation);
      assertThat(List.of(ends.source().id(), ends.target().id()))
          .as("ends of %s", relation)
          .containsExactly(relation.source(), relation.target());
      assertThat(nodeIds).contains(relation.source(), relation.target());
    }
    assertThat(extraction.warnings()).allSatisfy(warning -> assertThat(warning).isNotBlank());
  }

  private static void assertMention(Mention mention, String text, String what) {
    assertSpan(mention.span(), text, what);
    assertThat(mention.text()).as("text of %s", what).isEqualTo(mention.span().of(text));
  }

  private static void assertSpan(Span span, String text, String what) {
    assertThat(span.start()).as("start of %s", what).isBetween(0, text.length());
    assertThat(span.end()).as("end of %s", what).isBetween(span.start(), text.length());
  }
}
