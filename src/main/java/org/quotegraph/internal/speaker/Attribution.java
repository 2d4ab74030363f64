package org.quotegraph.internal.speaker;

import java.util.Objects;
import java.util.Optional;
import org.quotegraph.AttributionRule;
import org.quotegraph.Span;

/**
 * Who made one statement, as a speaker rule found it. Immutable.
 *
 * @param mention the words the statement hangs on (a name, {@code he}, {@code the ministry}),
 *     if the rule has them; a rule that infers the speaker from the passage has none
 * @param entity the index of the speaker's entity in {@link SpeakerEntities}, if known
 * @param rule the rule that found it
 * @param confidence how sure it is, from 0 to 1 (see {@link ConfidenceTable})
 */
public record Attribution(Optional<Span> mention, Optional<Integer> entity, AttributionRule rule,
    double confidence) {

  public Attribution {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(rule, "rule");
  }

  /** Whether a speaker was found: a mention, an entity or both. */
  public boolean hasSpeaker() {
    return mention.isPresent() || entity.isPresent();
  }

  /** This speaker, taken over by another statement through {@code rule}, at {@code weight}. */
  Attribution inherited(AttributionRule rule, double weight) {
    return new Attribution(mention, entity, rule, Math.min(1, confidence * weight));
  }
}
