package org.quotegraph.internal.speaker;

import java.util.Optional;
import org.quotegraph.EntityType;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.speaker.ConfidenceTable.Modifier;

/**
 * The last subject rule: a speaker phrase no other rule resolved is its own speaker, reported as
 * the cue's rule at a lower confidence. A common noun for an organisation ("the harbour
 * authority", "the union") is an organisation; another noun ("officials", "thousands of Iraqis",
 * "a person familiar with the talks") a group, named as the article puts it. Anything else gives
 * the mention with no entity. Always applies.
 */
final class CommonNounSubjectRule extends SubjectRule {

  private final Lexicons lexicons = Lexicons.get();

  @Override
  Optional<Attribution> attribute(Subject subject, SpeakerContext context) {
    Token token = subject.token();
    SpeakerEntities entities = context.entities();
    Optional<Integer> entity;
    Modifier modifier;
    if (token.isNoun() && lexicons.isOrganisationWord(token.word())
        && !token.pos().endsWith("S")) {
      entity = Optional.of(entities.unnamed(EntityType.ORGANIZATION,
          SubjectPhrase.nameWithoutDeterminer(subject.sentence(), subject.head(), context.text()),
          subject.phrase()));
      modifier = Modifier.COMMON_NOUN;
    } else if (token.isNoun()) {
      entity = Optional.of(entities.unnamed(EntityType.GROUP,
          SubjectPhrase.groupName(subject.sentence(), subject.head(), context.text()),
          subject.phrase()));
      modifier = Modifier.COMMON_NOUN;
    } else {
      entity = Optional.empty();
      modifier = Modifier.NO_ENTITY;
    }
    return Optional.of(new Attribution(Optional.of(subject.phrase()), entity, subject.cueRule(),
        modifier.apply(subject.cueConfidence())));
  }
}
