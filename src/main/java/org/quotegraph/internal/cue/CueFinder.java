package org.quotegraph.internal.cue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.quotegraph.AttributionScope;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.TaggedText;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * The cue stage: finds the reporting cues of a document, in two steps around the parse.
 *
 * <ol>
 *   <li>{@link #sentencesToParse}: from tokens and tags alone, the sentences that may report
 *       speech (a cue verb outside quotation marks, "according to", an opening "X:"), which are
 *       the ones to parse;
 *   <li>{@link #find}: in the parsed sentences, the reporting verbs with their subject ({@link
 *       SubjectFinder}) and reported clause ({@link ReportedClause}), "according to X", and "X:"
 *       line openings.
 * </ol>
 *
 * <p>Words inside quotation marks are the speaker's own and never cues. Stateless and
 * thread-safe.
 */
public final class CueFinder {

  private static final Set<String> MISTAGGED_FORMS =
      Set.of("say", "says", "said", "add", "adds", "added", "tell", "tells", "told", "write",
          "writes", "wrote", "note", "notes", "noted", "explain", "explains", "explained", "insist",
          "insists", "insisted", "recall", "recalls", "recalled", "reply", "replies", "replied");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private final Lexicons lexicons = Lexicons.get();
  private final AttributionScope scope;
  private final ReportedClause reportedClause;

  /** @param scope which verbs are cues: those of speech, or also of belief, wish and stance */
  public CueFinder(AttributionScope scope) {
    this.scope = scope;
    this.reportedClause = new ReportedClause(scope);
  }

  /**
   * The sentences to parse, as a test on sentence indices: those that may quote or report,
   * except sentences wholly inside a quotation (the speaker's own words hold no cue of ours).
   * Decided from tokens and tags alone, before any parse.
   */
  public IntPredicate sentencesToParse(TaggedText tagged, QuoteMask quotes) {
    BitSet selected = new BitSet();
    for (Sentence sentence : tagged.sentences()) {
      if (!insideQuotation(sentence, quotes) && mayReport(sentence, quotes)) {
        selected.set(sentence.index());
      }
    }
    return selected::get;
  }

