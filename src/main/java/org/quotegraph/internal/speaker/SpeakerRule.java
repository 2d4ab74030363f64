package org.quotegraph.internal.speaker;

import java.util.Optional;

/**
 * One way of finding who made a statement. {@link SpeakerStage} tries the rules of each pass in
 * a declared order, and the first that applies gives the statement its speaker. A rule reads the
 * document through the context and may add to its entities and discourse (a new group speaker, a
 * gender) but never changes another statement's attribution.
 */
interface SpeakerRule {

  /**
   * The speaker of statement {@code index}, or empty when this rule does not apply to it.
   *
   * @param index the statement's index in {@link SpeakerContext#statements()}
   */
  Optional<Attribution> attribute(int index, SpeakerContext context);
}
