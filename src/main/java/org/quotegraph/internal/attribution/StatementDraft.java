package org.quotegraph.internal.attribution;

import java.util.Optional;
import org.quotegraph.AttributionRule;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.internal.entity.EntityDraft;
import org.quotegraph.internal.quote.QuotedSpan;

/**
 * A quote or statement while its speaker is being worked out. Mutable, owned by one extraction.
 */
public final class StatementDraft {

  QuoteKind kind;
  Span content;
  final Optional<QuotedSpan> quote;
  Optional<Span> cue = Optional.empty();
  Optional<Span> speakerMention = Optional.empty();
  Optional<EntityDraft> speaker = Optional.empty();
  AttributionRule rule = AttributionRule.NONE;
  double confidence;
  Optional<StatementDraft> partOf = Optional.empty();
  final int paragraph;
  /** Whether a quotation opens its paragraph (so may continue the paragraph before). */
  boolean paragraphStart;

  StatementDraft(QuoteKind kind, Span content, Optional<QuotedSpan> quote, int paragraph) {
    this.kind = kind;
    this.content = content;
    this.quote = quote;
    this.paragraph = paragraph;
  }

  public QuoteKind kind() {
    return kind;
  }

  public Span content() {
    return content;
  }

  /** The quotation marks this statement came from, if it is a quotation. */
  public Optional<QuotedSpan> quote() {
    return quote;
  }

  public Optional<Span> cue() {
    return cue;
  }

  public Optional<Span> speakerMention() {
    return speakerMention;
  }

  public Optional<EntityDraft> speaker() {
    return speaker;
  }

  public AttributionRule rule() {
    return rule;
  }

  public double confidence() {
    return confidence;
  }

  public Optional<StatementDraft> partOf() {
    return partOf;
  }

  /** False only for a quotation left open and not carried on into the next paragraph. */
  public boolean closed() {
    return quote.map(q -> q.closed() || q.continuesNext()).orElse(true);
  }

  boolean hasSpeaker() {
    return speakerMention.isPresent() || speaker.isPresent();
  }

  /** Takes the speaker of {@code other} by {@code how}, with confidence scaled by {@code weight}. */
  void inheritSpeaker(StatementDraft other, AttributionRule how, double weight) {
    speakerMention = other.speakerMention;
    speaker = other.speaker;
    rule = how;
    confidence = Math.min(1, other.confidence * weight);
    if (kind == QuoteKind.SCARE) {
      kind = QuoteKind.DIRECT;
    }
  }

  @Override
  public String toString() {
    return kind + content.toString() + " <- " + speaker.map(EntityDraft::name).orElse("?")
        + " (" + rule + ")";
  }
}