  private static boolean insideQuotation(Sentence sentence, QuoteMask quotes) {
    for (Token token : sentence.tokens()) {
      if (!token.isPunctuation() && !quotes.isInside(token.start())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a sentence may report speech: a cue verb outside quotation marks, "according to" or
   * an opening "X:". A sentence that only holds a quotation is not parsed.
   */
  private boolean mayReport(Sentence sentence, QuoteMask quotes) {
    for (Token token : sentence.tokens()) {
      String word = token.word();
      // a quotation needs the parse only for its cue ("..., he said"), which is outside it; the
      // tagger sometimes reads "says" as a plural noun, or "reply" after a quotation as a noun
      boolean verb = token.isVerb() || word.equalsIgnoreCase("says")
          || word.equalsIgnoreCase("said") || isMistaggedReportingVerb(sentence, token);
      if (verb && isCueLemma(token.lemma()) && !quotes.isInside(token.start())) {
        return true;
      }
      if (word.equalsIgnoreCase("according") || (word.equals(":") && token.index() < 6)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cues of every parsed sentence of {@code parsed}, in text order.
   *
   * @param paragraphs the text's paragraphs; a short phrase before a colon in the first one
   *     ("Poll: ...", "Clinton camp: ...") is the headline's source
   */
  public List<Cue> find(ParsedText parsed, QuoteMask quotes, Paragraphs paragraphs) {
    int headlineEnd = paragraphs.count() == 0 ? 0 : paragraphs.end(0);
    List<Cue> cues = new ArrayList<>();
    for (Sentence sentence : parsed.sentences()) {
      if (sentence.isParsed()) {
        cues.addAll(find(sentence, quotes, headlineEnd));
      }
    }
    return cues;
  }

  /** Whether a verb with this lemma is a reporting cue in this scope. */
  private boolean isCueLemma(String lemma) {
    return lexicons.isReportingVerb(lemma) || isBeliefCue(lemma);
  }

  /** Verbs of belief, wish and stance: cues only in the broad scope. */
  private boolean isBeliefCue(String lemma) {
    return scope == AttributionScope.BROAD
        && (lexicons.isCognitionVerb(lemma) || lexicons.isBroadVerb(lemma));
  }

  /** @param headlineEnd the offset where the article's first line ends */
  private List<Cue> find(Sentence sentence, QuoteMask quotes, int headlineEnd) {
    List<Cue> cues = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      if (quotes.isInside(token.start())) {
        continue;
      }
      boolean mistagged = !token.isVerb() && isMistaggedReportingVerb(sentence, token);
      if ((token.isVerb() || mistagged) && (isCueLemma(token.lemma()) || mistagged)) {
        if (token.lemma().equalsIgnoreCase("point") && !hasParticle(sentence, token.index(), "out")
            || addsAQuantity(sentence, token.index())
            || followsAnArticle(sentence, token.index())) {
          continue;
        }
        Cue.Type type = lexicons.isReportingVerb(token.lemma()) || mistagged
            ? Cue.Type.SPEECH : Cue.Type.COGNITION;
        List<Span> clauses = isNegated(sentence, token.index()) ? List.of()
            : reportedClause.of(sentence, token.index(), quotes);
        Span cueSpan = new Span(token.start(), token.end());
        Optional<Integer> subject = SubjectFinder.subjectOf(sentence, token.index(), quotes);
        if (clauses.isEmpty()) {
          cues.add(new Cue(sentence.index(), token.index(), cueSpan, type, subject,
              Optional.empty()));
        }
        for (Span clause : clauses) {
          cues.add(new Cue(sentence.index(), token.index(), cueSpan, type, subject,
              Optional.of(clause)));
        }
      } else if (token.word().equalsIgnoreCase("according") && token.index() + 1 < sentence.size()
          && sentence.token(token.index() + 1).word().equalsIgnoreCase("to")) {
        cues.add(accordingTo(sentence, token.index(), quotes));
      }
    }
    colonOpening(sentence, quotes, headlineEnd).ifPresent(cues::add);
    return ClauseToSentenceEnd.extend(sentence, ClauseBeforeNextCue.cut(sentence, cues, quotes),
        quotes);
  }

  /**
   * The tagger often reads {@code ," says Smith} as a plural noun, or {@code ," reply Ann Lee}
   * as a noun; right after a closing quotation mark or a comma, the common reporting forms are
   * verbs whatever their tag.
   *
   * @param sentence the token's sentence
   * @param token a token of it
   * @return whether the token is such a form in such a place
   */
  public static boolean isMistaggedReportingVerb(Sentence sentence, Token token) {
    if (!MISTAGGED_FORMS.contains(token.word().toLowerCase(Locale.ROOT)) || token.index() == 0) {
      return false;
    }
    Token before = sentence.token(token.index() - 1);
    return before.isPunctuation() && (before.word().contains("\"") || before.word().contains("'")
        || before.word().contains("\u201D") || before.word().contains("\u2019")
        || before.word().equals(","));
  }

  /** "The index added 0.3 per cent", "Brent added 30 cents": a rise, not a remark. */
  private static boolean addsAQuantity(Sentence sentence, int verb) {
    if (!sentence.token(verb).lemma().equalsIgnoreCase("add") || verb + 1 >= sentence.size()) {
      return false;
    }
    Token next = sentence.token(verb + 1);
    return next.pos().equals("CD") || next.word().equals("$") || next.pos().equals("$");
  }

  /**
   * "here was the big reveal:", "a quick note": a word after an article, with only adjectives
   * between, is a noun whatever its tag, and no cue.
   */
  private static boolean followsAnArticle(Sentence sentence, int verb) {
    int before = verb - 1;
    while (before >= 0 && sentence.token(before).pos().startsWith("JJ")) {
      before--;
    }
    return before >= 0 && ARTICLES.contains(sentence.token(before).word().toLowerCase(Locale.ROOT));
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
    // what is reported is the rest of the sentence on one side of the phrase
    int phraseStart = according;
    if (phraseStart > 0 && sentence.token(phraseStart - 1).word().equals(",")) {
      phraseStart--;
    }
    List<Integer> before = ReportedClause.range(0, phraseStart);
    List<Integer> after = ReportedClause.range(sourceEnd, sentence.size());
    // the larger side, unless the words after the source only go on about it ("according to
    // Ana Holt, a former port director") and a clause comes before: then that clause
    int firstAfter = sourceEnd;
    while (firstAfter < sentence.size() && sentence.token(firstAfter).isPunctuation()) {
      firstAfter++;
    }
    boolean aboutSource = source.isPresent() && firstAfter < sentence.size()
        && sentence.dominates(source.get(), firstAfter)
        && ReportedClause.hasFiniteVerb(sentence, before);
    List<Integer> reported = aboutSource || before.size() >= after.size() ? before : after;
    Optional<Span> content = reported.isEmpty() ? Optional.empty()
        : ReportedClause.clauseSpan(sentence, reported, quotes);
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
    List<Integer> rest = ReportedClause.range(colon + 1, sentence.size());
    Token mark = sentence.token(colon);
    return Optional.of(new Cue(sentence.index(), colon, new Span(mark.start(), mark.end()),
        Cue.Type.COLON, Optional.of(colon - 1),
        ReportedClause.clauseSpan(sentence, rest, quotes)));
  }
}
