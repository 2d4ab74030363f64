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
 * What a reporting verb reports: the clause before a cue set after it ({@link ClauseBeforeCue}),
 * its clausal complement, the clause it interrupts or follows ({@code The talks failed, the
 * minister said}), what it urges or names ({@link DirectiveOrName}), and in the broad scope its
 * object or infinitive. Stateless and thread-safe.
 */
final class ReportedClause {

  private static final Set<String> CLAUSE_MARKERS = Set.of("that", "if", "whether");

  private final AttributionScope scope;

  ReportedClause(AttributionScope scope) {
    this.scope = scope;
  }

  /**
   * What the verb at {@code verb} reports: its clausal complement, or the clause it interrupts or
   * follows; empty if nothing. A cue set between two clauses ({@code The talks failed, he said,
   * but the mill reopened}) splits what it reports in two when each side has a finite verb: the
   * words before the cue and the words after it, each a statement of its own as news annotators
   * count them.
   */
  List<Span> of(Sentence sentence, int verb, QuoteMask quotes) {
    List<Span> afterItsClause = ClauseBeforeCue.of(sentence, verb, quotes);
    if (!afterItsClause.isEmpty()) {
      return afterItsClause;
    }
    // the clausal complement after the verb ("Brooks says he drank"), else one before it
    Optional<Integer> complement = Optional.empty();
    for (Dependency arc : sentence.children(verb)) {
      boolean clause = arc.relation().equals("ccomp")
          || (arc.relation().equals("parataxis") && arc.dependent() > verb);
      if (clause && (complement.isEmpty() || complement.get() < verb)) {
        complement = Optional.of(arc.dependent());
      }
    }
    if (complement.isPresent() && complement.get() < verb) {
      // "The talks failed, he said, but the mill reopened", parsed with the cue as the root;
      // after a quotation ("...," she said, and the crowd cheered) the writer goes on
      int first = complement.get();
      List<Span> parts = new ArrayList<>(asList(
          clauseSpan(sentence, sentence.subtree(first), quotes)));
      continuationAfter(sentence, verb)
          .filter(clause -> !quotes.isInside(sentence.token(first).start()))
          .flatMap(clause -> clauseSpan(sentence, sentence.subtree(clause), quotes))
          .ifPresent(parts::add);
      return parts;
    }
    if (complement.isPresent()) {
      return asList(clauseSpan(sentence, sentence.subtree(complement.get()), quotes));
    }
    String relation = sentence.relation(verb);
    int governor = sentence.governor(verb);
    boolean participle = sentence.token(verb).pos().equals("VBG")
        || sentence.token(verb).pos().equals("VBN");
    if (governor >= 0 && !participle && (relation.equals("parataxis") || relation.equals("dep"))) {
      // "The talks failed, the minister said" / "Too often, he says, they give up": the verb
      // hangs off the clause it reports
      List<Integer> verbPart = sentence.subtree(verb);
      int cueFirst = verbPart.stream().mapToInt(Integer::intValue).min().orElse(verb);
      int cueLast = verbPart.stream().mapToInt(Integer::intValue).max().orElse(verb);
      List<Integer> before = new ArrayList<>();
      List<Integer> after = new ArrayList<>();
      for (int i : sentence.subtree(governor)) {
        if (i < cueFirst) {
          before.add(i);
        } else if (i > cueLast) {
          after.add(i);
        }
      }
      if (!hasFiniteVerb(sentence, before) || !hasFiniteVerb(sentence, after)) {
        // "The museum, he said, would open in May": one clause around the cue
        List<Integer> whole = new ArrayList<>(before);
        whole.addAll(after);
        return whole.isEmpty() ? List.of() : asList(clauseSpan(sentence, whole, quotes));
      }
      return List.of(clauseSpan(sentence, before, quotes), clauseSpan(sentence, after, quotes))
          .stream().flatMap(Optional::stream).toList();
    }
    return asList(withoutInterruption(sentence, verb, quotes));
  }

  /**
   * A clause with a subject of its own joined to a cue that ends its first part ({@code ..., he
   * said, but the mill reopened}): the second part of what the cue reports.
   */
  private static Optional<Integer> continuationAfter(Sentence sentence, int verb) {
    return sentence.children(verb).stream()
        .filter(arc -> arc.relation().equals("conj") && arc.dependent() > verb)
        .map(Dependency::dependent)
        .filter(clause -> sentence.children(clause).stream()
            .anyMatch(arc -> arc.relation().startsWith("nsubj")))
        .filter(clause -> afterComma(sentence, clause))
        .findFirst();
  }

