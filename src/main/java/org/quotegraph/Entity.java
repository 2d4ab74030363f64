package org.quotegraph;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or group that an article refers to, with every mention of it.
 *
 * <p>Name variants of one entity within one article are one entity: "Nasr Al Shammary" and a
 * later "Shammary" are two mentions of the entity named "Nasr Al Shammary". Honorifics and titles
 * are not part of the name; titles the article gives ("deputy head", "Defence Secretary") are
 * listed in {@link #titles()}, and the organisations it ties the entity to in {@link
 * #affiliations()}. Instances are immutable.
 *
 * <p>Entities are graph nodes, hashed on every lookup, so {@link #hashCode()} reads only the id
 * (unique within an article's result) and costs the same however many mentions an entity has;
 * {@link #equals(Object)} still compares every component.
 *
 * @param id identifier unique within the article's result, such as {@code "e3"}; never null
 * @param type what the entity is; never null
 * @param name the canonical name, the fullest form the article uses; never null or blank
 * @param mentions where the article names it (a name, or the words naming a group or an
 *     organisation that speaks: "officials", "the harbour authority"), in text order; never null,
 *     and in an extraction never empty
 * @param titles titles and roles the article gives the entity, in order of first use; never null
 * @param affiliations names of organisations the article ties the entity to; never null
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    List<Mention> mentions,
    List<String> titles,
    List<String> affiliations)
    implements GraphNode {

  /**
   * Checks the components.
   *
   * @param id identifier unique within the article's result, such as {@code "e3"}; never null
   * @param type what the entity is; never null
   * @param name the canonical name, the fullest form the article uses; never null or blank
   * @param mentions where the article names it (a name, or the words naming a group or an
   *     organisation that speaks: "officials", "the harbour authority"), in text order; never
   *     null, and in an extraction never empty
   * @param titles titles and roles the article gives the entity, in order of first use; never null
   * @param affiliations names of organisations the article ties the entity to; never null
   * @throws NullPointerException if an argument or list element is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("entity name must not be blank (entity " + id + ")");
    }
    mentions = List.copyOf(mentions);
    titles = List.copyOf(titles);
    affiliations = List.copyOf(affiliations);
  }

  /** The id's hash: equal entities have equal ids, and the mention list is never walked. */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
