package org.quotegraph.internal.attribution;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.quotegraph.internal.quote.QuotedSpan;

/** Answers, for a character offset, whether it lies inside a quotation or is one of its marks. */
final class QuoteMask {

  private final NavigableMap<Integer, QuotedSpan> byOpen = new TreeMap<>();

  QuoteMask(List<QuotedSpan> quotes) {
    for (QuotedSpan quote : quotes) {
      byOpen.put(quote.open(), quote);
    }
  }

  /** Whether {@code offset} is within a quote's content (not its marks). */
  boolean isInside(int offset) {
    var entry = byOpen.floorEntry(offset);
    return entry != null && offset >= entry.getValue().contentStart()
        && offset < entry.getValue().contentEnd();
  }

  /** Whether {@code offset} is an opening or closing quotation mark of a quote. */
  boolean isMark(int offset) {
    var entry = byOpen.floorEntry(offset);
    if (entry == null) {
      return false;
    }
    QuotedSpan quote = entry.getValue();
    return offset == quote.open() || (quote.closed() && offset == quote.contentEnd());
  }
}
