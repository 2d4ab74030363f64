package org.quotegraph.internal.entity;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.quotegraph.Span;

/**
 * The entities of one document, as {@link EntityClusterer} returns them: each known by its index
 * in {@link #entities()}, with an index of all mentions. Immutable; later stages that find more
 * (a speaker that is not yet an entity, a new mention) keep it apart and return it.
 */
public final class EntityTable {

  private final List<EntityRecord> entities;
  /** Each mention's entity; a mention two entities claim belongs to the one that claimed last. */
  private final NavigableMap<Span, Integer> byMention;

  EntityTable(List<EntityRecord> entities, NavigableMap<Span, Integer> byMention) {
    this.entities = List.copyOf(entities);
    this.byMention = new TreeMap<>(byMention);
  }

  /** An empty table. */
  public static EntityTable empty() {
    return new EntityTable(List.of(), new TreeMap<>());
  }

  /** The entities, in the order the clusterer made them (by first mention in the text). */
  public List<EntityRecord> entities() {
    return entities;
  }

  /** The index of the entity with the longest mention overlapping {@code span}, if any. */
  public Optional<Integer> at(Span span) {
    return MentionIndex.at(byMention, span);
  }

  /** Every mention with its entity's index, in text order, as a new map the caller may change. */
  public NavigableMap<Span, Integer> mentionMap() {
    return new TreeMap<>(byMention);
  }

  /** Every mention that starts before {@code offset}, latest first, with its entity's index. */
  public Iterable<Map.Entry<Span, Integer>> mentionsBefore(int offset) {
    return MentionIndex.before(byMention, offset);
  }
}
