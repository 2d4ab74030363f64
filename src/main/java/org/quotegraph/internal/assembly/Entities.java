package org.quotegraph.internal.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotegraph.Entity;
import org.quotegraph.Mention;
import org.quotegraph.Span;
import org.quotegraph.internal.entity.EntityRecord;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.speaker.Speakers;

/**
 * The entities of an extraction: the entity stage's merged with what the speaker stage found,
 * with their public ids. Immutable once made.
 */
final class Entities {

  private final List<Entity> list;
  /** The entity of each entity index, for those kept. */
  private final Map<Integer, Entity> byIndex;

  private Entities(List<Entity> list, Map<Integer, Entity> byIndex) {
    this.list = List.copyOf(list);
    this.byIndex = Map.copyOf(byIndex);
  }

  /**
   * The table's entities and the new ones, each with every mention found of it, in order of first
   * mention (the table's first where equal); an entity with no mention is kept only if it is in
   * {@code speakers}.
   */
  static Entities merge(EntityTable table, Speakers.NewEntities found, Set<Integer> speakers,
      String text) {
    List<EntityRecord> all = new ArrayList<>(table.entities());
    all.addAll(found.added());
    List<List<Span>> mentions = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      List<Span> spans = new ArrayList<>(all.get(i).mentions());
      spans.addAll(found.mentionsOfKnown().getOrDefault(i, List.of()));
      spans.sort(null);
      mentions.add(spans);
    }
    List<Integer> order = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (!mentions.get(i).isEmpty() || speakers.contains(i)) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingInt(i -> mentions.get(i).isEmpty()
        ? Integer.MAX_VALUE : mentions.get(i).get(0).start()));
    List<Entity> entities = new ArrayList<>(order.size());
    Map<Integer, Entity> byIndex = new HashMap<>();
    for (int i : order) {
      EntityRecord record = all.get(i);
      Entity entity = new Entity("e" + (entities.size() + 1), record.type(), record.name(),
          mentions.get(i).stream().map(span -> Mention.at(span, text)).toList(),
          record.titles(), record.affiliations());
      entities.add(entity);
      byIndex.put(i, entity);
    }
    return new Entities(entities, byIndex);
  }

  List<Entity> list() {
    return list;
  }

  /** The entity with index {@code entity}. */
  Entity get(int entity) {
    return byIndex.get(entity);
  }
}
