package org.quotegraph.internal.attribution;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.entity.EntityDraft;

/**
 * Resolves a pronoun subject ("he said", "they added") to the most recent compatible speaker or
 * sentence subject, looking back a few paragraphs. A merely mentioned name is not a candidate:
 * after a paragraph about X, "he said" at the end of Y's quote is still Y.
 */
final class PronounRule {

  /** How many paragraphs back a pronoun may reach. */
  private static final int REACH_PARAGRAPHS = 6;

  /**
   * The person a definite description such as "the 32-year-old labourer" most likely means: the
   * latest speaker or subject who is a person, within a few paragraphs.
   */
  Optional<EntityDraft> latestPerson(int offset, Discourse discourse) {
    int paragraph = discourse.paragraphs().indexOf(offset);
    int from = discourse.paragraphs().start(Math.max(0, paragraph - 3));
    return discourse.salientBefore(offset, from).stream()
        .filter(candidate -> candidate.type() == EntityType.PERSON)
        .findFirst();
  }

  Optional<EntityDraft> resolve(String pronoun, int offset, Discourse discourse) {
    String word = pronoun.toLowerCase(Locale.ROOT);
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
    int paragraph = discourse.paragraphs().indexOf(offset);
    int from = discourse.paragraphs().start(Math.max(0, paragraph - REACH_PARAGRAPHS));
    for (EntityDraft candidate : discourse.salientBefore(offset, from)) {
      if (personal && candidate.type() == EntityType.PERSON
          && (candidate.gender() == Gender.UNKNOWN || candidate.gender() == gender)) {
        candidate.learnGender(gender);
        return Optional.of(candidate);
      }
      if (plural && candidate.type() != EntityType.PERSON) {
        return Optional.of(candidate);
      }
    }
    // nobody has spoken or been a subject yet: the latest compatible name will do, but not one
    // in brackets ("(Ryan Remiorz/The Canadian Press)" credits a photographer)
    for (Map.Entry<Span, EntityDraft> entry : discourse.entities().mentionsBefore(offset)) {
      if (entry.getKey().start() < from) {
        break;
      }
      if (isCaptionOrCredit(entry.getKey().start(), discourse)) {
        continue;
      }
      EntityDraft candidate = entry.getValue();
      if (personal && candidate.type() == EntityType.PERSON
          && (candidate.gender() == Gender.UNKNOWN || candidate.gender() == gender)) {
        return Optional.of(candidate);
      }
      if (plural && candidate.type() == EntityType.ORGANIZATION) {
        return Optional.of(candidate);
      }
    }
    // further back, only a person known to be of the pronoun's gender
    if (personal) {
      for (Map.Entry<Span, EntityDraft> entry : discourse.entities().mentionsBefore(from)) {
        if (isCaptionOrCredit(entry.getKey().start(), discourse)) {
          continue;
        }
        EntityDraft candidate = entry.getValue();
        if (candidate.type() == EntityType.PERSON && candidate.gender() == gender) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** "(Ryan Remiorz/The Canadian Press)", "Adrian Wyld / CP": a name that is not in the story. */
  private static boolean isCaptionOrCredit(int offset, Discourse discourse) {
    return discourse.inBrackets(offset) || discourse.inCredit(offset);
  }
}
