package org.quotegraph;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.graph.ImmutableNetwork;
import java.util.Comparator;
import java.util.Objects;

/**
 * The graph of one article: {@link Entity} and {@link Quote} nodes joined by {@link Relation}
 * edges ({@code SAID}, {@code MENTIONS}, {@code AFFILIATED_WITH}, {@code CO_OCCURS}).
 *
 * <p>The underlying Guava {@link ImmutableNetwork} is directed and allows no self-loops. This
 * class is immutable and thread-safe.
 */
public final class SpeakerGraph {

  private final ImmutableNetwork<GraphNode, Relation> network;

  /**
   * Wraps {@code network}.
   *
   * @param network the graph
   * @throws NullPointerException if {@code network} is null
   */
  public SpeakerGraph(ImmutableNetwork<GraphNode, Relation> network) {
    this.network = Objects.requireNonNull(network, "network");
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

  @Override
  public boolean equals(Object other) {
    return other instanceof SpeakerGraph that && network.equals(that.network);
  }

  @Override
  public int hashCode() {
    return network.hashCode();
  }

  @Override
  public String toString() {
    return "SpeakerGraph{nodes=" + network.nodes().size() + ", edges=" + network.edges().size() + "}";
  }
}
