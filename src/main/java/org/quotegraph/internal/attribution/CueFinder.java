package org.quotegraph.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.AttributionScope;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;

/**
 * Finds the reporting cues of one parsed sentence: reporting verbs with their subject and
 * reported clause, "according to X", and "X:" line openings. Words inside quotation marks are the
 * speaker's own and never cues. Stateless and thread-safe.
 */
final class CueFinder {

  private static final Set<String> CLAUSE_MARKERS = Set.of("that", "if", "whether");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  private static final Set<String> MISTAGGED_FORMS =
      Set.of("says", "said", "adds", "added", "tells", "told", "writes", "wrote", "notes", "noted",
          "explains", "explained", "insists", "insisted", "recalls", "recalled");

  private final Lexicons lexicons = Lexicons.get();
  private final AttributionScope scope;

  CueFinder(AttributionScope scope) {
    this.scope = scope;
  }

  /** Whether a verb with this lemma is a reporting cue in this scope. */
  boolean isCueLemma(String lemma) {
    return lexicons.isReportingVerb(lemma) || isBeliefCue(lemma);
  }

  /** Verbs of belief, wish and stance: cues only in the broad scope. */
  private boolean isBeliefCue(String lemma) {
    return scope == AttributionScope.BROAD
        && (lexicons.isCognitionVerb(lemma) || lexicons.isBroadVerb(lemma));
  }

