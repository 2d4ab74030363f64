package org.quotegraph.internal.speaker;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.entity.EntityRecord;
import org.quotegraph.internal.statement.Statement;

/**
 * What the speaker stage returns: an attribution for each statement, and what it learnt about
 * the entities on the way, for the assembly step to merge. Immutable.
 *
 * @param attributions one per statement, in the statements' order; empty where no rule applied
 * @param entities the entities, mentions and genders the stage found
 */
public record Speakers(List<Optional<Attribution>> attributions, NewEntities entities) {

  public Speakers {
    attributions = List.copyOf(attributions);
    Objects.requireNonNull(entities, "entities");
  }

  /**
   * What speaker resolution adds to the entity table.
   *
   * @param added the entities it found that the table did not have, in the order found; their
   *     indices follow the table's
   * @param mentionsOfKnown more mentions of the table's entities, by index
   * @param genders each of the table's entities' gender, including what pronouns taught
   */
  public record NewEntities(List<EntityRecord> added, Map<Integer, List<Span>> mentionsOfKnown,
      List<Gender> genders) {

    public NewEntities {
      added = List.copyOf(added);
      mentionsOfKnown = Map.copyOf(mentionsOfKnown);
      genders = List.copyOf(genders);
    }
  }

  /**
   * The kind of a statement once its speaker is known: a short quotation with no cue (provisionally
   * a scare quote) that a rule gave a speaker is a direct quote after all.
   */
  public static QuoteKind kind(Statement statement, Optional<Attribution> attribution) {
    return statement.kind() == QuoteKind.SCARE && attribution.filter(Attribution::hasSpeaker)
        .isPresent() ? QuoteKind.DIRECT : statement.kind();
  }
}
