package org.quotegraph.internal.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.Span;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * A reported clause without "that" that the parser did not hang on the cue as its complement:
 * {@code Harris said Vickers would run} parsed with "said" as the subject of "run" and "Vickers"
 * as its object, or {@code Protesters said the announcement has done nothing} parsed with the
 * clause as an object of "said". A reporting verb reports a clause, so the clause after it is the
 * content whichever way the parse went. Stateless and thread-safe.
 */
final class BareClause {

  /** How a cue may hang on the clause it reports, in the parses this class mends. */
  private static final Set<String> UNDER_ITS_CLAUSE = Set.of("csubj", "nsubj", "advcl", "obl");

  /** Verbs whose object is hardly ever a noun phrase alone when a finite verb follows it. */
  private static final Set<String> CLAUSE_VERBS = Set.of("say", "tell");

  private BareClause() {}

  /** The clause after the cue at {@code verb}, if the parse hid it in one of the two ways. */
  static Optional<Span> after(Sentence sentence, int verb, QuoteMask quotes) {
    Optional<Span> governing = governingClause(sentence, verb, quotes);
    return governing.isPresent() ? governing : objectClause(sentence, verb, quotes);
  }

  /**
   * The cue hangs on the clause it reports, which follows it with no comma between ({@code
   * Harris said Vickers would run}, {@code While the club said it would not comment, ...}): the
   * clause's words after the cue, without the addressee ({@code told the court the door was
   * open}) or a clause the parser joined to it ({@code ..., the manager defended it}).
   */
  private static Optional<Span> governingClause(Sentence sentence, int verb, QuoteMask quotes) {
    int clause = sentence.governor(verb);
    String relation = sentence.relation(verb);
    if (clause <= verb || !UNDER_ITS_CLAUSE.contains(relation.split(":")[0])) {
      return Optional.empty();
    }
    for (int i = verb + 1; i < clause; i++) {
      if (sentence.token(i).word().equals(",")) {
        return Optional.empty(); // "When she said no, the crowd left": a real adverbial clause
      }
    }
    List<Integer> excluded = new ArrayList<>();
    for (Dependency arc : sentence.children(verb)) {
      if (arc.relation().equals("iobj")) {
        excluded.addAll(sentence.subtree(arc.dependent()));
      }
    }
    for (Dependency arc : sentence.children(clause)) {
      if (arc.relation().equals("parataxis") && arc.dependent() > clause) {
        excluded.addAll(sentence.subtree(arc.dependent()));
      }
    }
    List<Integer> words = sentence.subtree(clause);
    int first = verb + 1;
    while (first < sentence.size() && excluded.contains(first)) {
      first++;
    }
    if (first + 1 < sentence.size() && sentence.token(first).isFinite()
        && !sentence.token(first + 1).word().equalsIgnoreCase("that")) {
      // "Everything he says is false": the cue is in a relative clause; but "What he says is
      // that ..." reports what follows "that"
      return Optional.empty();
    }
    List<Integer> reported = new ArrayList<>();
    for (int i = first; i < sentence.size() && words.contains(i) && !excluded.contains(i); i++) {
      reported.add(i);
    }
    return ReportedClause.hasFiniteVerb(sentence, reported)
        ? ReportedClause.clauseSpan(sentence, reported, quotes) : Optional.empty();
  }

  /**
   * "Say" and "tell" take a clause, hardly ever a noun: an object of the cue whose phrase, or a
   * predicate hung beside it, holds a finite verb ({@code said the announcement has done
   * nothing}, {@code told the court the budget was short} parsed as object and predicate) is the
   * subject of a reported clause.
   */
  private static Optional<Span> objectClause(Sentence sentence, int verb, QuoteMask quotes) {
    if (!CLAUSE_VERBS.contains(sentence.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Optional<Integer> object = sentence.children(verb).stream()
        .filter(arc -> arc.relation().equals("obj") && arc.dependent() > verb)
        .map(Dependency::dependent).findFirst();
    if (object.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> words = new ArrayList<>(sentence.subtree(object.get()));
    for (Dependency arc : sentence.children(verb)) {
      if (arc.dependent() > object.get()
          && (arc.relation().equals("xcomp") || arc.relation().equals("dep"))) {
        words.addAll(sentence.subtree(arc.dependent()));
      }
    }
    int first = words.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int last = words.stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<Integer> reported = ReportedClause.range(first, last + 1);
    return ReportedClause.hasFiniteVerb(sentence, reported)
        ? ReportedClause.clauseSpan(sentence, reported, quotes) : Optional.empty();
  }
}
