package org.quotegraph.internal.quote;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Answers, for a character offset, whether it lies inside a quotation or is one of its marks. */
public final class QuoteMask {

  private final NavigableMap<Integer, QuotedSpan> byOpen = new TreeMap<>();

  public QuoteMask(List<QuotedSpan> quotes) {
    for (QuotedSpan quote : quotes) {
      byOpen.put(quote.open(), quote);
    }
  }

  /** Whether {@code offset} is within a quote's content (not its marks). */
  public boolean isInside(int offset) {
    var entry = byOpen.floorEntry(offset);
    return entry != null && offset >= entry.getValue().contentStart()
        && offset < entry.getValue().contentEnd();
  }

  /**
   * Whether a closed quote ends right before {@code offset}: its closing mark is one of the two
   * characters before it (the mark, then at most one space).
   */
  public boolean closesJustBefore(int offset) {
    var entry = byOpen.lowerEntry(offset);
    if (entry == null || !entry.getValue().closed()) {
      return false;
    }
    int closingMark = entry.getValue().contentEnd();
    return closingMark < offset && closingMark >= offset - 2;
  }

  /** Whether {@code offset} is an opening or closing quotation mark of a quote. */
  public boolean isMark(int offset) {
    var entry = byOpen.floorEntry(offset);
    if (entry == null) {
      return false;
    }
    QuotedSpan quote = entry.getValue();
    return offset == quote.open() || (quote.closed() && offset == quote.contentEnd());
  }
}
