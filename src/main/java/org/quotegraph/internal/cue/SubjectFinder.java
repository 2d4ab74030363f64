package org.quotegraph.internal.cue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * The speaker's head token of a reporting verb: its subject, the subject it shares with another
 * verb, the noun phrase of an inversion ({@code ," said X}), or the noun before a relative
 * pronoun. Never a word inside a quotation. Stateless and thread-safe.
 */
final class SubjectFinder {

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

  private SubjectFinder() {}

  /**
   * The speaker's head token: the verb's subject, or the subject it shares with another verb; never
   * a word inside a quotation, and a relative pronoun stands for the noun before it.
   */
  static Optional<Integer> subjectOf(Sentence sentence, int verb, QuoteMask quotes) {
    if (isPassive(sentence, verb, quotes)) {
      return Optional.empty(); // "it was expected that ...": nobody is said to expect it
    }
    Optional<Integer> subject = grammaticalSubject(sentence, verb, quotes);
    if (subject.isPresent() && quotes.isInside(sentence.token(subject.get()).start())) {
      subject = inversionSubject(sentence, verb, quotes);
    }
    if (subject.isPresent()
        && RELATIVE_PRONOUNS.contains(sentence.token(subject.get()).word().toLowerCase(Locale.ROOT))) {
      subject = antecedent(sentence, subject.get());
    }
    subject = subject.filter(s -> !quotes.isInside(sentence.token(s).start()));
    if (subject.isPresent() && isInsideReportedClause(sentence, subject.get(), verb)) {
      Optional<Integer> inverted = inversionSubject(sentence, verb, quotes);
      if (inverted.isPresent() && sentence.token(inverted.get()).isNamed()
          && endsClause(sentence, inverted.get() + 1)) {
        return inverted; // "..., said Boinnet." but not "..., said Ottawa would pay"
      }
    }
    if (subject.isEmpty()) {
      subject = subjectBetweenQuoteAndVerb(sentence, verb, quotes);
    }
    if (subject.isPresent() && !isPersonOrPronoun(sentence.token(subject.get()))) {
      Optional<Integer> person = personAcrossComma(sentence, subject.get(), verb, quotes);
      if (person.isPresent()) {
        return person;
      }
    }
    return subject.isPresent() ? subject : nameRightBefore(sentence, verb, quotes);
  }

  private static boolean isPersonOrPronoun(Token token) {
    return token.ner().equals("PERSON") || token.isPronoun();
  }

  /**
   * A person set off by a comma from the common noun the parser took for a tensed cue's subject:
   * {@code Lee Finell, a manager with the dairy board, said} (the apposition parsed as the
   * subject) and {@code At a site for the rail project, then-minister Ann Lee said} (an opening
   * phrase parsed as the subject, the name right before the verb). No tensed verb may come
   * between the person and the cue.
   */
  private static Optional<Integer> personAcrossComma(Sentence sentence, int subject, int verb,
      QuoteMask quotes) {
    if (verb < 2 || !sentence.token(verb).isFinite()) {
      return Optional.empty();
    }
    Token before = sentence.token(verb - 1);
    if (before.ner().equals("PERSON") && !quotes.isInside(before.start())) {
      int first = verb - 1;
      while (first > 0 && sentence.token(first - 1).ner().equals("PERSON")) {
        first--;
      }
      return subject < first && hasCommaWithoutVerb(sentence, subject, first)
          ? Optional.of(verb - 1) : Optional.empty();
    }
    if (!before.word().equals(",")) {
      return Optional.empty();
    }
    for (int i = verb - 2; i > 0; i--) {
      Token token = sentence.token(i);
      if (token.isFinite() || quotes.isInside(token.start())) {
        return Optional.empty();
      }
      if (token.word().equals(",")) {
        Token name = sentence.token(i - 1);
        boolean opens = i - 1 < subject;
        return name.ner().equals("PERSON") && opens && !quotes.isInside(name.start())
            ? Optional.of(i - 1) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether a comma, and no tensed verb, lies strictly between {@code from} and {@code to}. */
  private static boolean hasCommaWithoutVerb(Sentence sentence, int from, int to) {
    boolean comma = false;
    for (int i = from + 1; i < to; i++) {
      if (sentence.token(i).isFinite()) {
        return false;
      }
      comma |= sentence.token(i).word().equals(",");
    }
    return comma;
  }

  /**
   * {@code Originally from Arichat, Martell says he ...} parsed with "Martell" in apposition to
   * the place: when the parse gives a finite cue no subject, the name of a person or organisation
   * or a personal pronoun right before it is its subject.
   */
  private static Optional<Integer> nameRightBefore(Sentence sentence, int verb,
      QuoteMask quotes) {
    // a cue is a verb, never a modal: finite here means tensed
    if (verb == 0 || !sentence.token(verb).isFinite()) {
      return Optional.empty();
    }
    Token before = sentence.token(verb - 1);
    // a person or organisation, not "in March say"
    boolean name = before.ner().equals("PERSON") || before.ner().equals("ORGANIZATION")
        || before.pos().equals("PRP");
    return name && !quotes.isInside(before.start()) ? Optional.of(verb - 1) : Optional.empty();
  }

  /**
   * Whether the verb is passive: a passive auxiliary outside the quotation, or a passive subject
   * that no quoted auxiliary made passive. In {@code "We are ahead," he said} the parser may hang
   * the quotation's "are" on "said" as a passive auxiliary, which makes "he" a passive subject;
   * the speaker's own words never make the cue passive.
   */
  private static boolean isPassive(Sentence sentence, int verb, QuoteMask quotes) {
    boolean outsideAuxiliary = false;
    boolean quotedAuxiliary = false;
    boolean passiveSubject = false;
    for (Dependency arc : sentence.children(verb)) {
      boolean quoted = quotes.isInside(sentence.token(arc.dependent()).start());
      if (arc.relation().startsWith("aux:pass")) {
        outsideAuxiliary |= !quoted;
        quotedAuxiliary |= quoted;
      } else if (arc.relation().startsWith("nsubj:pass") && !quoted) {
        passiveSubject = true;
      }
    }
    return outsideAuxiliary || (passiveSubject && !quotedAuxiliary);
  }

  private static boolean endsClause(Sentence sentence, int next) {
    return next >= sentence.size() || sentence.token(next).isPunctuation();
  }

  /**
   * "Sixteen people were among the casualties, said police Chief X.": a subject the parse found
   * before a tensed verb that itself comes before the comma and the cue belongs to the reported
   * clause, not to the cue.
   */
  private static boolean isInsideReportedClause(Sentence sentence, int subject, int verb) {
    if (subject >= verb - 1 || !sentence.token(verb - 1).word().equals(",")) {
      return false;
    }
    for (int i = subject + 1; i < verb - 1; i++) {
      if (sentence.token(i).isFinite()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code ," a citizen, whose name is withheld, wrote.} — when the parse gives the verb no
   * subject, the noun phrase that opens the stretch between the closing quotation mark and the
   * verb is the speaker.
   */
  private static Optional<Integer> subjectBetweenQuoteAndVerb(Sentence sentence, int verb,
      QuoteMask quotes) {
    int closing = -1;
    for (int i = verb - 1; i >= Math.max(0, verb - 15); i--) {
      if (quotes.isMark(sentence.token(i).start())) {
        closing = i;
        break;
      }
    }
    if (closing < 0 || quotes.isInside(sentence.token(verb).start())) {
      return Optional.empty();
    }
    Optional<Integer> head = Optional.empty();
    for (int i = closing + 1; i < verb; i++) {
      Token token = sentence.token(i);
      if (token.isNoun() || token.isPronoun()) {
        head = Optional.of(i);
      } else if (head.isPresent() || !(token.pos().equals("DT") || token.pos().equals("JJ")
          || token.pos().equals("CD") || token.word().equals(","))) {
        break;
      }
    }
    return head;
  }

  /** The noun a relative pronoun refers to: the last noun before it ("council staff, who"). */
  private static Optional<Integer> antecedent(Sentence sentence, int pronoun) {
    for (int i = pronoun - 1; i >= 0 && i >= pronoun - 3; i--) {
      if (sentence.token(i).isNoun()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> grammaticalSubject(Sentence sentence, int verb,
      QuoteMask quotes) {
    Token cue = sentence.token(verb);
    if (cue.pos().equals("VBG") && verb > 0 && sentence.token(verb - 1).word().equals(",")
        && sentence.child(verb, "nsubj").isEmpty()) {
      // "thousands marched through the city, chanting ...": the participle's subject is the
      // subject of the main clause, wherever the parser hung the participle
      for (int i = 0; i < sentence.size(); i++) {
        if (sentence.governor(i) == -1 && sentence.relation(i).equals("root") && i != verb) {
          Optional<Integer> mainSubject = sentence.child(i, "nsubj");
          if (mainSubject.isPresent()) {
            return mainSubject;
          }
        }
      }
      // "X applied for a review, arguing ...", the root misparsed: the subject of the nearest
      // verb above the participle, which the parser may have hung on a noun ("a review")
      int above = sentence.governor(verb);
      for (int hops = 0; hops < 3 && above >= 0; hops++) {
        Optional<Integer> aboveSubject = sentence.token(above).isVerb()
            ? sentence.child(above, "nsubj") : Optional.empty();
        if (aboveSubject.isPresent()) {
          return aboveSubject;
        }
        above = sentence.governor(above);
      }
    }
    int current = verb;
    for (int hops = 0; hops < 4 && current >= 0; hops++) {
      // the parser may hang a subject from inside the quotation on the verb as well; a passive
      // subject of the cue itself is one only a quoted auxiliary made passive (see isPassive);
      // of two subjects ("questions from workers ..., a source said") the nearer is the verb's
      int governor = current;
      Optional<Integer> subject = sentence.children(current).stream()
          .filter(arc -> arc.relation().startsWith("nsubj"))
          .map(Dependency::dependent)
          .filter(s -> !quotes.isInside(sentence.token(s).start()))
          .min(Comparator.comparingInt(s -> Math.abs(s - governor)));
      if (subject.isPresent()) {
        int head = subject.get();
        String word = sentence.token(head).word().toLowerCase(Locale.ROOT);
        if (RELATIVE_PRONOUNS.contains(word) && sentence.relation(current).startsWith("acl")) {
          return Optional.of(sentence.governor(current));
        }
        return subject;
      }
      String relation = sentence.relation(current);
      if (relation.equals("conj") || relation.startsWith("advcl") || relation.equals("xcomp")) {
        current = sentence.governor(current); // "..., saying that", "said X and added that"
      } else if (relation.startsWith("acl")) {
        return Optional.of(sentence.governor(current)); // "a letter saying that"
      } else {
        return inversionSubject(sentence, verb, quotes);
      }
    }
    return inversionSubject(sentence, verb, quotes);
  }

  /**
   * {@code ," said Oilers head coach Ken Hitch.} — when the parse found no subject for a verb
   * that follows a quotation, the noun phrase right after the verb is the speaker. A quotation
   * ending in "!" or "?" ends its sentence, so the verb may open the next one: {@code "Is it
   * closing?" asked Dana Whitfield.}
   */
  private static Optional<Integer> inversionSubject(Sentence sentence, int verb,
      QuoteMask quotes) {
    boolean afterQuotation = verb == 0 ? quotes.closesJustBefore(sentence.start())
        : sentence.token(verb - 1).isPunctuation();
    if (!afterQuotation) {
      return Optional.empty();
    }
    Optional<Integer> head = Optional.empty();
    for (int i = verb + 1; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      String pos = token.pos();
      // a participle is a verb of its own ("a document titled X"); a tensed or bare form
      // between nouns is a noun the tagger took for a verb ("Oilers head coach X")
      boolean mistaggedNoun = i + 1 < sentence.size() && sentence.token(i + 1).isNoun()
          && !pos.equals("VBN") && !pos.equals("VBG");
      if (token.isNoun() || token.isPronoun()) {
        head = Optional.of(i);
      } else if (!(pos.equals("DT") || pos.equals("JJ") || pos.equals("POS") || pos.equals("PRP$")
          || pos.equals("CD") || (token.isVerb() && (head.isEmpty() || mistaggedNoun)))) {
        break; // a verb before the noun is a mistagged modifier: "said lead author X"
      }
    }
    return head;
  }
}