  /** Whether a comma comes right before the words of the clause ("..., and those paid"). */
  private static boolean afterComma(Sentence sentence, int clause) {
    int first = sentence.subtree(clause).stream().mapToInt(Integer::intValue).min().orElse(clause);
    return first > 0 && sentence.token(first - 1).word().equals(",");
  }

  private static List<Span> asList(Optional<Span> clause) {
    return clause.map(List::of).orElse(List.of());
  }

  /** What a verb reports that neither has a clausal complement nor interrupts a clause. */
  private Optional<Span> withoutInterruption(Sentence sentence, int verb, QuoteMask quotes) {
    Optional<Span> participle = afterParticiple(sentence, verb, quotes);
    if (participle.isPresent()) {
      return participle;
    }
    Optional<Span> bare = BareClause.after(sentence, verb, quotes);
    if (bare.isPresent()) {
      return bare;
    }
    if (scope == AttributionScope.SPEECH) {
      Optional<Span> directed = DirectiveOrName.of(sentence, verb, quotes);
      if (directed.isPresent()) {
        return directed;
      }
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
  /** Prepositions that make a clause the verb's complement: "called for cutting the rate". */
  private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("of", "for");

  /**
   * In the broad scope, what a verb without a clause reports is its infinitive ("vowed to fight
   * on", "urged him to resign") or its object with the phrases that say what of it ("criticised
   * the plan", "described the dinner as a farce", "called for a recount", "called for cutting the
   * rate", "accused her of lying"), never a time or place.
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
      boolean what = relation.startsWith("obl") && introducedBy(sentence, arc.dependent(),
          COMPLEMENT_PREPOSITIONS)
          || relation.equals("advcl")
              && introducedBy(sentence, arc.dependent(), CLAUSE_PREPOSITIONS);
      if (object || what) {
        reported.addAll(sentence.subtree(arc.dependent()));
      }
    }
    if (reported.isEmpty()) {
      return Optional.empty();
    }
    reported.sort(null);
    int last = reported.get(reported.size() - 1);
    for (Dependency arc : sentence.children(verb)) {
      // "cited remarks Trump had made about her": the parser leaves a relative clause without
      // "that" hanging loose on the verb, right after the object
      if (arc.relation().equals("dep") && sentence.token(arc.dependent()).isVerb()) {
        List<Integer> loose = sentence.subtree(arc.dependent());
        if (loose.get(0) == last + 1) {
          last = loose.get(loose.size() - 1);
        }
      }
    }
    List<Integer> contiguous = range(reported.get(0), last + 1);
    // "called for a recount": the content is what was called for
    if (sentence.token(contiguous.get(0)).pos().equals("IN") && contiguous.size() > 1) {
      contiguous.remove(0);
    }
    return clauseSpan(sentence, contiguous, quotes);
  }

  /** Whether one of {@code prepositions} opens the phrase or clause headed by {@code head}. */
  private static boolean introducedBy(Sentence sentence, int head, Set<String> prepositions) {
    return sentence.children(head).stream()
        .anyMatch(c -> (c.relation().equals("case") || c.relation().equals("mark"))
            && c.dependent() < head
            && prepositions.contains(
                sentence.token(c.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * {@code The mayor praised the plan, saying it would help families.} — a participle after a
   * comma reports the rest of its sentence when that holds a finite verb, however the parser hung
   * the two (it often makes "saying" the reported verb's marker).
   */
  private static Optional<Span> afterParticiple(Sentence sentence, int verb, QuoteMask quotes) {
    if (!sentence.token(verb).pos().equals("VBG") || verb == 0
        || !sentence.token(verb - 1).word().equals(",")) {
      return Optional.empty();
    }
    List<Integer> rest = range(verb + 1, sentence.size());
    return hasFiniteVerb(sentence, rest) ? clauseSpan(sentence, rest, quotes) : Optional.empty();
  }

  /** The token indices from {@code from} up to {@code to}, exclusive, in a list one may change. */
  static List<Integer> range(int from, int to) {
    List<Integer> indices = new ArrayList<>();
    for (int i = from; i < to; i++) {
      indices.add(i);
    }
    return indices;
  }

  /** Whether the words hold a finite verb or a modal: a clause, not a phrase. */
  static boolean hasFiniteVerb(Sentence sentence, List<Integer> indices) {
    for (int i : indices) {
      if (sentence.token(i).isFinite()) {
        return true;
      }
    }
    return false;
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
