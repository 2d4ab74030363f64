package org.quotegraph;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableNetwork;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The graph of one article: {@link Entity} and {@link Quote} nodes joined by {@link Relation}
 * edges ({@code SAID}, {@code MENTIONS}, {@code AFFILIATED_WITH}, {@code CO_OCCURS}).
 *
 * <p>Its shape is checked when it is made, so that every reader can rely on it: the underlying
 * Guava {@link ImmutableNetwork} is directed and allows no self-loops; node ids are unique; each
 * edge's {@link Relation#source()} and {@link Relation#target()} are the ids of the nodes it
 * joins; {@code SAID} goes from an entity to a quote, {@code MENTIONS} from a quote to an
 * entity, {@code AFFILIATED_WITH} from a person to an organisation and {@code CO_OCCURS} from an
 * entity to another entity. This class is immutable and thread-safe.
 */
public final class SpeakerGraph {

  private final ImmutableNetwork<GraphNode, Relation> network;

  /**
   * Wraps {@code network}, after checking its shape (see the class description).
   *
   * @param network the graph
   * @throws NullPointerException if {@code network} is null
   * @throws IllegalArgumentException if {@code network} does not have that shape; the message
   *     names the first node or edge that breaks it
   */
  public SpeakerGraph(ImmutableNetwork<GraphNode, Relation> network) {
    this.network = Objects.requireNonNull(network, "network");
    if (!network.isDirected() || network.allowsSelfLoops()) {
      throw new IllegalArgumentException("a speaker graph is directed and allows no self-loops;"
          + " build its network with NetworkBuilder.directed().allowsSelfLoops(false)");
    }
    Set<String> ids = new HashSet<>();
    for (GraphNode node : network.nodes()) {
      if (!ids.add(node.id())) {
        throw new IllegalArgumentException("two nodes have the id \"" + node.id()
            + "\"; node ids are unique within a graph");
      }
    }
    for (Relation edge : network.edges()) {
      EndpointPair<GraphNode> ends = network.incidentNodes(edge);
      if (!ends.source().id().equals(edge.source()) || !ends.target().id().equals(edge.target())) {
        throw new IllegalArgumentException("edge " + edge + " joins " + ends.source().id()
            + " to " + ends.target().id() + "; an edge names the nodes it joins");
      }
      if (!fits(edge.type(), ends.source(), ends.target())) {
        throw new IllegalArgumentException("edge " + edge + " cannot join a "
            + describe(ends.source()) + " to a " + describe(ends.target())
            + "; see RelationType for what each relation joins");
      }
    }
  }

  private static boolean fits(RelationType type, GraphNode source, GraphNode target) {
    return switch (type) {
      case SAID -> source instanceof Entity && target instanceof Quote;
      case MENTIONS -> source instanceof Quote && target instanceof Entity;
      case AFFILIATED_WITH -> source instanceof Entity person && person.type() == EntityType.PERSON
          && target instanceof Entity organisation
          && organisation.type() == EntityType.ORGANIZATION;
      case CO_OCCURS -> source instanceof Entity && target instanceof Entity;
    };
  }

  private static String describe(GraphNode node) {
    return node instanceof Entity entity ? entity.type() + " entity" : "quote";
  }

  /** {@return the graph itself, for traversal with Guava's graph API} */
  public ImmutableNetwork<GraphNode, Relation> network() {
    return network;
  }

  /**
   * Every speaker's quotes, keyed by the speaker entity in order of the speaker's first quote,
   * each speaker's quotes in text order.
   *
   * @return the quotes by speaker
   */
  public ImmutableListMultimap<Entity, Quote> quotesBySpeaker() {
    ImmutableListMultimap.Builder<Entity, Quote> bySpeaker = ImmutableListMultimap.builder();
    network.edges().stream()
        .filter(edge -> edge.type() == RelationType.SAID)
        .map(edge -> network.incidentNodes(edge))
        .sorted(Comparator.comparing(pair -> ((Quote) pair.target()).content()))
        .forEach(pair -> bySpeaker.put((Entity) pair.source(), (Quote) pair.target()));
    return bySpeaker.build();
  }

  /**
   * {@return the edges of one type, in no particular order}
   *
   * @param type the relation type
   */
  public ImmutableList<Relation> relations(RelationType type) {
    Objects.requireNonNull(type, "type");
    return network.edges().stream()
        .filter(edge -> edge.type() == type)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Two graphs are equal when they have equal nodes and equal edges (and so the same incidence,
   * since every edge names its endpoints). Takes time linear in the graph's size.
   */
  @Override
  public boolean equals(Object other) {
    // with the shape checked on construction (unique ids, edges that name their endpoints), equal
    // node sets and equal edge sets make equal networks; comparing the edges' endpoint pairs, as
    // the network's own equals does, would compare a speaker with every one of its quotes
    return other instanceof SpeakerGraph that && network.nodes().equals(that.network.nodes())
        && network.edges().equals(that.network.edges());
  }

  @Override
  public int hashCode() {
    return 31 * network.nodes().hashCode() + network.edges().hashCode();
  }

  @Override
  public String toString() {
    return "SpeakerGraph{nodes=" + network.nodes().size() + ", edges=" + network.edges().size() + "}";
  }
}