  /**
   * @param headlineEnd the offset where the article's first line ends; a short phrase before a
   *     colon there ("Poll: ...", "Clinton camp: ...") is the headline's source
   */
  List<Cue> find(Sentence sentence, String text, QuoteMask quotes, int headlineEnd) {
    List<Cue> cues = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      if (quotes.isInside(token.start())) {
        continue;
      }
      boolean mistagged = !token.isVerb() && isMistaggedReportingVerb(sentence, token);
      if ((token.isVerb() || mistagged) && (isCueLemma(token.lemma()) || mistagged)) {
        if (token.lemma().equalsIgnoreCase("point") && !hasParticle(sentence, token.index(), "out")) {
          continue;
        }
        Cue.Type type = lexicons.isReportingVerb(token.lemma()) || mistagged
            ? Cue.Type.SPEECH : Cue.Type.COGNITION;
        Optional<Span> clause = isNegated(sentence, token.index()) ? Optional.empty()
            : reportedClause(sentence, token.index(), quotes);
        cues.add(new Cue(sentence.index(), token.index(), new Span(token.start(), token.end()),
            type, subjectOf(sentence, token.index(), quotes), clause));
      } else if (token.word().equalsIgnoreCase("according") && token.index() + 1 < sentence.size()
          && sentence.token(token.index() + 1).word().equalsIgnoreCase("to")) {
        cues.add(accordingTo(sentence, token.index(), quotes));
      }
    }
    colonOpening(sentence, quotes, headlineEnd).ifPresent(cues::add);
    return cues;
  }

  /**
   * The tagger often reads {@code ," says Smith} as a plural noun; right after a closing
   * quotation mark, the common reporting forms are verbs whatever their tag.
   */
  private static boolean isMistaggedReportingVerb(Sentence sentence, Token token) {
    if (!MISTAGGED_FORMS.contains(token.word().toLowerCase(Locale.ROOT)) || token.index() == 0) {
      return false;
    }
    Token before = sentence.token(token.index() - 1);
    return before.isPunctuation() && (before.word().contains("\"") || before.word().contains("'")
        || before.word().contains("\u201D") || before.word().contains("\u2019")
        || before.word().equals(","));
  }

  private static boolean hasParticle(Sentence sentence, int verb, String particle) {
    return sentence.children(verb).stream().anyMatch(arc -> arc.relation().startsWith("compound:prt")
        && sentence.token(arc.dependent()).word().equalsIgnoreCase(particle));
  }

  /** "did not say whether": nothing was reported. */
  private static boolean isNegated(Sentence sentence, int verb) {
    return sentence.children(verb).stream().anyMatch(arc -> arc.relation().equals("neg")
        || (arc.relation().equals("advmod")
            && sentence.token(arc.dependent()).word().equalsIgnoreCase("not")));
  }

  /**
   * The speaker's head token: the verb's subject, or the subject it shares with another verb; never
   * a word inside a quotation, and a relative pronoun stands for the noun before it.
   */
  static Optional<Integer> subjectOf(Sentence sentence, int verb, QuoteMask quotes) {
    if (sentence.children(verb).stream().anyMatch(arc -> arc.relation().startsWith("nsubj:pass")
        || arc.relation().startsWith("aux:pass"))) {
      return Optional.empty(); // "it was expected that ...": nobody is said to expect it
    }
    Optional<Integer> subject = grammaticalSubject(sentence, verb, quotes);
    if (subject.isPresent() && quotes.isInside(sentence.token(subject.get()).start())) {
      subject = inversionSubject(sentence, verb);
    }
    if (subject.isPresent()
        && RELATIVE_PRONOUNS.contains(sentence.token(subject.get()).word().toLowerCase(Locale.ROOT))) {
      subject = antecedent(sentence, subject.get());
    }
    subject = subject.filter(s -> !quotes.isInside(sentence.token(s).start()));
    return subject.isPresent() ? subject : subjectBetweenQuoteAndVerb(sentence, verb, quotes);
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
    }
    int current = verb;
    for (int hops = 0; hops < 4 && current >= 0; hops++) {
      boolean atCue = current == verb;
      // the parser may hang a subject from inside the quotation on the verb as well
      Optional<Integer> subject = sentence.children(current).stream()
          .filter(arc -> arc.relation().startsWith("nsubj"))
          // "he was quoted as saying": a passive subject counts above the cue itself
          .filter(arc -> !atCue || !arc.relation().startsWith("nsubj:pass"))
          .map(Dependency::dependent)
          .filter(s -> !quotes.isInside(sentence.token(s).start()))
          .findFirst();
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
        return inversionSubject(sentence, verb);
      }
    }
    return inversionSubject(sentence, verb);
  }

  /**
   * {@code ," said Oilers head coach Ken Hitch.} — when the parse found no subject for a verb
   * that follows a quotation, the noun phrase right after the verb is the speaker.
   */
  private static Optional<Integer> inversionSubject(Sentence sentence, int verb) {
    if (verb == 0 || !sentence.token(verb - 1).isPunctuation()) {
      return Optional.empty();
    }
    Optional<Integer> head = Optional.empty();
    for (int i = verb + 1; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      String pos = token.pos();
      if (token.isNoun() || token.isPronoun()) {
        head = Optional.of(i);
      } else if (!(pos.equals("DT") || pos.equals("JJ") || pos.equals("POS") || pos.equals("PRP$")
          || pos.equals("CD") || (token.isVerb() && head.isEmpty()))) {
        break; // a verb before the noun is a mistagged modifier: "said lead author X"
      }
    }
    return head;
  }

  /** What the verb reports: its clausal complement, or the clause it interrupts or follows. */
  private Optional<Span> reportedClause(Sentence sentence, int verb, QuoteMask quotes) {
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
  private static Optional<Span> clauseSpan(Sentence sentence, List<Integer> indices, QuoteMask quotes) {
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

  private Cue accordingTo(Sentence sentence, int according, QuoteMask quotes) {
    int to = according + 1;
    Span cueSpan = new Span(sentence.token(according).start(), sentence.token(to).end());
    // the source is the noun phrase after "to", up to a comma or the end
    int sourceEnd = to + 1;
    while (sourceEnd < sentence.size() && !sentence.token(sourceEnd).isPunctuation()
        && !sentence.token(sourceEnd).isVerb()) {
      sourceEnd++;
    }
    Optional<Integer> source = Optional.empty();
    if (sentence.relation(according).equals("case") && sentence.governor(according) > to) {
      source = Optional.of(sentence.governor(according)); // UD: "according to X" is X's case
    } else {
      // the head is the last noun of the first noun phrase: "the harbour authority" -> authority
      for (int i = to + 1; i < sourceEnd; i++) {
        Token token = sentence.token(i);
        if (token.pos().equals("IN") && source.isPresent()) {
          break;
        }
        if (token.isNoun() || token.isPronoun()) {
          source = Optional.of(i);
        }
      }
    }
    // what is reported is the rest of the sentence, on the larger side of the phrase
    int phraseStart = according;
    if (phraseStart > 0 && sentence.token(phraseStart - 1).word().equals(",")) {
      phraseStart--;
    }
    List<Integer> before = new ArrayList<>();
    for (int i = 0; i < phraseStart; i++) {
      before.add(i);
    }
    List<Integer> after = new ArrayList<>();
    for (int i = sourceEnd; i < sentence.size(); i++) {
      after.add(i);
    }
    List<Integer> reported = before.size() >= after.size() ? before : after;
    Optional<Span> content = reported.isEmpty() ? Optional.empty()
        : clauseSpan(sentence, reported, quotes);
    return new Cue(sentence.index(), according, cueSpan, Cue.Type.ACCORDING_TO, source, content);
  }

  /** "Pat Hale: Voters are worried" — a name, then a colon, at the start of a line. */
  /** Words that open a headline before a colon without being anyone who speaks. */
  private static final Set<String> NOT_SOURCES = Set.of("the latest", "editor's note", "read",
      "watch", "look", "update", "updated", "breaking", "exclusive", "video", "photos", "photo",
      "opinion", "analysis", "live", "listen", "related", "correction", "note", "q&a", "review",
      "explainer", "factbox", "timeline", "warning", "spoiler", "sign", "click", "more");

  private Optional<Cue> colonOpening(Sentence sentence, QuoteMask quotes, int headlineEnd) {
    int colon = -1;
    for (int i = 1; i < Math.min(6, sentence.size() - 2); i++) {
      if (sentence.token(i).word().equals(":")) {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      return Optional.empty();
    }
    for (int i = 0; i < colon; i++) {
      Token token = sentence.token(i);
      boolean person = token.ner().equals("PERSON");
      boolean headlineSource = sentence.start() < headlineEnd && !token.isVerb()
          && !token.pos().equals("MD") && !token.isPunctuation();
      if (!person && !headlineSource) {
        return Optional.empty();
      }
    }
    String opening = sentence.token(0).word().toLowerCase(Locale.ROOT)
        + (colon > 1 ? " " + sentence.token(1).word().toLowerCase(Locale.ROOT) : "");
    if (NOT_SOURCES.contains(opening) || NOT_SOURCES.contains(opening.split(" ")[0])) {
      return Optional.empty();
    }
    List<Integer> rest = new ArrayList<>();
    for (int i = colon + 1; i < sentence.size(); i++) {
      rest.add(i);
    }
    Token mark = sentence.token(colon);
    return Optional.of(new Cue(sentence.index(), colon, new Span(mark.start(), mark.end()),
        Cue.Type.COLON, Optional.of(colon - 1), clauseSpan(sentence, rest, quotes)));
  }
}
