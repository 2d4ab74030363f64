package org.quotegraph.internal.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.AttributionScope;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuotedSpan;

/**
 * The statement stage: the statements of one document, from its cues and quotations, before any
 * speaker is known.
 *
 * <ol>
 *   <li>Each cue with a subject and a reported clause gives a statement: direct when the clause
 *       is (almost) all quotation, mixed when it holds quoted fragments (each also a partial
 *       quote, part of the mixed one), indirect otherwise.
 *   <li>Each quotation no clause claimed takes the nearest cue of its own sentence or of the
 *       short reporting sentence right after it ({@code "...!" he said.}); it joins that cue's
 *       mixed statement when it is short or continues its clause, becomes part of the verb's
 *       complement ({@code called the deal "a historic step"}), or is direct (partial when short
 *       and inside a sentence). A short quotation with no cue is, for now, a scare quote.
 *   <li>Statements in a photo caption ({@link Captions}) or a link to another story ({@link
 *       StoryLinks}) are dropped: they are not the article's.
 * </ol>
 *
 * <p>Stateless and thread-safe; the drafts it builds never leave a call.
 */
public final class StatementFinder {

  /** A clause this much quotation is a direct quote, not reported speech with a fragment. */
  private static final double DIRECT_SHARE = 0.6;

  private static final Set<String> QUESTION_VERBS = Set.of("ask", "wonder", "question", "inquire");

  private final AttributionScope scope;

  /** @param scope which clauses count: in the broad scope, one without a verb of its own too */
  public StatementFinder(AttributionScope scope) {
    this.scope = scope;
  }

  /** A statement while this stage builds it. */
  private static final class Draft {
    final QuoteKind kind;
    Span content;
    final Optional<QuotedSpan> quote;
    final Optional<Cue> cue;
    Draft partOf;
    final int paragraph;
    boolean paragraphStart;

    Draft(QuoteKind kind, Span content, Optional<QuotedSpan> quote, Optional<Cue> cue,
        int paragraph) {
      this.kind = kind;
      this.content = content;
      this.quote = quote;
      this.cue = cue;
      this.paragraph = paragraph;
    }
  }

  /** What one call works on. */
  private record Document(ParsedText parsed, List<QuotedSpan> quotes, Paragraphs paragraphs,
      List<Draft> drafts, Set<QuotedSpan> claimed, Map<Cue, Draft> mixedByCue) {}

