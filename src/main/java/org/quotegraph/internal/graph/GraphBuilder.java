package org.quotegraph.internal.graph;

import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.MutableNetwork;
import com.google.common.graph.NetworkBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.GraphNode;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.Relation;
import org.quotegraph.RelationType;
import org.quotegraph.Span;
import org.quotegraph.SpeakerGraph;
import org.quotegraph.internal.SortedSpans;

/**
 * Joins one article's entities and quotes into its {@link SpeakerGraph}. Stateless and
 * thread-safe.
 */
public final class GraphBuilder {

  /**
   * A sentence naming more entities than this is a list (of names, of teams, of results), not a
   * statement of who was with whom; its pairs would swamp the graph.
   */
  static final int MAX_COOCCURRING = 20;

  /**
   * @param sentences the spans of the article's sentences, for co-occurrence
   */
  public SpeakerGraph build(List<Entity> entities, List<Quote> quotes, List<Span> sentences) {
    MutableNetwork<GraphNode, Relation> network = NetworkBuilder.directed()
        .allowsParallelEdges(true)
        .allowsSelfLoops(false)
        .expectedNodeCount(entities.size() + quotes.size())
        .build();
    Map<String, Entity> byId = new HashMap<>();
    Map<Entity, Integer> order = new HashMap<>();
    List<Located> mentions = new ArrayList<>();
    for (Entity entity : entities) {
      network.addNode(entity);
      byId.put(entity.id(), entity);
      order.put(entity, order.size());
      for (Mention mention : entity.mentions()) {
        mentions.add(new Located(mention.span(), entity));
      }
    }
    mentions.sort(Comparator.comparing(Located::span));
    for (Quote quote : quotes) {
      network.addNode(quote);
      quote.speakerId().map(byId::get).ifPresent(speaker ->
          connect(network, RelationType.SAID, speaker, quote));
      // entities in their own order, as before; found by search, not by a pass over all of them
      Set<Entity> mentioned = new TreeSet<>(Comparator.comparing(order::get));
      int first = SortedSpans.firstStartingFrom(mentions, Located::span, quote.content().start());
      for (int i = first;
          i < mentions.size() && mentions.get(i).span().start() < quote.content().end(); i++) {
        if (quote.content().contains(mentions.get(i).span())) {
          mentioned.add(mentions.get(i).entity());
        }
      }
      for (Entity entity : mentioned) {
        connect(network, RelationType.MENTIONS, quote, entity);
      }
    }
    for (Entity entity : entities) {
      if (entity.type() != EntityType.PERSON) {
        continue;
      }
      for (String organisation : entity.affiliations()) {
        entities.stream()
            .filter(other -> other.type() == EntityType.ORGANIZATION
                && other.name().equalsIgnoreCase(organisation))
            .findFirst()
            .ifPresent(org -> connect(network, RelationType.AFFILIATED_WITH, entity, org));
      }
    }
    addCoOccurrences(network, entities, sentences);
    return new SpeakerGraph(ImmutableNetwork.copyOf(network));
  }

  private record Located(Span span, Entity entity) {}

  private static void addCoOccurrences(MutableNetwork<GraphNode, Relation> network,
      List<Entity> entities, List<Span> sentences) {
    // entities are in order of first mention, so index order is first-named order
    Map<Entity, Integer> order = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      order.put(entities.get(i), i);
    }
    List<Set<Entity>> bySentence = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      bySentence.add(new LinkedHashSet<>());
    }
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        int sentence = sentenceOf(sentences, mention.span().start());
        if (sentence >= 0) {
          bySentence.get(sentence).add(entity);
        }
      }
    }
    for (Set<Entity> together : bySentence) {
      if (together.size() > MAX_COOCCURRING) {
        continue;
      }
      List<Entity> members = new ArrayList<>(together);
      members.sort((a, b) -> order.get(a) - order.get(b));
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          connect(network, RelationType.CO_OCCURS, members.get(i), members.get(j));
        }
      }
    }
  }

  private static int sentenceOf(List<Span> sentences, int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Span sentence = sentences.get(mid);
      if (offset < sentence.start()) {
        high = mid - 1;
      } else if (offset >= sentence.end()) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static void connect(MutableNetwork<GraphNode, Relation> network, RelationType type,
      GraphNode source, GraphNode target) {
    if (source.equals(target)) {
      return;
    }
    Relation relation = new Relation(type, source.id(), target.id());
    if (!network.edges().contains(relation)) {
      network.addEdge(source, target, relation);
    }
  }
}
