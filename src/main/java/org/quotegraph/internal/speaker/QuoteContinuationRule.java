package org.quotegraph.internal.speaker;

import java.util.Optional;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.quote.QuotedSpan;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;
import org.quotegraph.internal.statement.Statement;

/**
 * {@link AttributionRule#PARAGRAPH_CONTINUATION} for a quotation that runs over several
 * paragraphs (each paragraph opens with a quotation mark, only the last one closes): each
 * paragraph of it has the speaker of the one before. The {@linkplain #backwards() backwards}
 * form carries a speaker named only in a later paragraph up the chain:
 * {@code "A... / "B... / "C," she said}.
 */
final class QuoteContinuationRule implements SpeakerRule {

  private final boolean backwards;

  private QuoteContinuationRule(boolean backwards) {
    this.backwards = backwards;
  }

  /** From the paragraph before: the usual direction. */
  static QuoteContinuationRule forwards() {
    return new QuoteContinuationRule(false);
  }

  /** From the paragraph after, for quotations the forward rule left without a speaker. */
  static QuoteContinuationRule backwards() {
    return new QuoteContinuationRule(true);
  }

  @Override
  public Optional<Attribution> attribute(int index, SpeakerContext context) {
    return backwards ? fromNext(index, context) : fromPrevious(index, context);
  }

  private static Optional<Attribution> fromPrevious(int index, SpeakerContext context) {
    if (!continuesPrevious(context.statement(index))) {
      return Optional.empty();
    }
    return previousQuotation(index, context).filter(context::hasSpeaker)
        .flatMap(context::attribution)
        .map(source -> source.inherited(AttributionRule.PARAGRAPH_CONTINUATION,
            Inheritance.QUOTE_CONTINUATION.weight()));
  }

  /**
   * The speaker of a later quotation that continues this one: of the statements up to the next
   * whole quotation, the last that is a continuing quotation with a speaker.
   */
  private static Optional<Attribution> fromNext(int index, SpeakerContext context) {
    int end = index + 1;
    while (end < context.statements().size() && !isWholeQuotation(context.statement(end))) {
      end++;
    }
    for (int later = Math.min(end, context.statements().size() - 1); later > index; later--) {
      if (continuesPrevious(context.statement(later)) && context.hasSpeaker(later)) {
        return context.attribution(later).map(source -> source.inherited(
            AttributionRule.PARAGRAPH_CONTINUATION, Inheritance.QUOTE_CONTINUATION.weight()));
      }
    }
    return Optional.empty();
  }

  private static boolean continuesPrevious(Statement statement) {
    return statement.quote().filter(QuotedSpan::continuesPrevious).isPresent();
  }

  /** A quotation that is not part of a mixed statement. */
  static boolean isWholeQuotation(Statement statement) {
    return statement.isQuotation() && statement.partOf().isEmpty();
  }

  /** The whole quotation just before statement {@code index}. */
  static Optional<Integer> previousQuotation(int index, SpeakerContext context) {
    for (int j = index - 1; j >= 0; j--) {
      if (isWholeQuotation(context.statement(j))) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }
}
