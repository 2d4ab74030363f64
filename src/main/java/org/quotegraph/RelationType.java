package org.quotegraph;

/** The kinds of edge in a {@link SpeakerGraph}. */
public enum RelationType {
  /** From a speaker {@link Entity} to a {@link Quote} it made. */
  SAID,
  /** From a {@link Quote} to an {@link Entity} named in its words. */
  MENTIONS,
  /** From a person to an organisation the article ties them to (a title or apposition). */
  AFFILIATED_WITH,
  /**
   * Between two entities named in the same sentence; directed from the entity first named in the
   * article to the other, and present once per pair.
   */
  CO_OCCURS
}
