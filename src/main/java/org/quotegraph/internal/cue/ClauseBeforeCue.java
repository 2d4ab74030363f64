package org.quotegraph.internal.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotegraph.Span;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * A cue set after the clause it reports, read from tokens and tags whatever the parse made of
 * the sentence: {@code The harbour reopened on Monday, officials said.} and {@code The toll rose
 * to 40, officials said, as crews searched the coast.} The cue's own phrase is a comma, a short
 * subject without a verb of its own, the verb and a few words after it ({@code told reporters in
 * Lyon}); it ends the sentence or a comma. What comes before is reported, and so is a clause
 * after the cue's phrase, as a statement of its own; an inverted cue ({@code ..., said Ann Lee.})
 * likewise. The parser often hangs part of the first
 * clause on the cue ({@code when temperatures dip, the report said}) or the whole of it as an
 * object; the order of the words is the surer guide. Stateless and thread-safe.
 */
final class ClauseBeforeCue {

  /** The longest subject between the comma and the cue ({@code lead singer Ana "Ani" Diaz}). */
  private static final int MAX_SUBJECT_TOKENS = 8;

  /** The most words after the cue in its own phrase ({@code told followers in a long post}). */
  private static final int MAX_WORDS_AFTER_CUE = 6;

  /** Words that open a relative clause: a subject holding one is no short phrase. */
  private static final Set<String> RELATIVE_POS = Set.of("WDT", "WP", "WP$");

  /** Words that cannot end a clause: the cue interrupts a phrase ("which, he said, is"). */
  private static final Set<String> OPEN_ENDED_POS =
      Set.of("WDT", "WP", "WP$", "CC", "IN", "DT", "TO", "PRP$");

  /** Conjunctions that open a subordinate clause. */
  static final Set<String> SUBORDINATORS = Set.of("as", "when", "while", "because",
      "although", "though", "if", "after", "before", "since", "once", "until", "unless",
      "whereas", "whenever");

  private ClauseBeforeCue() {}

  /**
   * What the cue at {@code verb} reports if it follows its clause: the clause before, then the
   * clause after the cue's phrase when that is a clause of its own (not {@code ..., she said,
   * mainly in the north}); empty when the cue is not set after a clause.
   */
  static List<Span> of(Sentence sentence, int verb, QuoteMask quotes) {
    Token cue = sentence.token(verb);
    if (cue.isVerb() && !cue.isFinite() || sentence.relation(verb).startsWith("acl")) {
      // "Clinton won the primary, adding to her lead"; "a story, one Lee told often, ..."
      return List.of();
    }
    int comma = commaBeforeSubject(sentence, verb);
    int phraseEnd = phraseEnd(sentence, verb, quotes);
    if (comma < 3 || phraseEnd < 0 || opensQuotation(sentence, phraseEnd + 2, quotes)
        || isNounWithARelativeClause(sentence, comma + 1, verb)) {
      return List.of();
    }
    if (comma == verb - 1 && !hasNominal(sentence, verb + 1, phraseEnd + 1)) {
      return List.of(); // an inverted cue names its subject after the verb: ", said Ann Lee."
    }
    if (OPEN_ENDED_POS.contains(sentence.token(comma - 1).pos())) {
      return List.of(); // "..., which, he said, is full": the cue interrupts an open phrase
    }
    List<Integer> before = ReportedClause.range(0, comma);
    Token first = sentence.token(0);
    if (quotes.isInside(first.start()) || quotes.isMark(first.start())) {
      return List.of(); // a quotation and its cue: the quotation's own rules
    }
    if (!ReportedClause.hasFiniteVerb(sentence, before) && !hasVerbWithSubject(sentence, comma)) {
      return List.of(); // "One by one, the mills, including Ardo, declared bankruptcy"
    }
    List<Integer> after = ReportedClause.range(phraseEnd + 2, sentence.size());
    boolean clauseAfter = isClause(sentence, after);
    if (isSubordinate(sentence, before)) {
      // "If talks fail, she argues, there are other ways": one statement around the cue;
      // "As prices rose, the bank warned": the cue is the main clause
      List<Integer> whole = new ArrayList<>(before);
      whole.addAll(after);
      return clauseAfter
          ? ReportedClause.clauseSpan(sentence, whole, quotes).map(List::of).orElse(List.of())
          : List.of();
    }
    List<Span> parts = new ArrayList<>();
    ReportedClause.clauseSpan(sentence, before, quotes).ifPresent(parts::add);
    if (clauseAfter && !isAboutTheSpeaker(sentence, verb, after)) {
      ReportedClause.clauseSpan(sentence, after, quotes).ifPresent(parts::add);
    }
    return parts;
  }

