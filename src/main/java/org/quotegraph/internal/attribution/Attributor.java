package org.quotegraph.internal.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.quotegraph.AttributionRule;
import org.quotegraph.AttributionScope;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.SortedSpans;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.QuotedSpan;

/**
 * Finds the statements of one document and who made each.
 *
 * <ol>
 *   <li>Each reporting cue with a reported clause gives a statement: direct when the clause is
 *       (almost) all quotation, mixed when it holds quoted fragments, indirect otherwise.
 *   <li>Each quotation not yet claimed takes the nearest cue of its own sentence or of the short
 *       reporting sentence right after it ({@code "...!" he said.}).
 *   <li>Speakers are resolved in text order, so that a pronoun sees the speakers before it.
 *   <li>Quotations with no cue of their own take a speaker from the quotation they continue, a
 *       quotation beside them in the paragraph, the paragraph before, or the same words in the
 *       body (headlines); short ones with none are scare quotes.
 * </ol>
 *
 * <p>Stateless and thread-safe; each call works on its own document.
 */
public final class Attributor {

  private static final double SPEECH_CONFIDENCE = 0.9;
  private static final double COGNITION_CONFIDENCE = 0.6;
  private static final double ACCORDING_TO_CONFIDENCE = 0.85;
  private static final double COLON_CONFIDENCE = 0.7;
  /** A clause this much quotation is a direct quote, not reported speech with a fragment. */
  private static final double DIRECT_SHARE = 0.6;
  /** Quotations of fewer words than this, with no cue, are scare quotes. */
  private static final int MIN_STATEMENT_WORDS = 4;

  private final AttributionScope scope;
  private final CueFinder cueFinder;

  /** @param scope which attributions count as statements */
  public Attributor(AttributionScope scope) {
    this.scope = scope;
    this.cueFinder = new CueFinder(scope);
  }
  private final SpeakerResolver resolver = new SpeakerResolver();

  /**
   * Which sentences must be parsed to find their statements: those that may quote or report,
   * except sentences wholly inside a quotation (the speaker's own words hold no cue of ours).
   */
  public Predicate<Sentence> parseSelector(List<QuotedSpan> quotes) {
    QuoteMask mask = new QuoteMask(quotes);
    return sentence -> !insideQuotation(sentence, mask) && needsParse(sentence, mask);
  }

