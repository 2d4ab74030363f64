package org.quotegraph.corpus;

import java.util.List;
import java.util.Objects;
import org.quotegraph.EntityType;

/**
 * One article's entity as a corpus speaker is made of it: the evidence a {@link CorpusGraph}
 * weighs when it decides which speakers of different articles are one person. A {@link
 * CorpusSpeaker} is one or more sources. Instances are immutable.
 *
 * @param articleId the id of the article; never null
 * @param entityId the entity's id within that article ({@link org.quotegraph.Entity#id()}), which
 *     its quotes name as their speaker; never null
 * @param type what the entity is; never null
 * @param name the entity's name in that article; never null or blank
 * @param titles the titles the article gives it; never null
 * @param affiliations the organisations the article ties it to; never null
 */
public record SpeakerSource(
    String articleId,
    String entityId,
    EntityType type,
    String name,
    List<String> titles,
    List<String> affiliations) {

  /**
   * Checks the components.
   *
   * @param articleId the id of the article; never null
   * @param entityId the entity's id within that article; never null
   * @param type what the entity is; never null
   * @param name the entity's name in that article; never null or blank
   * @param titles the titles the article gives it; never null
   * @param affiliations the organisations the article ties it to; never null
   * @throws NullPointerException if an argument or list element is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public SpeakerSource {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("speaker name must not be blank (entity " + entityId
          + " of article \"" + articleId + "\")");
    }
    titles = List.copyOf(titles);
    affiliations = List.copyOf(affiliations);
  }
}