  /**
   * Whether the words after the cue's phrase are a clause of their own ({@code as crews
   * searched}, {@code but the mill reopened}): a finite verb with no comma or relative pronoun
   * before it, and not a relative clause or a participle on the cue's subject ({@code , the mayor, who ...}, {@code ,
   * adding that ...}).
   */
  private static boolean isClause(Sentence sentence, List<Integer> words) {
    if (words.isEmpty()) {
      return false;
    }
    Token first = sentence.token(words.get(0));
    if (first.pos().equals("VBG") || RELATIVE_POS.contains(first.pos())) {
      return false;
    }
    for (int i : words) {
      Token token = sentence.token(i);
      if (token.isFinite()) {
        return true;
      }
      if (token.word().equals(",") || RELATIVE_POS.contains(token.pos())
          || token.word().equalsIgnoreCase("that")) {
        return false; // ", said Ann Lee, an official with the board that runs them"
      }
    }
    return false;
  }

  /**
   * Whether the words before the cue are a noun that a clause without "that" describes, the cue
   * its verb ({@code , an ordeal he described in a memoir}, {@code , a story Ann Lee told}): an
   * article and a common noun, then the clause's subject, a pronoun or a person's name.
   */
  private static boolean isNounWithARelativeClause(Sentence sentence, int first, int verb) {
    if (first + 2 >= verb || !sentence.token(first).pos().equals("DT")) {
      return false;
    }
    for (int i = first + 1; i + 1 < verb; i++) {
      Token next = sentence.token(i + 1);
      if (sentence.token(i).pos().matches("NNS?")
          && (next.isPronoun() || next.ner().equals("PERSON"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a quotation opens at token {@code index}: the cue introduces it, not a clause. */
  private static boolean opensQuotation(Sentence sentence, int index, QuoteMask quotes) {
    return index < sentence.size() && (quotes.isMark(sentence.token(index).start())
        || quotes.isInside(sentence.token(index).start()));
  }

  /**
   * Whether the clause after the cue tells what the speaker did rather than what was said: its
   * subject is the cue's own pronoun or, after a name, "he" or "she" ({@code ..., he said, though
   * he named nobody}).
   */
  private static boolean isAboutTheSpeaker(Sentence sentence, int verb, List<Integer> clause) {
    Token speaker = sentence.token(verb - 1);
    for (int i : clause) {
      Token token = sentence.token(i);
      if (token.isFinite()) {
        return false;
      }
      if (token.isPronoun()) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return speaker.isPronoun() ? word.equals(speaker.word().toLowerCase(Locale.ROOT))
            : speaker.ner().equals("PERSON") && (word.equals("he") || word.equals("she"));
      }
      if (token.isNoun()) {
        return false;
      }
    }
    return false;
  }

  /** Whether the words are one subordinate clause ("As prices rose"), with no main clause. */
  private static boolean isSubordinate(Sentence sentence, List<Integer> words) {
    String opening = sentence.token(words.get(0)).word().toLowerCase(Locale.ROOT);
    return SUBORDINATORS.contains(opening)
        && words.stream().noneMatch(i -> sentence.token(i).word().equals(","));
  }

  private static boolean hasNominal(Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sentence.token(i).isNoun() || sentence.token(i).isPronoun()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comma before the cue's subject, or -1: the words between hold a noun or pronoun and
   * neither a finite verb nor a relative pronoun.
   */
  private static int commaBeforeSubject(Sentence sentence, int verb) {
    boolean nominal = false;
    for (int i = verb - 1; i >= 0 && verb - i <= MAX_SUBJECT_TOKENS + 1; i--) {
      Token token = sentence.token(i);
      if (token.word().equals(",")) {
        return nominal || i == verb - 1 ? i : -1;
      }
      if (token.isFinite() || RELATIVE_POS.contains(token.pos())
          || token.pos().equals("CC") && i > 0 && sentence.token(i - 1).word().equals(",")) {
        return -1; // a relative clause, or a clause joined by "and" with a subject of its own
      }
      nominal |= token.isNoun() || token.isPronoun();
    }
    return -1;
  }

  /**
   * The last token of the cue's own phrase: the token before the comma that follows the cue, or
   * before the sentence's closing punctuation; -1 when the cue has a complement of its own (a
   * verb, "that", a colon or a quotation after it) or too many words.
   */
  private static int phraseEnd(Sentence sentence, int verb, QuoteMask quotes) {
    int words = 0;
    for (int i = verb + 1; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      if (token.word().equals(",")) {
        return i - 1;
      }
      if (token.isVerb() || token.pos().equals("MD") || token.word().equals(":")
          || token.word().toLowerCase(Locale.ROOT).equals("that")
          || quotes.isMark(token.start()) || quotes.isInside(token.start())) {
        return -1;
      }
      if (!token.isPunctuation() && ++words > MAX_WORDS_AFTER_CUE) {
        return -1;
      }
    }
    return sentence.size() - 1;
  }

  /**
   * Whether a verb before token {@code end} has its subject before it too: a clause whose verb
   * the tagger read as a participle ({@code The harbour reopened/VBN on Monday, officials said}).
   */
  private static boolean hasVerbWithSubject(Sentence sentence, int end) {
    for (Dependency arc : sentence.dependencies()) {
      if (arc.relation().startsWith("nsubj") && arc.governor() >= 0 && arc.governor() < end
          && arc.dependent() < end && sentence.token(arc.governor()).isVerb()) {
        return true;
      }
    }
    return false;
  }
}
