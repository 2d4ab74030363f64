package org.quotegraph.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quotegraph.EntityType;

/**
 * One speaker of a {@link CorpusGraph}: a person, organisation or group quoted in one or more
 * articles, with what the articles said about it. Instances are immutable.
 *
 * <p>Speakers are graph nodes, so {@link #hashCode()} reads only the id (unique within a corpus
 * graph) and costs the same however many articles a speaker is quoted in; {@link
 * #equals(Object)} compares every component.
 *
 * @param id identifier unique within the corpus graph, such as {@code "s12"}, numbered in order of
 *     first appearance; never null
 * @param type what the speaker is; never null
 * @param name the fullest name of the speaker, as first seen; never null or blank
 * @param titles every title or role the articles give the speaker, in order of first use, each
 *     once whatever its case; never null
 * @param affiliations names of the organisations the articles tie the speaker to, in order of
 *     first use, each once whatever its case; never null
 * @param articleIds the articles the speaker is quoted in, in the order they were added; never
 *     null or empty
 * @param quoteCount how many statements are attributed to the speaker across all articles; at
 *     least 1
 * @param kbId the id of the speaker in the {@link SpeakerDirectory} the graph was built with, if
 *     its names link to one; never null
 */
public record CorpusSpeaker(
    String id,
    EntityType type,
    String name,
    List<String> titles,
    List<String> affiliations,
    List<String> articleIds,
    int quoteCount,
    Optional<String> kbId) {

  /**
   * Checks the components.
   *
   * @param id identifier unique within the corpus graph, such as {@code "s12"}, numbered in order of
   *     first appearance; never null
   * @param type what the speaker is; never null
   * @param name the fullest name of the speaker, as first seen; never null or blank
   * @param titles every title or role the articles give the speaker, in order of first use, each
   *     once whatever its case; never null
   * @param affiliations names of the organisations the articles tie the speaker to, in order of
   *     first use, each once whatever its case; never null
   * @param articleIds the articles the speaker is quoted in, in the order they were added; never
   *     null or empty
   * @param quoteCount how many statements are attributed to the speaker across all articles; at
   *     least 1
   * @param kbId the id of the speaker in the {@link SpeakerDirectory} the graph was built with,
   *     if its names link to one; never null
   * @throws NullPointerException if an argument or list element is null
   * @throws IllegalArgumentException if {@code name} is blank, {@code articleIds} is empty or
   *     {@code quoteCount} is less than 1
   */
  public CorpusSpeaker {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kbId, "kbId");
    if (name.isBlank()) {
      throw new IllegalArgumentException("speaker name must not be blank (speaker " + id + ")");
    }
    titles = List.copyOf(titles);
    affiliations = List.copyOf(affiliations);
    articleIds = List.copyOf(articleIds);
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException(
          "a corpus speaker is quoted in at least one article (speaker " + id + ")");
    }
    if (quoteCount < 1) {
      throw new IllegalArgumentException(
          "a corpus speaker has at least one quote, got " + quoteCount + " (speaker " + id + ")");
    }
  }

  /** The id's hash: equal speakers have equal ids, and the article list is never walked. */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** {@return the number of articles the speaker is quoted in} */
  public int articleCount() {
    return articleIds.size();
  }
}