  private static boolean insideQuotation(Sentence sentence, QuoteMask mask) {
    for (Token token : sentence.tokens()) {
      if (!token.isPunctuation() && !mask.isInside(token.start())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a sentence may report speech: a cue verb outside quotation marks, "according to" or
   * an opening "X:". A sentence that only holds a quotation is not parsed.
   */
  boolean needsParse(Sentence sentence, QuoteMask mask) {
    for (Token token : sentence.tokens()) {
      String word = token.word();
      // a quotation needs the parse only for its cue ("..., he said"), which is outside it; the
      // tagger sometimes reads "says" as a plural noun
      boolean verb = token.isVerb() || word.equalsIgnoreCase("says")
          || word.equalsIgnoreCase("said");
      if (verb && cueFinder.isCueLemma(token.lemma()) && !mask.isInside(token.start())) {
        return true;
      }
      if (word.equalsIgnoreCase("according") || (word.equals(":") && token.index() < 6)) {
        return true;
      }
    }
    return false;
  }

  public List<StatementDraft> attribute(ParsedText parsed, List<QuotedSpan> quotes,
      EntityTable entities) {
    QuoteMask mask = new QuoteMask(quotes);
    Paragraphs paragraphs = new Paragraphs(parsed.text());
    Discourse discourse = new Discourse(parsed, entities, mask, paragraphs);

    List<Cue> cues = new ArrayList<>();
    for (Sentence sentence : parsed.sentences()) {
      if (sentence.isParsed()) {
        cues.addAll(cueFinder.find(sentence, parsed.text(), mask,
            paragraphs.count() == 0 ? 0 : paragraphs.end(0)));
      }
    }
    Map<StatementDraft, Cue> cueOf = new HashMap<>();
    List<StatementDraft> statements = new ArrayList<>();
    Set<QuotedSpan> claimed = new HashSet<>();
    statementsFromClauses(parsed, cues, quotes, paragraphs, statements, cueOf, claimed);
    statementsFromQuotes(parsed, cues, quotes, paragraphs, statements, cueOf, claimed);
    statements.sort(Comparator.comparing(StatementDraft::content));

    for (StatementDraft statement : statements) {
      Cue cue = cueOf.get(statement);
      if (cue != null && statement.partOf.isEmpty()) {
        resolveSpeaker(statement, cue, discourse);
      }
    }
    for (StatementDraft statement : statements) {
      statement.partOf.ifPresent(whole -> statement.inheritSpeaker(whole, whole.rule, 1.0));
    }
    new FloatingQuotes(paragraphs, parsed.text()).attribute(statements, discourse);
    return withoutDuplicates(statements);
  }

  /**
   * Two cues can report the same clause ("Too often, he says, they give up", parsed both ways):
   * one stretch of text is one statement, the better attributed one.
   */
  private static List<StatementDraft> withoutDuplicates(List<StatementDraft> statements) {
    List<StatementDraft> kept = new ArrayList<>();
    for (StatementDraft statement : statements) {
      if (statement.quote.isPresent()) {
        kept.add(statement);
        continue;
      }
      Optional<StatementDraft> twin = kept.stream()
          .filter(other -> other.quote.isEmpty() && mostlyOverlap(statement.content, other.content))
          .findFirst();
      if (twin.isEmpty()) {
        kept.add(statement);
        continue;
      }
      StatementDraft better = statement.confidence > twin.get().confidence ? statement : twin.get();
      StatementDraft dropped = better == statement ? twin.get() : statement;
      if (better == statement) {
        kept.set(kept.indexOf(dropped), statement);
      }
      for (StatementDraft part : statements) {
        if (part.partOf.isPresent() && part.partOf.get() == dropped) {
          part.partOf = Optional.of(better);
        }
      }
    }
    return kept;
  }

  private static boolean mostlyOverlap(Span a, Span b) {
    int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    return overlap > 0 && overlap * 2 > Math.min(a.length(), b.length());
  }

  /** Reporting cues with a reported clause: direct, mixed or indirect statements. */
  private void statementsFromClauses(ParsedText parsed, List<Cue> cues, List<QuotedSpan> quotes,
      Paragraphs paragraphs, List<StatementDraft> out, Map<StatementDraft, Cue> cueOf,
      Set<QuotedSpan> claimed) {
    for (Cue cue : cues) {
      if (cue.content().isEmpty() || cue.subject().isEmpty()) {
        continue;
      }
      Span clause = cue.content().get();
      List<QuotedSpan> inside = new ArrayList<>();
      int quotedChars = 0;
      for (QuotedSpan quote : overlapping(quotes, clause)) {
        Span content = new Span(quote.contentStart(), quote.contentEnd());
        int overlap = Math.min(clause.end(), content.end()) - Math.max(clause.start(), content.start());
        if (overlap > 0 && overlap * 2 >= content.length() && !claimed.contains(quote)) {
          inside.add(quote);
          quotedChars += overlap;
        }
      }
      int paragraph = paragraphs.indexOf(clause.start());
      if (!inside.isEmpty() && quotedChars >= DIRECT_SHARE * clause.length()) {
        for (QuotedSpan quote : inside) {
          StatementDraft direct = quoteStatement(quote, QuoteKind.DIRECT);
          out.add(direct);
          cueOf.put(direct, cue);
          claimed.add(quote);
        }
      } else if (!inside.isEmpty()) {
        StatementDraft mixed = new StatementDraft(QuoteKind.MIXED, clause, Optional.empty(), paragraph);
        out.add(mixed);
        cueOf.put(mixed, cue);
        for (QuotedSpan quote : inside) {
          StatementDraft partial = quoteStatement(quote, QuoteKind.PARTIAL);
          partial.partOf = Optional.of(mixed);
          out.add(partial);
          claimed.add(quote);
        }
      } else if (!overlapsAnyQuote(clause, quotes) && !isQuestion(cue, parsed)
          && (scope == AttributionScope.BROAD
              || isClause(parsed.sentences().get(cue.sentence()), clause))
          && !isWriterOrReader(parsed.sentences().get(cue.sentence()), cue)) {
        StatementDraft indirect =
            new StatementDraft(QuoteKind.INDIRECT, clause, Optional.empty(), paragraph);
        out.add(indirect);
        cueOf.put(indirect, cue);
      }
    }
  }

  private static final Set<String> QUESTION_VERBS = Set.of("ask", "wonder", "question", "inquire");

  /** "She asked whether ...": a question reports no statement. */
  private static boolean isQuestion(Cue cue, ParsedText parsed) {
    Sentence sentence = parsed.sentences().get(cue.sentence());
    return QUESTION_VERBS.contains(sentence.token(cue.token()).lemma().toLowerCase(Locale.ROOT));
  }

  /** A reported clause has a verb of its own: "the Gillette ad from last week" is not one. */
  private static boolean isClause(Sentence sentence, Span clause) {
    int words = 0;
    boolean verb = false;
    for (Token token : sentence.tokens()) {
      if (token.start() >= clause.start() && token.end() <= clause.end()) {
        words++;
        verb |= token.isVerb() || token.pos().equals("MD");
      }
    }
    return verb && words >= 2;
  }

  /** "I think", "you know": the writer or the reader, not a source the article reports. */
  private static boolean isWriterOrReader(Sentence sentence, Cue cue) {
    if (cue.subject().isEmpty()) {
      return false;
    }
    String subject = sentence.token(cue.subject().get()).word().toLowerCase(Locale.ROOT);
    return subject.equals("i") || subject.equals("you");
  }

  /**
   * The quotes whose marks or content overlap {@code span}. Outermost quotes never overlap, so
   * in text order their ends ascend too and a binary search finds the first.
   */
  static List<QuotedSpan> overlapping(List<QuotedSpan> quotes, Span span) {
    int low = 0;
    int high = quotes.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (quotes.get(mid).close() <= span.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int end = low;
    while (end < quotes.size() && quotes.get(end).open() < span.end()) {
      end++;
    }
    return quotes.subList(low, end);
  }

  private static boolean overlapsAnyQuote(Span clause, List<QuotedSpan> quotes) {
    for (QuotedSpan quote : overlapping(quotes, clause)) {
      if (clause.overlaps(new Span(quote.open(), quote.close()))) {
        return true;
      }
    }
    return false;
  }

  /** Quotations not claimed by a clause: the nearest cue of their sentence, if any. */
  private void statementsFromQuotes(ParsedText parsed, List<Cue> cues, List<QuotedSpan> quotes,
      Paragraphs paragraphs, List<StatementDraft> out, Map<StatementDraft, Cue> cueOf,
      Set<QuotedSpan> claimed) {
    List<Sentence> sentences = parsed.sentences();
    List<Cue> byStart = new ArrayList<>(cues);
    byStart.sort(Comparator.comparingInt(cue -> cue.span().start()));
    for (QuotedSpan quote : quotes) {
      if (claimed.contains(quote)) {
        continue;
      }
      int words = wordCount(parsed.text(), quote);
      Optional<Cue> cue = nearestCue(quote, sentences, byStart, parsed.text(), paragraphs);
      if (cue.isPresent() && words < MIN_STATEMENT_WORDS && isNaming(cue.get(), sentences)) {
        cue = Optional.empty(); // "known as the 'iron lady'", "locals call it 'the field'"
      }
      Optional<StatementDraft> mixedOfCue = cue.flatMap(c -> mixedStatementOf(c, cueOf));
      if (mixedOfCue.isPresent() && (words < MIN_STATEMENT_WORDS
          || continuesClause(mixedOfCue.get(), quote, parsed.text()))) {
        // "the letter was a mere "draft" and "should not have been sent"": one statement
        StatementDraft mixed = mixedOfCue.get();
        if (continuesClause(mixed, quote, parsed.text())) {
          mixed.content = new Span(mixed.content.start(), quote.close());
        }
        StatementDraft partial = quoteStatement(quote, QuoteKind.PARTIAL);
        partial.partOf = mixedOfCue;
        out.add(partial);
        claimed.add(quote);
        continue;
      }
      Optional<Span> complement = cue.flatMap(c -> complementHolding(c, quote, sentences));
      if (complement.isPresent()) {
        // "Clinton called the deal "a historic step" in the fight": the statement is the
        // verb's whole complement, the quoted words a part of it
        StatementDraft mixed = new StatementDraft(QuoteKind.MIXED, complement.get(),
            Optional.empty(), paragraphs.indexOf(complement.get().start()));
        out.add(mixed);
        cueOf.put(mixed, cue.get());
        StatementDraft partial = quoteStatement(quote, QuoteKind.PARTIAL);
        partial.partOf = Optional.of(mixed);
        out.add(partial);
        claimed.add(quote);
        continue;
      }
      QuoteKind kind;
      if (cue.isPresent()) {
        kind = words < MIN_STATEMENT_WORDS && !standsAlone(quote, parsed.text(), paragraphs)
            ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
      } else {
        kind = words < MIN_STATEMENT_WORDS ? QuoteKind.SCARE : QuoteKind.DIRECT;
      }
      StatementDraft statement = quoteStatement(quote, kind);
      statement.paragraphStart = standsAlone(quote, parsed.text(), paragraphs)
          || startsParagraph(quote, parsed.text(), paragraphs);
      out.add(statement);
      cue.ifPresent(c -> cueOf.put(statement, c));
      claimed.add(quote);
    }
  }

  /**
   * The complement of a reporting verb without a reported clause that holds the quote and more
   * words besides: its object, predicate or prepositional phrase, from the verb to the quote's end.
   */
  private static Optional<Span> complementHolding(Cue cue, QuotedSpan quote,
      List<Sentence> sentences) {
    if (cue.content().isPresent() || cue.type() == Cue.Type.ACCORDING_TO
        || cue.type() == Cue.Type.COLON || cue.span().end() > quote.open()) {
      return Optional.empty();
    }
    Sentence sentence = sentences.get(cue.sentence());
    int verb = cue.token();
    int quoteToken = -1;
    for (Token token : sentence.tokens()) {
      if (token.start() >= quote.contentStart() && token.end() <= quote.contentEnd()) {
        quoteToken = token.index();
        break;
      }
    }
    if (quoteToken < 0 || !sentence.dominates(verb, quoteToken) || quoteToken == verb) {
      return Optional.empty();
    }
    int first = verb + 1;
    while (first < sentence.size() && sentence.token(first).isPunctuation()) {
      first++;
    }
    if (first >= sentence.size()) {
      return Optional.empty();
    }
    int last = first;
    for (Dependency arc : sentence.children(verb)) {
      String relation = arc.relation();
      if (arc.dependent() > verb && (relation.equals("obj") || relation.equals("xcomp")
          || relation.startsWith("obl") || relation.equals("iobj"))) {
        for (int i : sentence.subtree(arc.dependent())) {
          last = Math.max(last, i);
        }
      }
    }
    while (last > first && sentence.token(last).isPunctuation()
        && sentence.token(last).end() > quote.close()) {
      last--;
    }
    int start = sentence.token(first).start();
    int end = Math.max(sentence.token(last).end(), quote.close());
    boolean moreThanTheQuote = start < quote.open() || end > quote.close() + 1;
    return moreThanTheQuote && start <= quote.open()
        ? Optional.of(new Span(start, end)) : Optional.empty();
  }

  private static final Set<String> NAMING_VERBS =
      Set.of("call", "dub", "nickname", "name", "label", "term", "brand", "know");

  private static boolean isNaming(Cue cue, List<Sentence> sentences) {
    if (cue.type() == Cue.Type.ACCORDING_TO || cue.type() == Cue.Type.COLON) {
      return false;
    }
    Sentence sentence = sentences.get(cue.sentence());
    boolean callsFor = cue.token() + 1 < sentence.size()
        && sentence.token(cue.token() + 1).word().equalsIgnoreCase("for"); // "calling for"
    // "Reyes called the vote 'a betrayal'" is his verdict; "known as", "locals call it" name
    boolean namedSource = cue.subject().map(sentence::token)
        .filter(subject -> subject.ner().equals("PERSON") || subject.ner().equals("ORGANIZATION")
            || subject.isPronoun() || Lexicons.get().isTitle(subject.word()))
        .isPresent();
    return !callsFor && !namedSource && NAMING_VERBS.contains(
        sentence.token(cue.token()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the quote follows the mixed clause closely, joined by a word or two ("and"). */
  private static boolean continuesClause(StatementDraft mixed, QuotedSpan quote, String text) {
    if (quote.open() < mixed.content.end()) {
      return false;
    }
    String gap = text.substring(mixed.content.end(), quote.open()).strip();
    return !gap.contains(".") && !gap.contains("\n") && (gap.isEmpty() || gap.split("\\s+").length <= 3);
  }

  private static Optional<StatementDraft> mixedStatementOf(Cue cue, Map<StatementDraft, Cue> cueOf) {
    for (Map.Entry<StatementDraft, Cue> entry : cueOf.entrySet()) {
      if (entry.getValue() == cue && entry.getKey().kind == QuoteKind.MIXED) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * The nearest cue with a subject that may introduce the quote: after it, in the sentence the
   * quote ends in or one starting right after it; before it, in the sentence the quote starts in
   * or one ending with a colon right before it. {@code byStart} holds the cues in text order, so
   * each side is a search outwards from the quote that stops at the first sentence out of reach.
   */
  private Optional<Cue> nearestCue(QuotedSpan quote, List<Sentence> sentences, List<Cue> byStart,
      String text, Paragraphs paragraphs) {
    int paragraph = paragraphs.indexOf(quote.open());
    int paragraphStart = paragraphs.start(paragraph);
    int paragraphEnd = paragraphs.end(paragraph);
    Cue after = null;
    int firstFromClose = SortedSpans.firstStartingFrom(byStart, Cue::span, quote.close());
    for (int i = firstFromClose; i < byStart.size(); i++) {
      Cue cue = byStart.get(i);
      Sentence sentence = sentences.get(cue.sentence());
      boolean sameSentence = sentence.start() < quote.close();
      if (!sameSentence && !isBlank(text, quote.close(), sentence.start())) {
        break;
      }
      if (cue.subject().isPresent() && sentence.start() >= paragraphStart
          && sentence.end() <= paragraphEnd) {
        after = cue;
        break;
      }
    }
    Cue before = null;
    int firstFromOpen = SortedSpans.firstStartingFrom(byStart, Cue::span, quote.open());
    for (int i = firstFromOpen - 1; i >= 0; i--) {
      Cue cue = byStart.get(i);
      if (cue.span().end() > quote.open()) {
        continue;
      }
      Sentence sentence = sentences.get(cue.sentence());
      boolean sameSentence = sentence.end() > quote.open();
      boolean introduces = !sameSentence && isBlank(text, sentence.end(), quote.open())
          && sentence.token(sentence.size() - 1).word().equals(":");
      if (!sameSentence && !introduces) {
        break;
      }
      if (cue.subject().isPresent() && sentence.start() >= paragraphStart
          && sentence.end() <= paragraphEnd) {
        before = cue;
        break;
      }
    }
    if (before == null) {
      return Optional.ofNullable(after);
    }
    if (after == null) {
      return Optional.of(before);
    }
    int beforeDistance = quote.open() - before.span().end() + 1;
    int afterDistance = after.span().start() - quote.close();
    return Optional.of(afterDistance < beforeDistance ? after : before);
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void resolveSpeaker(StatementDraft statement, Cue cue, Discourse discourse) {
    Sentence sentence = discourse.parsed().sentences().get(cue.sentence());
    statement.cue = Optional.of(cue.span());
    if (cue.subject().isEmpty()) {
      return;
    }
    AttributionRule rule;
    double confidence;
    switch (cue.type()) {
      case ACCORDING_TO -> {
        rule = AttributionRule.ACCORDING_TO;
        confidence = ACCORDING_TO_CONFIDENCE;
      }
      case COLON -> {
        rule = AttributionRule.COLON_INTRODUCTION;
        confidence = COLON_CONFIDENCE;
      }
      case COGNITION -> {
        rule = AttributionRule.EXPLICIT_SUBJECT;
        confidence = COGNITION_CONFIDENCE;
      }
      default -> {
        rule = AttributionRule.EXPLICIT_SUBJECT;
        confidence = SPEECH_CONFIDENCE;
      }
    }
    if (statement.kind == QuoteKind.INDIRECT) {
      confidence *= 0.9;
    }
    Resolution resolution = resolver.resolve(sentence, cue.subject().get(), rule, confidence, discourse);
    statement.speakerMention = Optional.of(resolution.mention());
    statement.speaker = resolution.entity();
    statement.rule = resolution.rule();
    statement.confidence = resolution.confidence();
    if (statement.kind == QuoteKind.SCARE) {
      statement.kind = QuoteKind.PARTIAL;
    }
    resolution.entity().ifPresent(entity -> discourse.addSpeaker(cue.span().start(), entity));
  }

  private static StatementDraft quoteStatement(QuotedSpan quote, QuoteKind kind) {
    return new StatementDraft(kind, new Span(quote.contentStart(), quote.contentEnd()),
        Optional.of(quote), quote.paragraph());
  }

  static int wordCount(String text, QuotedSpan quote) {
    String content = text.substring(quote.contentStart(), quote.contentEnd()).strip();
    return content.isEmpty() ? 0 : content.split("\\s+").length;
  }

  /** Whether the quotation is all its paragraph holds, but for punctuation. */
  static boolean standsAlone(QuotedSpan quote, String text, Paragraphs paragraphs) {
    int paragraph = paragraphs.indexOf(quote.open());
    return isBlank(text, paragraphs.start(paragraph), quote.open())
        && quote.close() >= paragraphs.wordsEnd(paragraph);
  }

  static boolean startsParagraph(QuotedSpan quote, String text, Paragraphs paragraphs) {
    int paragraph = paragraphs.indexOf(quote.open());
    return isBlank(text, paragraphs.start(paragraph), quote.open());
  }

  static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
