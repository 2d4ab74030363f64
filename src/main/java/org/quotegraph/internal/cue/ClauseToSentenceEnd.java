package org.quotegraph.internal.cue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.Span;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * A reported clause after the last cue of its sentence runs to the sentence's end: {@code Lee
 * says 500 pupils share the toilets but there is one sink} reports both clauses, however the
 * parser joined the second (often to the cue, not to the first clause) or cut the first short
 * when it misread a word. News annotators mark what follows a cue to the sentence's end; a later
 * cue in the sentence ({@code and added that ...}, {@code , saying ...}) starts a statement of its
 * own, so a clause that has one after it is left as the parse made it, as is a clause before a
 * colon or semicolon, or in a subordinate clause that opens the sentence. Stateless and thread-safe.
 */
final class ClauseToSentenceEnd {

  private ClauseToSentenceEnd() {}

  /** The cues of one sentence, the clause of the one that comes last run to the sentence end. */
  static List<Cue> extend(Sentence sentence, List<Cue> cues, QuoteMask quotes) {
    int lastIndex = -1;
    for (int i = 0; i < cues.size(); i++) {
      // a cue that reports nothing ("supports to maintain housing") ends no clause
      boolean reports = cues.get(i).content().isPresent();
      if (reports && (lastIndex < 0 || cues.get(i).token() >= cues.get(lastIndex).token())) {
        lastIndex = i;
      }
    }
    if (lastIndex < 0) {
      return cues;
    }
    Cue last = cues.get(lastIndex);
    boolean verbCue = last.type() == Cue.Type.SPEECH || last.type() == Cue.Type.COGNITION;
    if (!verbCue || last.content().get().start() < last.span().end()) {
      return cues;
    }
    Optional<Span> extended = inOpeningSubordinateClause(sentence, last.token())
        ? Optional.empty() : toSentenceEnd(sentence, last.token(), last.content().get(), quotes);
    if (extended.isEmpty()) {
      return cues;
    }
    List<Cue> result = new ArrayList<>(cues);
    result.set(lastIndex, new Cue(last.sentence(), last.token(), last.span(), last.type(),
        last.subject(), extended));
    return result;
  }

  /**
   * Whether the cue is in a subordinate clause that opens the sentence ({@code Though Lee said
   * he would wait, the board voted}): what it reports ends with that clause, at its comma.
   */
  private static boolean inOpeningSubordinateClause(Sentence sentence, int cue) {
    if (!ClauseBeforeCue.SUBORDINATORS.contains(sentence.token(0).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 1; i < cue; i++) {
      if (sentence.token(i).word().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The clause run to the last word of the sentence, or empty if it ends there already. It stops
   * before a participle clause on the cue itself ({@code criticised the plan after reading it},
   * {@code said so while visiting the site}): that tells what the speaker did, not what was said.
   */
  private static Optional<Span> toSentenceEnd(Sentence sentence, int cue, Span clause,
      QuoteMask quotes) {
    Set<Integer> participleClauses = participleClauseStarts(sentence, cue);
    int end = -1;
    for (Token token : sentence.tokens()) {
      if (token.start() >= clause.end()) {
        if (token.word().equals(":") || token.word().equals(";")) {
          return Optional.empty();
        }
        if (participleClauses.contains(token.index())) {
          break;
        }
        if (!token.isPunctuation() || quotes.isMark(token.start())) {
          end = token.end();
        }
      }
    }
    return end > clause.end() ? Optional.of(new Span(clause.start(), end)) : Optional.empty();
  }

  /** The first words of the bare participle clauses that hang on the cue. */
  private static Set<Integer> participleClauseStarts(Sentence sentence, int cue) {
    Set<Integer> starts = new HashSet<>();
    for (Dependency arc : sentence.children(cue)) {
      int head = arc.dependent();
      String pos = sentence.token(head).pos();
      if (arc.relation().equals("advcl") && (pos.equals("VBG") || pos.equals("VBN"))
          && hasNoSubjectOrAuxiliary(sentence, head)) {
        starts.add(sentence.subtree(head).get(0));
      }
    }
    return starts;
  }

  /** Whether the verb has neither a subject nor an auxiliary: a bare participle. */
  private static boolean hasNoSubjectOrAuxiliary(Sentence sentence, int verb) {
    return sentence.children(verb).stream().map(Dependency::relation)
        .noneMatch(relation -> relation.startsWith("nsubj") || relation.startsWith("aux")
            || relation.startsWith("expl"));
  }
}
