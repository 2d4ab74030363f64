package org.quotegraph.internal.speaker;

import java.util.Optional;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;
import org.quotegraph.internal.statement.Quotations;
import org.quotegraph.internal.statement.Statement;

/**
 * {@link org.quotegraph.AttributionRule#PASSAGE_SUBJECT}, the weakest rule: a quotation of four
 * words or more below the headline that no other rule reached takes the person the passage is
 * about, the latest speaker or sentence subject who is a person within the last two paragraphs.
 * It has no mention of its own.
 */
final class PassageSubjectRule implements SpeakerRule {

  /** How far back, in paragraphs, the passage reaches. */
  private static final int PASSAGE_PARAGRAPHS = 2;

  @Override
  public Optional<Attribution> attribute(int index, SpeakerContext context) {
    Statement statement = context.statement(index);
    if (statement.paragraph() < HeadlineEchoRule.HEADLINE_PARAGRAPHS
        || Quotations.wordCount(context.text(), statement.quote().orElseThrow())
            < Quotations.MIN_STATEMENT_WORDS) {
      return Optional.empty();
    }
    return context.discourse().latestPerson(statement.quote().get().open(), PASSAGE_PARAGRAPHS)
        .map(person -> new Attribution(Optional.empty(), Optional.of(person),
            Basis.PASSAGE_PERSON.rule(), Basis.PASSAGE_PERSON.confidence()));
  }
}
