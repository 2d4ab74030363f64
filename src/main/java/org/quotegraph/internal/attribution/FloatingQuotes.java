package org.quotegraph.internal.attribution;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotegraph.AttributionRule;
import org.quotegraph.EntityType;
import org.quotegraph.QuoteKind;
import org.quotegraph.internal.entity.EntityDraft;
import org.quotegraph.internal.quote.QuotedSpan;

/**
 * Speakers for quotations with no reporting cue of their own, by the conventions of news copy,
 * each a separate rule tried in this order:
 *
 * <ol>
 *   <li>a paragraph of a quotation that runs over several paragraphs continues its speaker
 *       (forwards, and backwards when only the last paragraph names the speaker);
 *   <li>a quotation beside an attributed one in the same paragraph shares its speaker;
 *   <li>a quotation that opens its paragraph continues the speaker of the paragraph before;
 *   <li>a quotation whose words the body attributes elsewhere (a headline) takes that speaker;
 *   <li>a longer quotation still without a speaker takes the person the passage is about.
 * </ol>
 *
 * Short quotations that none of these reach are scare quotes.
 */
final class FloatingQuotes {

  private static final double CONTINUATION_WEIGHT = 0.9;
  private static final double ADJACENT_WEIGHT = 0.85;
  private static final double PREVIOUS_PARAGRAPH_WEIGHT = 0.75;
  private static final double ECHO_WEIGHT = 0.9;
  private static final double PASSAGE_CONFIDENCE = 0.5;
  /** Shortest stretch of shared words for a headline to echo the body. */
  private static final int MIN_ECHO_CHARS = 20;
  /**
   * Paragraphs at the top that may be headline and standfirst; further down, a quotation echoing
   * the body is a pull quote or subheading, not a statement of its own.
   */
  private static final int HEADLINE_PARAGRAPHS = 3;

  private final Paragraphs paragraphs;
  private final String text;

  FloatingQuotes(Paragraphs paragraphs, String text) {
    this.paragraphs = paragraphs;
    this.text = text;
  }

  void attribute(List<StatementDraft> statements, Discourse discourse) {
    for (int i = 0; i < statements.size(); i++) {
      StatementDraft statement = statements.get(i);
      if (statement.hasSpeaker() || statement.quote.isEmpty() || statement.partOf.isPresent()) {
        continue;
      }
      QuotedSpan quote = statement.quote.get();
      boolean longEnough = Attributor.wordCount(text, quote) >= 4;
      Optional<StatementDraft> source;
      if (quote.continuesPrevious()
          && (source = previousQuote(statements, i).filter(StatementDraft::hasSpeaker)).isPresent()) {
        statement.inheritSpeaker(source.get(), AttributionRule.PARAGRAPH_CONTINUATION,
            CONTINUATION_WEIGHT);
      } else if (longEnough && (source = besideInParagraph(statements, i)).isPresent()) {
        statement.inheritSpeaker(source.get(), AttributionRule.ADJACENT_QUOTE, ADJACENT_WEIGHT);
      } else if (longEnough && statement.paragraphStart
          && (source = lastOfPreviousParagraph(statements, i)).isPresent()) {
        statement.inheritSpeaker(source.get(), AttributionRule.PARAGRAPH_CONTINUATION,
            PREVIOUS_PARAGRAPH_WEIGHT);
      }
      statement.speaker.ifPresent(entity -> discourse.addSpeaker(quote.open(), entity));
    }
    // "A... / "B... / "C," she said: the speaker comes last and flows back up the chain
    for (int i = statements.size() - 1; i > 0; i--) {
      StatementDraft statement = statements.get(i);
      if (statement.quote.isPresent() && statement.quote.get().continuesPrevious()
          && statement.hasSpeaker()) {
        previousQuote(statements, i).filter(previous -> !previous.hasSpeaker())
            .ifPresent(previous -> previous.inheritSpeaker(statement,
                AttributionRule.PARAGRAPH_CONTINUATION, CONTINUATION_WEIGHT));
      }
    }
    // each statement's words normalised once, not once per pair of statements
    Map<StatementDraft, String> words = new IdentityHashMap<>();
    for (StatementDraft statement : statements) {
      words.put(statement, Attributor.normalise(statement.content.of(text)));
    }
    for (StatementDraft statement : statements) {
      if (!statement.hasSpeaker() && statement.quote.isPresent()
          && statement.paragraph < HEADLINE_PARAGRAPHS) {
        echoed(statement, statements, words).ifPresent(source ->
            statement.inheritSpeaker(source, AttributionRule.HEADLINE_ECHO, ECHO_WEIGHT));
      }
    }
    for (StatementDraft statement : statements) {
      if (!statement.hasSpeaker() && statement.quote.isPresent() && statement.partOf.isEmpty()
          && statement.paragraph >= HEADLINE_PARAGRAPHS
          && Attributor.wordCount(text, statement.quote.get()) >= 4) {
        passagePerson(statement.quote.get().open(), discourse).ifPresent(person -> {
          statement.speaker = Optional.of(person);
          statement.rule = AttributionRule.PASSAGE_SUBJECT;
          statement.confidence = PASSAGE_CONFIDENCE;
          if (statement.kind == QuoteKind.SCARE) {
            statement.kind = QuoteKind.DIRECT;
          }
        });
      }
    }
  }

