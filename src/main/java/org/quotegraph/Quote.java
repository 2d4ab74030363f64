package org.quotegraph;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing said in an article: its content, how it was reported and who said it.
 *
 * <p>Every span points into the article text; {@link #text()} is the content span's text.
 * Statements ({@link QuoteKind#isStatement()}) carry the speaker found for them, if any; scare
 * quotes never have one. Instances are immutable.
 *
 * <p>Quotes are graph nodes, so {@link #hashCode()} reads only the id (unique within an article's
 * result); {@link #equals(Object)} compares every component.
 *
 * @param id identifier unique within the article's result, such as {@code "q4"}; never null
 * @param kind how the words were reported; never null
 * @param content the reported words: inside the quotation marks for direct and partial quotes,
 *     the reported clause for mixed and indirect speech; never null
 * @param text the characters at {@code content}; never null
 * @param cue the reporting words ({@code said}, {@code according to}), if the sentence has them
 * @param speakerMention the mention the quote is attributed to (a name, {@code he}, {@code the
 *     ministry}), if any
 * @param speakerId the {@link Entity#id()} of the speaker's entity, if the speaker is known
 * @param rule the rule that attributed the quote; {@link AttributionRule#NONE} when no speaker
 * @param confidence the probability, from 0 to 1, that the quote's words are the speaker's: that
 *     they are reported speech and its speaker is the one given. Of the statements given 0.8,
 *     about eight in ten are right. It comes from the rule, the kind, the cue and the form of the
 *     speaker (name, one-word name, pronoun, group), by a model fitted on annotated news that the
 *     library's figures are not reported on; the README gives its calibration on other annotated
 *     news. 0 when there is no speaker
 * @param closed false when the quotation mark that opened the quote was never closed and the
 *     quote was ended at the end of its paragraph (a paragraph of a quotation that the next
 *     paragraph reopens, as news copy does for long quotes, counts as closed)
 * @param partOf for a {@link QuoteKind#PARTIAL} quote inside a {@link QuoteKind#MIXED} statement,
 *     the statement's id
 */
public record Quote(
    String id,
    QuoteKind kind,
    Span content,
    String text,
    Optional<Mention> cue,
    Optional<Mention> speakerMention,
    Optional<String> speakerId,
    AttributionRule rule,
    double confidence,
    boolean closed,
    Optional<String> partOf)
    implements GraphNode {

  /**
   * Checks the components.
   *
   * @param id identifier unique within the article's result, such as {@code "q4"}; never null
   * @param kind how the words were reported; never null
   * @param content the reported words: inside the quotation marks for direct and partial quotes,
   *     the reported clause for mixed and indirect speech; never null
   * @param text the characters at {@code content}; never null
   * @param cue the reporting words ({@code said}, {@code according to}), if the sentence has them
   * @param speakerMention the mention the quote is attributed to (a name, {@code he}, {@code the
   *     ministry}), if any
   * @param speakerId the {@link Entity#id()} of the speaker's entity, if the speaker is known
   * @param rule the rule that attributed the quote; {@link AttributionRule#NONE} when no speaker
   * @param confidence the probability that the speaker is right, from 0 to 1; 0 when there is no
   *     speaker
   * @param closed false when the quotation mark that opened the quote was never closed and the
   *     quote was ended at the end of its paragraph (a paragraph of a quotation that the next
   *     paragraph reopens, as news copy does for long quotes, counts as closed)
   * @param partOf for a {@link QuoteKind#PARTIAL} quote inside a {@link QuoteKind#MIXED} statement,
   *     the statement's id
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code text} does not fit {@code content}, {@code
   *     confidence} is outside [0, 1], or a scare quote has a speaker
   */
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(speakerId, "speakerId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(partOf, "partOf");
    if (text.length() != content.length()) {
      throw new IllegalArgumentException("quote text does not fit its span " + content);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
    }
    if (kind == QuoteKind.SCARE && (speakerMention.isPresent() || speakerId.isPresent())) {
      throw new IllegalArgumentException("a scare quote has no speaker (quote " + id + ")");
    }
  }

  /**
   * {@return whether this quote is a statement of its own} That is what the library counts,
   * predicts and merges into a corpus: every quote but scare quotes ({@link
   * QuoteKind#isStatement()}) and the partial quotes inside a mixed statement ({@link #partOf()}),
   * whose words the statement already holds. {@link Extraction#statements()} lists them.
   */
  public boolean isStatement() {
    return kind.isStatement() && partOf.isEmpty();
  }

  /** {@return whether a speaker was found for this quote} */
  public boolean hasSpeaker() {
    return speakerMention.isPresent() || speakerId.isPresent();
  }

  /** The id's hash: equal quotes have equal ids, and the text is never read. */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
