package org.quotegraph;

import java.util.Objects;

/**
 * An edge of a {@link SpeakerGraph}: a relation of one type from one node to another. Two
 * relations are equal when their type and endpoints' ids are equal, so each pair of nodes has at
 * most one edge of each type. Instances are immutable.
 *
 * @param type the relation; never null
 * @param source the id of the node the edge leaves; never null
 * @param target the id of the node the edge enters; never null
 */
public record Relation(RelationType type, String source, String target) {

  /**
   * Checks the components.
   *
   * @param type the relation; never null
   * @param source the id of the node the edge leaves; never null
   * @param target the id of the node the edge enters; never null
   * @throws NullPointerException if an argument is null
   */
  public Relation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
