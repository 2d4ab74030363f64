package org.quotegraph.internal.speaker;

import java.util.Locale;
import org.quotegraph.AttributionRule;
import org.quotegraph.Span;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;

/**
 * The speaker phrase of a statement's cue, as the subject rules see it. Immutable.
 *
 * @param sentence the cue's sentence
 * @param head the phrase's head token (a person named at the end of a run of nouns rather than
 *     the noun the parser picked: "said Oilers head coach Ken Hitch")
 * @param cueRule the rule a named or common-noun speaker is reported as: the cue's own
 *     ({@code EXPLICIT_SUBJECT}, {@code ACCORDING_TO} or {@code COLON_INTRODUCTION})
 * @param cueConfidence the confidence of such a speaker, from the cue and the statement's kind
 * @param said the statement's content
 */
record Subject(Sentence sentence, int head, AttributionRule cueRule, double cueConfidence,
    Span said) {

  Token token() {
    return sentence.token(head);
  }

  /** The head word, lower case. */
  String word() {
    return token().word().toLowerCase(Locale.ROOT);
  }

  Span headSpan() {
    return new Span(token().start(), token().end());
  }

  /** The whole speaker phrase (see {@link SubjectPhrase#mentionSpan}). */
  Span phrase() {
    return SubjectPhrase.mentionSpan(sentence, head);
  }
}
