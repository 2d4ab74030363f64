package org.quotegraph.internal.statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.SortedSpans;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuotedSpan;

/**
 * How a quotation that no reported clause claimed relates to the cues around it: the nearest cue
 * that may introduce it, whether that cue only names something ({@code known as the "iron
 * lady"}), and the verb's complement that holds it ({@code called the deal "a historic step"}).
 * Stateless and thread-safe.
 */
final class QuotationCues {

  private static final Set<String> NAMING_VERBS =
      Set.of("call", "dub", "nickname", "name", "label", "term", "brand", "know");

  private QuotationCues() {}

  /**
   * The nearest cue with a subject that may introduce the quote: after it, in the sentence the
   * quote ends in or one starting right after it; before it, in the sentence the quote starts in
   * or one ending with a colon right before it, in its paragraph or ending the one before.
   * {@code byStart} holds the cues in text order, so each side is a search outwards from the
   * quote that stops at the first sentence out of reach.
   */
  static Optional<Cue> nearestCue(QuotedSpan quote, List<Sentence> sentences, List<Cue> byStart,
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
      if (!sameSentence && !Quotations.isBlank(text, quote.close(), sentence.start())) {
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
      boolean introduces = !sameSentence && Quotations.isBlank(text, sentence.end(), quote.open())
          && sentence.token(sentence.size() - 1).word().equals(":");
      if (!sameSentence && !introduces) {
        break;
      }
      // an introducing sentence may end the paragraph before: "Reyes continued:" / "“We ..."
      if (cue.subject().isPresent() && (introduces || sentence.start() >= paragraphStart)
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

  /**
   * Whether the cue names rather than reports: "known as", "locals call it" name; "Reyes called
   * the vote 'a betrayal'" is his verdict, and "calling for" asks for something.
   */
  static boolean isNaming(Cue cue, List<Sentence> sentences) {
    if (cue.type() == Cue.Type.ACCORDING_TO || cue.type() == Cue.Type.COLON) {
      return false;
    }
    Sentence sentence = sentences.get(cue.sentence());
    boolean callsFor = cue.token() + 1 < sentence.size()
        && sentence.token(cue.token() + 1).word().equalsIgnoreCase("for"); // "calling for"
    boolean namedSource = cue.subject().map(sentence::token)
        .filter(subject -> subject.ner().equals("PERSON") || subject.ner().equals("ORGANIZATION")
            || subject.isPronoun() || Lexicons.get().isTitle(subject.word()))
        .isPresent();
    return !callsFor && !namedSource && NAMING_VERBS.contains(
        sentence.token(cue.token()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the quote follows a clause closely, joined by a word or two ("and"). */
  static boolean continuesClause(Span clause, QuotedSpan quote, String text) {
    if (quote.open() < clause.end()) {
      return false;
    }
    String gap = text.substring(clause.end(), quote.open()).strip();
    return !gap.contains(".") && !gap.contains("\n")
        && (gap.isEmpty() || gap.split("\\s+").length <= 3);
  }

  /**
   * The complement of a reporting verb without a reported clause that holds the quote and more
   * words besides: its object, predicate or prepositional phrase, from the verb to the quote's end.
   */
  static Optional<Span> complementHolding(Cue cue, QuotedSpan quote, List<Sentence> sentences) {
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
}
