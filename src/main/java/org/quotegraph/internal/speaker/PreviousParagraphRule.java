package org.quotegraph.internal.speaker;

import java.util.Optional;
import org.quotegraph.AttributionRule;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;
import org.quotegraph.internal.statement.Quotations;
import org.quotegraph.internal.statement.Statement;

/**
 * {@link AttributionRule#PARAGRAPH_CONTINUATION} for a quotation of four words or more that
 * opens its paragraph with no cue of its own: it continues the speaker of the last attributed
 * statement of the paragraph right before.
 */
final class PreviousParagraphRule implements SpeakerRule {

  @Override
  public Optional<Attribution> attribute(int index, SpeakerContext context) {
    Statement statement = context.statement(index);
    if (!statement.paragraphStart() || Quotations.wordCount(context.text(),
        statement.quote().orElseThrow()) < Quotations.MIN_STATEMENT_WORDS) {
      return Optional.empty();
    }
    int paragraph = context.paragraphs().indexOf(statement.content().start());
    for (int j = index - 1; j >= 0; j--) {
      int candidateParagraph = context.paragraphs().indexOf(context.statement(j).content().start());
      if (candidateParagraph < paragraph - 1) {
        break;
      }
      if (candidateParagraph == paragraph - 1 && context.hasSpeaker(j)) {
        return context.attribution(j).map(source -> source.inherited(
            AttributionRule.PARAGRAPH_CONTINUATION, Inheritance.PREVIOUS_PARAGRAPH.weight()));
      }
    }
    return Optional.empty();
  }
}
