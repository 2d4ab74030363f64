package org.quotegraph.internal.entity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Optional;
import org.quotegraph.Span;

/**
 * The entities of one document while {@link EntityClusterer} builds them, and where each is
 * mentioned. Mutable; confined to one call of the clusterer, which returns an immutable {@link
 * EntityTable} made from it.
 */
final class DraftTable {

  private final List<EntityDraft> entities = new ArrayList<>();
  // mentions never nest, so ordering by start also orders by end
  private final NavigableMap<Span, EntityDraft> byMention = new TreeMap<>();

  List<EntityDraft> entities() {
    return entities;
  }

  void add(EntityDraft entity) {
    entities.add(entity);
    for (Span mention : entity.mentions()) {
      byMention.put(mention, entity);
    }
  }

  void addMention(EntityDraft entity, Span mention) {
    if (byMention.containsKey(mention)) {
      return;
    }
    entity.addMention(mention);
    byMention.put(mention, entity);
  }

  /** Moves the mentions of {@code part} to {@code whole} and drops {@code part}. */
  void absorb(EntityDraft whole, EntityDraft part) {
    for (Span mention : part.mentions()) {
      whole.addMention(mention);
      byMention.put(mention, whole);
    }
    entities.remove(part);
  }

  /** The entity with a mention overlapping {@code span}, the longest such mention winning. */
  Optional<EntityDraft> at(Span span) {
    return MentionIndex.at(byMention, span);
  }

  /** The immutable table of these entities, in the order they were added. */
  EntityTable freeze() {
    Map<EntityDraft, Integer> index = new IdentityHashMap<>();
    for (EntityDraft entity : entities) {
      index.put(entity, index.size());
    }
    NavigableMap<Span, Integer> mentions = new TreeMap<>();
    byMention.forEach((span, entity) -> mentions.put(span, index.get(entity)));
    return new EntityTable(entities.stream().map(EntityDraft::toRecord).toList(), mentions);
  }
}
