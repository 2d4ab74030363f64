package org.quotegraph.internal.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.AttributionScope;
import org.quotegraph.Span;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * What a reporting verb reports: its clausal complement, the clause it interrupts or follows
 * ({@code The talks failed, the minister said}), the clause before a cue that ends the sentence,
 * and in the broad scope its object or infinitive. Stateless and thread-safe.
 */
final class ReportedClause {

  private static final Set<String> CLAUSE_MARKERS = Set.of("that", "if", "whether");

  private final AttributionScope scope;

  ReportedClause(AttributionScope scope) {
    this.scope = scope;
  }

  /** What the verb reports: its clausal complement, or the clause it interrupts or follows. */
  /** The reported clause of the verb at {@code verb}, if it has one. */
  Optional<Span> of(Sentence sentence, int verb, QuoteMask quotes) {
    // the clausal complement after the verb ("Brooks says he drank"), else one before it
    Optional<Integer> complement = Optional.empty();
    for (Dependency arc : sentence.children(verb)) {
      boolean clause = arc.relation().equals("ccomp")
          || (arc.relation().equals("parataxis") && arc.dependent() > verb);
      if (clause && (complement.isEmpty() || complement.get() < verb)) {
        complement = Optional.of(arc.dependent());
      }
    }
    if (complement.isPresent()) {
      return clauseSpan(sentence, sentence.subtree(complement.get()), quotes);
    }
    String relation = sentence.relation(verb);
    int governor = sentence.governor(verb);
    boolean participle = sentence.token(verb).pos().equals("VBG")
        || sentence.token(verb).pos().equals("VBN");
    if (governor >= 0 && !participle && (relation.equals("parataxis") || relation.equals("dep"))) {
      // "The talks failed, the minister said" / "Too often, he says, they give up": the verb
      // hangs off the clause it reports
      List<Integer> verbPart = sentence.subtree(verb);
      List<Integer> reported = new ArrayList<>();
      for (int i : sentence.subtree(governor)) {
        if (!verbPart.contains(i)) {
          reported.add(i);
        }
      }
      return reported.isEmpty() ? Optional.empty() : clauseSpan(sentence, reported, quotes);
    }
    Optional<Span> trailing = clauseBeforeTrailingCue(sentence, verb, quotes);
    if (trailing.isPresent()) {
      return trailing;
    }
    if (scope == AttributionScope.BROAD) {
      Optional<Span> broad = broadComplement(sentence, verb, quotes);
      if (broad.isPresent()) {
        return broad;
      }
    }
    // a parse that hangs the reported verb loosely on the cue: "Garland said unemployment ...
    // have broad relevance" parsed as said -obj-> unemployment, said -dep-> have
    for (Dependency arc : sentence.children(verb)) {
      Token dependent = sentence.token(arc.dependent());
      if (arc.relation().equals("dep") && arc.dependent() > verb
          && (dependent.isVerb() || dependent.pos().equals("MD"))) {
        List<Integer> reported = new ArrayList<>();
        for (int i = verb + 1; i < sentence.size(); i++) {
          if (i <= arc.dependent() || sentence.dominates(arc.dependent(), i)) {
            reported.add(i);
          }
        }
        return clauseSpan(sentence, reported, quotes);
      }
    }
    return Optional.empty();
  }

  private static final Set<String> CLAUSE_ONLY_VERBS = Set.of("say", "tell", "ask", "add");
  private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("as", "of", "for");

  /**
   * In the broad scope, what a verb without a clause reports is its infinitive ("vowed to fight
   * on", "urged him to resign") or its object with the phrases that say what of it ("criticised
   * the plan", "described the dinner as a farce", "called for a recount"), never a time or place.
   */
  private Optional<Span> broadComplement(Sentence sentence, int verb, QuoteMask quotes) {
    if (CLAUSE_ONLY_VERBS.contains(sentence.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<Integer> reported = new ArrayList<>();
    for (Dependency arc : sentence.children(verb)) {
      if (arc.dependent() < verb) {
        continue;
      }
      String relation = arc.relation();
      boolean object = relation.equals("obj") || relation.equals("xcomp")
          || relation.equals("iobj");
      boolean what = relation.startsWith("obl") && sentence.children(arc.dependent()).stream()
          .anyMatch(c -> c.relation().equals("case") && c.dependent() < arc.dependent()
              && COMPLEMENT_PREPOSITIONS.contains(
                  sentence.token(c.dependent()).word().toLowerCase(Locale.ROOT)));
      if (object || what) {
        reported.addAll(sentence.subtree(arc.dependent()));
      }
    }
    if (reported.isEmpty()) {
      return Optional.empty();
    }
    reported.sort(null);
    List<Integer> contiguous = new ArrayList<>();
    for (int i = reported.get(0); i <= reported.get(reported.size() - 1); i++) {
      contiguous.add(i);
    }
    // "called for a recount": the content is what was called for
    if (sentence.token(contiguous.get(0)).pos().equals("IN") && contiguous.size() > 1) {
      contiguous.remove(0);
    }
    return clauseSpan(sentence, contiguous, quotes);
  }

  /**
   * {@code Being in office can be hard, Lonechild said.} / {@code ..., said Telford.} — a cue that
   * ends the sentence after a comma reports what comes before the comma, whatever the parse made
   * of it.
   */
  private static Optional<Span> clauseBeforeTrailingCue(Sentence sentence, int verb,
      QuoteMask quotes) {
    if (sentence.token(verb).pos().equals("VBG")) {
      return Optional.empty(); // "Clinton won the primary, adding to her lead" reports nothing
    }
    int after = 0;
    for (int i = verb + 1; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      if (token.isVerb() || token.pos().equals("MD") || token.word().equals("that")) {
        return Optional.empty();
      }
      if (!token.isPunctuation()) {
        after++;
      }
    }
    if (after > 6) {
      return Optional.empty();
    }
    int comma = verb - 1;
    while (comma >= 0 && !sentence.token(comma).word().equals(",")) {
      Token token = sentence.token(comma);
      if (token.isVerb() || token.pos().equals("MD") || verb - comma > 8) {
        return Optional.empty();
      }
      comma--;
    }
    if (comma < 3) {
      return Optional.empty();
    }
    List<Integer> reported = new ArrayList<>();
    for (int i = 0; i < comma; i++) {
      reported.add(i);
    }
    return clauseSpan(sentence, reported, quotes);
  }

  /** The characters of {@code indices}, without a leading "that" or edge punctuation. */
  static Optional<Span> clauseSpan(Sentence sentence, List<Integer> indices, QuoteMask quotes) {
    int first = 0;
    int last = indices.size() - 1;
    while (first <= last && (isEdgePunctuation(sentence.token(indices.get(first)), quotes)
        || CLAUSE_MARKERS.contains(sentence.token(indices.get(first)).word().toLowerCase(Locale.ROOT))
            && sentence.relation(indices.get(first)).equals("mark"))) {
      first++;
    }
    while (last >= first && isEdgePunctuation(sentence.token(indices.get(last)), quotes)) {
      last--;
    }
    if (last - first < 1) {
      return Optional.empty();
    }
    return Optional.of(new Span(sentence.token(indices.get(first)).start(),
        sentence.token(indices.get(last)).end()));
  }

  /** Punctuation at a clause's edge, other than a quotation mark that opens or closes a quote. */
  private static boolean isEdgePunctuation(Token token, QuoteMask quotes) {
    return token.isPunctuation() && !quotes.isMark(token.start());
  }
}
