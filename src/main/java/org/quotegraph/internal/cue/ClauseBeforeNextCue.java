package org.quotegraph.internal.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotegraph.Span;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * Two cues in one sentence report two statements: {@code Lee announced she would retire,
 * saying the party needs new blood} and {@code Lee said the vote was fair but added that
 * turnout was low}. The parser often takes the second cue and its clause into the first cue's
 * clause, and the two then read as one stretch of speech; the first clause ends where the
 * second cue's phrase begins (its subject, and the comma or conjunction before it). Only a
 * speech cue joined by a comma or a conjunction counts: not one of belief ({@code he didn't
 * believe}) or inside a phrase of the clause ({@code the letter the US said was a draft}). Stateless
 * and thread-safe.
 */
final class ClauseBeforeNextCue {

  private ClauseBeforeNextCue() {}

  /** The cues of one sentence, each clause cut before a later cue inside it that reports too. */
  static List<Cue> cut(Sentence sentence, List<Cue> cues, QuoteMask quotes) {
    List<Cue> result = new ArrayList<>(cues);
    for (int i = 0; i < result.size(); i++) {
      Cue cue = result.get(i);
      if (cue.content().isEmpty() || cue.content().get().start() < cue.span().end()) {
        continue;
      }
      Span clause = cue.content().get();
      for (Cue next : cues) {
        if (next.token() > cue.token() && next.content().isPresent()
            && next.type() == Cue.Type.SPEECH
            && clause.start() < next.span().start() && next.span().end() <= clause.end()) {
          int start = phraseStart(sentence, next, clause);
          if (!isJoined(sentence, start)) {
            break; // "the letter the US said was a draft": a cue inside the clause's words
          }
          Optional<Span> cutClause = before(sentence, clause, start, quotes);
          if (cutClause.isPresent()) {
            result.set(i, new Cue(cue.sentence(), cue.token(), cue.span(), cue.type(),
                cue.subject(), cutClause));
          }
          break;
        }
      }
    }
    return result;
  }

  /** Whether a comma or a conjunction comes right before token {@code start}. */
  private static boolean isJoined(Sentence sentence, int start) {
    if (start == 0) {
      return false;
    }
    Token before = sentence.token(start - 1);
    return before.word().equals(",") || before.pos().equals("CC");
  }

  /**
   * The first token of a cue's phrase: its subject when that comes before it inside the clause
   * ({@code and he added}), else the verb ({@code , saying}, whose subject is the first cue's).
   */
  private static int phraseStart(Sentence sentence, Cue cue, Span clause) {
    int start = cue.token();
    if (cue.subject().isPresent() && cue.subject().get() < cue.token()
        && sentence.token(cue.subject().get()).start() > clause.start()) {
      for (int i : sentence.subtree(cue.subject().get())) {
        start = Math.min(start, i);
      }
    }
    return start;
  }

  /**
   * The clause's words before token {@code end}, without the comma or conjunction that joins
   * the next cue; empty when no clause is left.
   */
  private static Optional<Span> before(Sentence sentence, Span clause, int end,
      QuoteMask quotes) {
    List<Integer> words = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      if (token.index() < end && token.start() >= clause.start()) {
        words.add(token.index());
      }
    }
    while (!words.isEmpty()) {
      Token last = sentence.token(words.get(words.size() - 1));
      if (!last.isPunctuation() && !last.pos().equals("CC")) {
        break;
      }
      words.remove(words.size() - 1);
    }
    return ReportedClause.hasFiniteVerb(sentence, words)
        ? ReportedClause.clauseSpan(sentence, words, quotes) : Optional.empty();
  }
}