  /**
   * The statements of a document, in text order (by content span).
   *
   * @param quotes the quotations, in text order
   * @param cues the cues, in text order
   */
  public List<Statement> find(ParsedText parsed, List<QuotedSpan> quotes, List<Cue> cues,
      Paragraphs paragraphs) {
    Document document = new Document(parsed, quotes, paragraphs, new ArrayList<>(),
        new HashSet<>(), new IdentityHashMap<>());
    fromClauses(document, cues);
    fromQuotations(document, cues);
    String text = parsed.text();
    List<Draft> drafts = new ArrayList<>();
    for (Draft draft : document.drafts()) {
      if (!Captions.isCaption(text, paragraphs, draft.paragraph)
          && !StoryLinks.isLink(text, paragraphs, draft.paragraph)) {
        drafts.add(draft); // a mixed statement and its parts share their paragraph
      }
    }
    drafts.sort(Comparator.comparing(draft -> draft.content));
    Map<Draft, Integer> index = new IdentityHashMap<>();
    for (Draft draft : drafts) {
      index.put(draft, index.size());
    }
    List<Statement> statements = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      statements.add(new Statement(draft.kind, draft.content, draft.quote, draft.cue,
          Optional.ofNullable(draft.partOf).map(index::get), draft.paragraph,
          draft.paragraphStart));
    }
    return statements;
  }

  /** Reporting cues with a reported clause: direct, mixed or indirect statements. */
  private void fromClauses(Document document, List<Cue> cues) {
    ParsedText parsed = document.parsed();
    for (Cue cue : cues) {
      if (cue.content().isEmpty() || cue.subject().isEmpty()) {
        continue;
      }
      Span clause = cue.content().get();
      List<QuotedSpan> inside = new ArrayList<>();
      int quotedChars = 0;
      for (QuotedSpan quote : Quotations.overlapping(document.quotes(), clause)) {
        Span content = new Span(quote.contentStart(), quote.contentEnd());
        int overlap = Math.min(clause.end(), content.end())
            - Math.max(clause.start(), content.start());
        if (overlap > 0 && overlap * 2 >= content.length() && !document.claimed().contains(quote)) {
          inside.add(quote);
          quotedChars += overlap;
        }
      }
      int paragraph = document.paragraphs().indexOf(clause.start());
      Sentence sentence = parsed.sentences().get(cue.sentence());
      if (!inside.isEmpty() && quotedChars >= DIRECT_SHARE * clause.length()) {
        for (QuotedSpan quote : inside) {
          add(document, quotation(quote, QuoteKind.DIRECT, Optional.of(cue)), quote);
        }
      } else if (!inside.isEmpty()) {
        Draft mixed = new Draft(QuoteKind.MIXED, clause, Optional.empty(), Optional.of(cue),
            paragraph);
        document.drafts().add(mixed);
        document.mixedByCue().putIfAbsent(cue, mixed);
        for (QuotedSpan quote : inside) {
          addPart(document, mixed, quote);
        }
      } else if (!overlapsAnyQuote(clause, document.quotes())
          && (scope == AttributionScope.BROAD
              || !isQuestion(cue, sentence) && isClause(sentence, clause))
          && !isWriterOrReader(sentence, cue)) {
        document.drafts().add(new Draft(QuoteKind.INDIRECT, clause, Optional.empty(),
            Optional.of(cue), paragraph));
      }
    }
  }

  /** Quotations not claimed by a clause: the nearest cue of their sentence, if any. */
  private void fromQuotations(Document document, List<Cue> cues) {
    String text = document.parsed().text();
    List<Sentence> sentences = document.parsed().sentences();
    Paragraphs paragraphs = document.paragraphs();
    List<Cue> byStart = new ArrayList<>(cues);
    byStart.sort(Comparator.comparingInt(cue -> cue.span().start()));
    for (QuotedSpan quote : document.quotes()) {
      if (document.claimed().contains(quote)) {
        continue;
      }
      int words = Quotations.wordCount(text, quote);
      boolean isShort = words < Quotations.MIN_STATEMENT_WORDS;
      Optional<Cue> cue = QuotationCues.nearestCue(quote, sentences, byStart, text, paragraphs);
      if (cue.isPresent() && isShort && QuotationCues.isNaming(cue.get(), sentences)) {
        cue = Optional.empty(); // "known as the 'iron lady'", "locals call it 'the field'"
      }
      Draft mixed = cue.map(document.mixedByCue()::get).orElse(null);
      if (mixed != null && (isShort || QuotationCues.continuesClause(mixed.content, quote, text))) {
        // "the letter was a mere "draft" and "should not have been sent"": one statement
        if (QuotationCues.continuesClause(mixed.content, quote, text)) {
          mixed.content = new Span(mixed.content.start(), quote.close());
        }
        addPart(document, mixed, quote);
        continue;
      }
      Optional<Span> complement =
          cue.flatMap(c -> QuotationCues.complementHolding(c, quote, sentences));
      if (complement.isPresent()) {
        // "Clinton called the deal "a historic step" in the fight": the statement is the
        // verb's whole complement, the quoted words a part of it
        Draft whole = new Draft(QuoteKind.MIXED, complement.get(), Optional.empty(), cue,
            paragraphs.indexOf(complement.get().start()));
        document.drafts().add(whole);
        document.mixedByCue().putIfAbsent(cue.get(), whole);
        addPart(document, whole, quote);
        continue;
      }
      boolean alone = Quotations.standsAlone(quote, text, paragraphs);
      QuoteKind kind;
      if (cue.isPresent()) {
        kind = isShort && !alone && !Quotations.leadsIntoCue(quote, cue.get().span(), text)
            ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
      } else {
        // a short sentence of its own ("Nobody knows when.") is an utterance, not a scare quote
        kind = isShort && !Quotations.isWholeSentence(quote, text)
            ? QuoteKind.SCARE : QuoteKind.DIRECT;
      }
      Draft statement = quotation(quote, kind, cue);
      statement.paragraphStart = alone || Quotations.startsParagraph(quote, text, paragraphs);
      add(document, statement, quote);
    }
  }

  private static Draft quotation(QuotedSpan quote, QuoteKind kind, Optional<Cue> cue) {
    return new Draft(kind, new Span(quote.contentStart(), quote.contentEnd()), Optional.of(quote),
        cue, quote.paragraph());
  }

  private static void add(Document document, Draft statement, QuotedSpan quote) {
    document.drafts().add(statement);
    document.claimed().add(quote);
  }

  /** A partial quote inside {@code whole}: no cue of its own, its speaker the whole's. */
  private static void addPart(Document document, Draft whole, QuotedSpan quote) {
    Draft part = quotation(quote, QuoteKind.PARTIAL, Optional.empty());
    part.partOf = whole;
    add(document, part, quote);
  }

  private static boolean overlapsAnyQuote(Span clause, List<QuotedSpan> quotes) {
    for (QuotedSpan quote : Quotations.overlapping(quotes, clause)) {
      if (clause.overlaps(new Span(quote.open(), quote.close()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "She asked whether ...": a question reports no statement; in the broad scope, which counts
   * what a source is reported to doubt or want to know, it does.
   */
  private static boolean isQuestion(Cue cue, Sentence sentence) {
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
}
