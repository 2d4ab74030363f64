package org.quotegraph.internal.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.Names;
import org.quotegraph.internal.entity.EntityRecord;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.entity.MentionIndex;

/**
 * The entities as the speaker stage sees them: the entity stage's {@link EntityTable}, which it
 * never changes, plus what speaker resolution finds on the way (speakers that were not yet
 * entities, such as "officials" or a name the tagger missed; more mentions of known ones; genders
 * from pronouns). Entities are known by index: the table's first, then the new ones in the order
 * they were found. Mutable; confined to one run of the speaker stage, which returns what it added
 * as {@link Speakers}.
 */
final class SpeakerEntities {

  private final EntityTable table;
  private final List<EntityType> types = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  /** Each entity's mentions in text order: the table's and those found here. */
  private final List<List<Span>> mentions = new ArrayList<>();
  private final List<Gender> genders = new ArrayList<>();
  private final NavigableMap<Span, Integer> byMention;
  /** The mentions found here of the table's entities. */
  private final Map<Integer, List<Span>> addedMentions = new HashMap<>();

  SpeakerEntities(EntityTable table) {
    this.table = table;
    for (EntityRecord entity : table.entities()) {
      types.add(entity.type());
      names.add(entity.name());
      mentions.add(new ArrayList<>(entity.mentions()));
      genders.add(entity.gender());
    }
    this.byMention = table.mentionMap();
  }

  int size() {
    return types.size();
  }

  EntityType type(int entity) {
    return types.get(entity);
  }

  String name(int entity) {
    return names.get(entity);
  }

  /** The titles the entity stage found; none for an entity found here. */
  List<String> titles(int entity) {
    return entity < table.entities().size() ? table.entities().get(entity).titles() : List.of();
  }

  Gender gender(int entity) {
    return genders.get(entity);
  }

  /** Records a gender the text implies, unless one is already known. */
  void learnGender(int entity, Gender evidence) {
    if (genders.get(entity) == Gender.UNKNOWN) {
      genders.set(entity, evidence);
    }
  }

  /** The offset of the first mention, or {@link Integer#MAX_VALUE} for an entity without one. */
  int firstOffset(int entity) {
    List<Span> spans = mentions.get(entity);
    return spans.isEmpty() ? Integer.MAX_VALUE : spans.get(0).start();
  }

  /** The entity with the longest mention overlapping {@code span}. */
  Optional<Integer> at(Span span) {
    return MentionIndex.at(byMention, span);
  }

  /** The first entity of exactly this type and (case-insensitive) name, if there is one. */
  Optional<Integer> named(EntityType type, String written) {
    String name = Names.asWritten(written);
    for (int entity = 0; entity < size(); entity++) {
      if (types.get(entity) == type && names.get(entity).equalsIgnoreCase(name)) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }

  /** The entities in order of first mention, those without mentions last. */
  List<Integer> inTextOrder() {
    List<Integer> ordered = new ArrayList<>(size());
    for (int entity = 0; entity < size(); entity++) {
      ordered.add(entity);
    }
    ordered.sort(Comparator.comparingInt(this::firstOffset));
    return ordered;
  }

  /** Every mention that starts before {@code offset}, latest first, with its entity. */
  Iterable<Map.Entry<Span, Integer>> mentionsBefore(int offset) {
    return MentionIndex.before(byMention, offset);
  }

  /**
   * The person whose full name ends with the word or words {@code name}: the latest mentioned
   * before {@code offset}, else the first after it.
   */
  Optional<Integer> personEndingWith(String name, int offset) {
    String suffix = " " + name.toLowerCase(Locale.ROOT);
    Optional<Integer> after = Optional.empty();
    for (int entity : inTextOrder()) {
      if (types.get(entity) == EntityType.PERSON
          && names.get(entity).toLowerCase(Locale.ROOT).endsWith(suffix)) {
        if (firstOffset(entity) < offset) {
          return Optional.of(entity);
        }
        after = after.or(() -> Optional.of(entity));
      }
    }
    return after;
  }

  /**
   * The speaker named by a common noun (a group, an organisation): one entity per name, with
   * {@code mention} (the words naming it here) as one of its mentions, so that every entity is
   * found somewhere in the text.
   */
  int unnamed(EntityType type, String name, Span mention) {
    Optional<Integer> known = named(type, name);
    if (known.isPresent()) {
      addMention(known.get(), mention);
      return known.get();
    }
    return add(type, name, Optional.of(mention));
  }

  /** Adds a mention of {@code entity}, unless another entity already has one there. */
  void addMention(int entity, Span mention) {
    if (byMention.containsKey(mention)) {
      return;
    }
    insertInOrder(mentions.get(entity), mention);
    if (entity < table.entities().size()) {
      addedMentions.computeIfAbsent(entity, k -> new ArrayList<>()).add(mention);
    }
    byMention.put(mention, entity);
  }

  /** Adds an entity the text names here (or, with no mention, only describes); its index. */
  int add(EntityType type, String name, Optional<Span> mention) {
    int entity = size();
    types.add(type);
    names.add(Names.asWritten(name));
    mentions.add(new ArrayList<>());
    genders.add(Gender.UNKNOWN);
    mention.ifPresent(span -> {
      mentions.get(entity).add(span);
      byMention.put(span, entity);
    });
    return entity;
  }

  private static void insertInOrder(List<Span> spans, Span span) {
    int at = spans.size();
    while (at > 0 && spans.get(at - 1).compareTo(span) > 0) {
      at--;
    }
    spans.add(at, span);
  }

  /** What this stage added to the entity table. */
  Speakers.NewEntities additions() {
    List<EntityRecord> added = new ArrayList<>();
    for (int entity = table.entities().size(); entity < size(); entity++) {
      added.add(new EntityRecord(types.get(entity), names.get(entity), mentions.get(entity),
          List.of(), List.of(), genders.get(entity)));
    }
    return new Speakers.NewEntities(added, addedMentions,
        genders.subList(0, table.entities().size()));
  }
}
