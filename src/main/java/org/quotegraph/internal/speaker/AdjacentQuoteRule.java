package org.quotegraph.internal.speaker;

import java.util.Optional;
import org.quotegraph.AttributionRule;
import org.quotegraph.QuoteKind;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;
import org.quotegraph.internal.statement.Quotations;

/**
 * {@link AttributionRule#ADJACENT_QUOTE}: a quotation of four words or more, or a shorter one
 * that is a sentence of its own, with no cue of its own shares the speaker of the nearest
 * attributed direct quotation of its paragraph, earlier ones first ({@code "We will appeal," said
 * Ruiz. "The court got it wrong."}).
 */
final class AdjacentQuoteRule implements SpeakerRule {

  @Override
  public Optional<Attribution> attribute(int index, SpeakerContext context) {
    if (Quotations.wordCount(context.text(), context.statement(index).quote().orElseThrow())
        < Quotations.MIN_STATEMENT_WORDS && context.statement(index).kind() != QuoteKind.DIRECT) {
      return Optional.empty();
    }
    int paragraph = context.statement(index).paragraph();
    int size = context.statements().size();
    for (int j = index - 1; j >= 0 && context.statement(j).paragraph() == paragraph; j--) {
      if (isAttributedQuote(j, context)) {
        return inherit(j, context);
      }
    }
    for (int j = index + 1; j < size && context.statement(j).paragraph() == paragraph; j++) {
      if (isAttributedQuote(j, context)) {
        return inherit(j, context);
      }
    }
    return Optional.empty();
  }

  private static boolean isAttributedQuote(int j, SpeakerContext context) {
    return context.hasSpeaker(j) && context.statement(j).isQuotation()
        && context.kind(j) == QuoteKind.DIRECT;
  }

  private static Optional<Attribution> inherit(int source, SpeakerContext context) {
    return context.attribution(source).map(attribution -> attribution.inherited(
        AttributionRule.ADJACENT_QUOTE, Inheritance.ADJACENT_QUOTE.weight()));
  }
}
