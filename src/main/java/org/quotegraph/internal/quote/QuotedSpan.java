package org.quotegraph.internal.quote;

/**
 * A stretch of text inside quotation marks, as found in the raw text.
 *
 * @param open offset of the opening mark
 * @param contentStart first character after the opening mark
 * @param contentEnd end of the quoted words: the closing mark's offset, or the paragraph's end
 *     when the quote was not closed in its paragraph
 * @param close end of the closing mark, exclusive; equals {@code contentEnd} when not closed
 * @param closed whether a closing mark was found in the paragraph
 * @param paragraph index of the paragraph (line) the quote is in
 * @param continuesPrevious whether this quote carries on a quotation from the previous paragraph
 *     (the previous paragraph ended with the quote open and this one reopened it)
 * @param continuesNext whether the quotation goes on in the next paragraph
 * @param singleMarks whether it was quoted with single marks
 */
public record QuotedSpan(
    int open,
    int contentStart,
    int contentEnd,
    int close,
    boolean closed,
    int paragraph,
    boolean continuesPrevious,
    boolean continuesNext,
    boolean singleMarks) {

  public QuotedSpan withContinuesNext() {
    return new QuotedSpan(open, contentStart, contentEnd, close, closed, paragraph,
        continuesPrevious, true, singleMarks);
  }

  public QuotedSpan withContinuesPrevious() {
    return new QuotedSpan(open, contentStart, contentEnd, close, closed, paragraph, true,
        continuesNext, singleMarks);
  }
}
