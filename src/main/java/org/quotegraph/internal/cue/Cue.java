package org.quotegraph.internal.cue;

import java.util.Optional;
import org.quotegraph.Span;

/**
 * Reporting words found in a sentence, with what the sentence's grammar says about them. A verb
 * set between two clauses it reports ({@code The talks failed, he said, but the mill reopened})
 * gives two cues, one for the words before it and one for those after.
 *
 * @param sentence the sentence's index
 * @param token the index of the cue's head token within the sentence (the verb, or "according")
 * @param span the cue's characters ("said", "according to")
 * @param type what kind of cue it is
 * @param subject the head token of the speaker's phrase, when the parse gives one
 * @param content the reported clause, when the cue governs one
 */
public record Cue(int sentence, int token, Span span, Type type, Optional<Integer> subject,
    Optional<Span> content) {

  public enum Type {
    /** A reporting verb: said, told, admitted. */
    SPEECH,
    /** A verb of belief: believes, expects. */
    COGNITION,
    /** "according to X". */
    ACCORDING_TO,
    /** "X: ..." at the start of a line. */
    COLON
  }
}
