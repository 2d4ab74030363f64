package org.quotegraph.internal.confidence;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.AttributionRule;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.QuoteKind;

/**
 * What a statement's confidence is computed from: the rule that found its speaker, its kind, its
 * cue and the form of its speaker. All of it is in the public result ({@link Quote} and the
 * speaker's {@link Entity}), so the confidence of a result can be refitted from results alone.
 * Immutable.
 *
 * @param rule the rule that found the speaker
 * @param kind the statement's kind
 * @param cue what reports it
 * @param speaker what the speaker is, as the text names it
 */
public record ConfidenceFeatures(AttributionRule rule, QuoteKind kind, Cue cue, Speaker speaker) {

  /** What reports a statement. */
  public enum Cue {
    /** "say", "tell" or "add": the plain verbs of reporting. */
    SAY,
    /** Any other verb. */
    OTHER_VERB,
    /** "according to". */
    ACCORDING_TO,
    /** A colon after a name. */
    COLON,
    /** No cue: a quotation that took its speaker from another statement or the passage. */
    NONE
  }

  /** What the speaker is, as the text names it. */
  public enum Speaker {
    /** A person or organisation named by two words or more. */
    NAME,
    /** A person or organisation named by one word. */
    ONE_WORD_NAME,
    /** A pronoun. */
    PRONOUN,
    /** A group or an organisation named by a common noun ("officials", "the union"). */
    GROUP,
    /** A mention with no entity. */
    MENTION_ONLY
  }

  private static final Set<String> SAY_FORMS = Set.of("say", "says", "said", "saying", "tell",
      "tells", "told", "telling", "add", "adds", "added", "adding");
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "we", "it", "him", "her", "them", "i", "you");

  public ConfidenceFeatures {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
  }

  /** The features of a quote of a result, whose speaker entity is {@code speaker}. */
  public static ConfidenceFeatures of(Quote quote, Optional<Entity> speaker) {
    return of(quote.rule(), quote.kind(), quote.cue().map(Mention::text),
        quote.speakerMention().map(Mention::text), speaker.map(Entity::type),
        speaker.map(Entity::name));
  }

  /**
   * The features of a statement from its parts.
   *
   * @param cueText the cue's words, if it has a cue
   * @param mentionText the speaker mention's words, if it has one
   * @param type the speaker entity's type, if it has one
   * @param name the speaker entity's name, if it has one
   */
  public static ConfidenceFeatures of(AttributionRule rule, QuoteKind kind,
      Optional<String> cueText, Optional<String> mentionText, Optional<EntityType> type,
      Optional<String> name) {
    return new ConfidenceFeatures(rule, kind, cue(cueText), speaker(mentionText, type, name));
  }

  private static Cue cue(Optional<String> text) {
    if (text.isEmpty()) {
      return Cue.NONE;
    }
    String word = text.get().strip().toLowerCase(Locale.ROOT);
    if (word.startsWith("according")) {
      return Cue.ACCORDING_TO;
    }
    if (word.equals(":")) {
      return Cue.COLON;
    }
    return SAY_FORMS.contains(word) ? Cue.SAY : Cue.OTHER_VERB;
  }

  private static Speaker speaker(Optional<String> mention, Optional<EntityType> type,
      Optional<String> name) {
    if (mention.map(m -> PRONOUNS.contains(m.strip().toLowerCase(Locale.ROOT))).orElse(false)) {
      return Speaker.PRONOUN;
    }
    if (type.isEmpty()) {
      return Speaker.MENTION_ONLY;
    }
    if (type.get() == EntityType.GROUP) {
      return Speaker.GROUP;
    }
    return name.orElse("").strip().contains(" ") ? Speaker.NAME : Speaker.ONE_WORD_NAME;
  }
}