  /** The latest person who spoke or was a sentence's subject, within the last two paragraphs. */
  private Optional<EntityDraft> passagePerson(int offset, Discourse discourse) {
    int paragraph = paragraphs.indexOf(offset);
    int from = paragraphs.start(Math.max(0, paragraph - 2));
    return discourse.salientBefore(offset, from).stream()
        .filter(candidate -> candidate.type() == EntityType.PERSON)
        .findFirst();
  }

  /** The quotation just before statement {@code index}, skipping partial ones. */
  private static Optional<StatementDraft> previousQuote(List<StatementDraft> statements, int index) {
    for (int j = index - 1; j >= 0; j--) {
      StatementDraft candidate = statements.get(j);
      if (candidate.quote.isPresent() && candidate.partOf.isEmpty()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The nearest attributed direct quotation of the same paragraph, earlier ones first. */
  private static Optional<StatementDraft> besideInParagraph(List<StatementDraft> statements,
      int index) {
    int paragraph = statements.get(index).paragraph;
    for (int j = index - 1; j >= 0 && statements.get(j).paragraph == paragraph; j--) {
      if (isAttributedQuote(statements.get(j))) {
        return Optional.of(statements.get(j));
      }
    }
    for (int j = index + 1; j < statements.size() && statements.get(j).paragraph == paragraph; j++) {
      if (isAttributedQuote(statements.get(j))) {
        return Optional.of(statements.get(j));
      }
    }
    return Optional.empty();
  }

  private static boolean isAttributedQuote(StatementDraft statement) {
    return statement.hasSpeaker() && statement.quote.isPresent()
        && statement.kind == QuoteKind.DIRECT;
  }

  /** The last attributed statement of the paragraph right before this one's. */
  private Optional<StatementDraft> lastOfPreviousParagraph(List<StatementDraft> statements,
      int index) {
    int paragraph = paragraphs.indexOf(statements.get(index).content.start());
    for (int j = index - 1; j >= 0; j--) {
      StatementDraft candidate = statements.get(j);
      int candidateParagraph = paragraphs.indexOf(candidate.content.start());
      if (candidateParagraph < paragraph - 1) {
        break;
      }
      if (candidateParagraph == paragraph - 1 && candidate.hasSpeaker()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** An attributed statement elsewhere that says the same words as this one. */
  private static Optional<StatementDraft> echoed(StatementDraft statement,
      List<StatementDraft> statements, Map<StatementDraft, String> normalised) {
    String words = normalised.get(statement);
    if (words.length() < MIN_ECHO_CHARS) {
      return Optional.empty();
    }
    for (StatementDraft other : statements) {
      if (other != statement && other.hasSpeaker()) {
        String otherWords = normalised.get(other);
        if (otherWords.contains(words) || (otherWords.length() >= MIN_ECHO_CHARS
            && words.contains(otherWords))) {
          return Optional.of(other);
        }
      }
    }
    return Optional.empty();
  }
}
