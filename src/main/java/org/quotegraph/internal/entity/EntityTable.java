package org.quotegraph.internal.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Optional;
import org.quotegraph.EntityType;
import org.quotegraph.Span;

/**
 * The entities of one document and where each is mentioned. Mutable while the document is
 * analysed (speaker resolution adds group and organisation speakers); owned by one extraction.
 */
public final class EntityTable {

  private final List<EntityDraft> entities = new ArrayList<>();
  // mentions never nest, so ordering by start also orders by end
  private final NavigableMap<Span, EntityDraft> byMention = new TreeMap<>();

  public List<EntityDraft> entities() {
    return entities;
  }

  public void add(EntityDraft entity) {
    entities.add(entity);
    for (Span mention : entity.mentions()) {
      byMention.put(mention, entity);
    }
  }

  public void addMention(EntityDraft entity, Span mention) {
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
  public Optional<EntityDraft> at(Span span) {
    EntityDraft best = null;
    int bestLength = -1;
    for (Map.Entry<Span, EntityDraft> entry
        : byMention.headMap(new Span(span.end(), span.end()), false).descendingMap().entrySet()) {
      Span mention = entry.getKey();
      if (mention.end() <= span.start()) {
        break;
      }
      if (mention.overlaps(span) && mention.length() > bestLength) {
        best = entry.getValue();
        bestLength = mention.length();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entity of exactly this type and (case-insensitive) name, if there is one. */
  public Optional<EntityDraft> named(EntityType type, String name) {
    return entities.stream()
        .filter(entity -> entity.type() == type && entity.name().equalsIgnoreCase(name))
        .findFirst();
  }

  /** The entities, in order of first mention (entities without mentions last). */
  public List<EntityDraft> inTextOrder() {
    List<EntityDraft> ordered = new ArrayList<>(entities);
    ordered.sort(Comparator.comparingInt(EntityDraft::firstOffset));
    return ordered;
  }

  /** Every mention that starts before {@code offset}, latest first, with its entity. */
  public Iterable<Map.Entry<Span, EntityDraft>> mentionsBefore(int offset) {
    return byMention.headMap(new Span(offset, offset), false).descendingMap().entrySet();
  }
}
