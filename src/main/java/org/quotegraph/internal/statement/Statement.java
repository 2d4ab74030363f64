package org.quotegraph.internal.statement;

import java.util.Objects;
import java.util.Optional;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.quote.QuotedSpan;

/**
 * One quotation or reported statement of a document, before its speaker is known: what the
 * statement stage returns. Immutable.
 *
 * @param kind how it is reported; {@link QuoteKind#SCARE} for a short quotation with no cue,
 *     which stays a scare quote only if no rule finds it a speaker
 * @param content the reported words: inside the quotation marks, or the reported clause
 * @param quote the quotation marks it came from, if it is a quotation
 * @param cue the cue that reports it, if any; never present for a part of a mixed statement
 * @param partOf for a partial quote inside a mixed statement, the index of that statement in
 *     the document's list of statements
 * @param paragraph the index of its paragraph
 * @param paragraphStart whether it is a quotation that opens its paragraph (so may continue the
 *     paragraph before)
 */
public record Statement(QuoteKind kind, Span content, Optional<QuotedSpan> quote,
    Optional<Cue> cue, Optional<Integer> partOf, int paragraph, boolean paragraphStart) {

  public Statement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(partOf, "partOf");
  }

  /** Whether it is a quotation rather than reported speech without quotation marks. */
  public boolean isQuotation() {
    return quote.isPresent();
  }

  /** False only for a quotation left open and not carried on into the next paragraph. */
  public boolean closed() {
    return quote.map(q -> q.closed() || q.continuesNext()).orElse(true);
  }
}
