package org.quotegraph;

/**
 * A node of a {@link SpeakerGraph}: an {@link Entity} or a {@link Quote}. Every node has an
 * identifier that is unique within its article's result.
 */
public sealed interface GraphNode permits Entity, Quote {

  /**
   * {@return the node's identifier, unique within one article's result ({@code "e3"}, {@code
   * "q7"})}
   */
  String id();
}
