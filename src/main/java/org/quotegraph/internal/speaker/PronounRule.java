package org.quotegraph.internal.speaker;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

/**
 * {@link org.quotegraph.AttributionRule#PRONOUN}: a pronoun subject ("he said", "they added")
 * resolves to the most recent compatible speaker or sentence subject, looking back a few
 * paragraphs. A merely mentioned name is not a candidate: after a paragraph about X, "he said" at
 * the end of Y's quote is still Y. A person a pronoun resolves to learns its gender.
 */
final class PronounRule extends SubjectRule {

  /** How many paragraphs back a pronoun may reach. */
  private static final int REACH_PARAGRAPHS = 6;

  @Override
  Optional<Attribution> attribute(Subject subject, SpeakerContext context) {
    if (!SubjectPhrase.PRONOUNS.contains(subject.word())) {
      return Optional.empty();
    }
    Optional<Integer> entity = subject.word().equals("they")
        ? pluralSubjectBefore(subject, context) : Optional.empty();
    if (entity.isEmpty()) {
      entity = resolve(subject.word(), subject.token().start(), Optional.of(subject.said()),
          context);
    }
    Basis basis = entity.isPresent() ? Basis.PRONOUN : Basis.UNRESOLVED_PRONOUN;
    return Optional.of(new Attribution(Optional.of(subject.headSpan()), entity, basis.rule(),
        basis.confidence()));
  }

  /**
   * "Republican senators are eager to go home, and they say ...": "they" is a plural common noun
   * that is the subject of its own sentence before it, outside what it said, as a group.
   */
  private static Optional<Integer> pluralSubjectBefore(Subject subject, SpeakerContext context) {
    Sentence sentence = subject.sentence();
    for (int root = 0; root < sentence.size(); root++) {
      if (sentence.governor(root) != -1) {
        continue;
      }
      Optional<Integer> noun = sentence.child(root, "nsubj");
      if (noun.isEmpty() || noun.get() >= subject.head()) {
        return Optional.empty();
      }
      Token token = sentence.token(noun.get());
      Span span = new Span(token.start(), token.end());
      if (!token.pos().equals("NNS") || subject.said().contains(span)
          || context.discourse().quotes().isInside(token.start())) {
        return Optional.empty();
      }
      return Optional.of(context.entities().unnamed(EntityType.GROUP,
          SubjectPhrase.groupName(sentence, noun.get(), context.text()),
          SubjectPhrase.mentionSpan(sentence, noun.get())));
    }
    return Optional.empty();
  }

  /** The entity a personal pronoun at {@code offset} points back to, if any. */
  static Optional<Integer> resolve(String word, int offset, SpeakerContext context) {
    return resolve(word, offset, Optional.empty(), context);
  }

  /**
   * The entity a pronoun at {@code offset} points back to; a pronoun that says {@code said} is
   * not the subject of its own sentence when that subject is part of what it said.
   */
  private static Optional<Integer> resolve(String word, int offset, Optional<Span> said,
      SpeakerContext context) {
    Gender gender = switch (word) {
      case "he", "him" -> Gender.MALE;
      case "she", "her" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
    boolean personal = gender != Gender.UNKNOWN;
    boolean plural = word.equals("they") || word.equals("we") || word.equals("it");
    if (!personal && !plural) {
      return Optional.empty();
    }
    SpeakerEntities entities = context.entities();
    Discourse discourse = context.discourse();
    int paragraph = context.paragraphs().indexOf(offset);
    int from = context.paragraphs().start(Math.max(0, paragraph - REACH_PARAGRAPHS));
    List<Integer> salient = said.isPresent() ? discourse.salientBefore(offset, from, said.get())
        : discourse.salientBefore(offset, from);
    for (int candidate : salient) {
      EntityType type = entities.type(candidate);
      if (personal && type == EntityType.PERSON && compatible(entities.gender(candidate), gender)) {
        entities.learnGender(candidate, gender);
        return Optional.of(candidate);
      }
      if (plural && type != EntityType.PERSON) {
        return Optional.of(candidate);
      }
    }
    // nobody has spoken or been a subject yet: the latest compatible name will do, but not one
    // in brackets ("(Ryan Remiorz/The Canadian Press)" credits a photographer)
    for (Map.Entry<Span, Integer> entry : entities.mentionsBefore(offset)) {
      if (entry.getKey().start() < from) {
        break;
      }
      if (isCaptionOrCredit(entry.getKey().start(), discourse)) {
        continue;
      }
      int candidate = entry.getValue();
      EntityType type = entities.type(candidate);
      if (personal && type == EntityType.PERSON && compatible(entities.gender(candidate), gender)) {
        return Optional.of(candidate);
      }
      if (plural && type == EntityType.ORGANIZATION) {
        return Optional.of(candidate);
      }
    }
    // further back, only a person known to be of the pronoun's gender
    if (personal) {
      for (Map.Entry<Span, Integer> entry : entities.mentionsBefore(from)) {
        if (isCaptionOrCredit(entry.getKey().start(), discourse)) {
          continue;
        }
        int candidate = entry.getValue();
        if (entities.type(candidate) == EntityType.PERSON && entities.gender(candidate) == gender) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean compatible(Gender known, Gender wanted) {
    return known == Gender.UNKNOWN || known == wanted;
  }

  /** "(Ryan Remiorz/The Canadian Press)", "Adrian Wyld / CP": a name that is not in the story. */
  private static boolean isCaptionOrCredit(int offset, Discourse discourse) {
    return discourse.inBrackets(offset) || discourse.inCredit(offset);
  }
}
