package org.quotegraph.internal.entity;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.quotegraph.Span;

/**
 * Lookups over the mentions of one document's entities, kept in a map ordered by span. Mentions
 * never nest, so ordering by start also orders by end.
 */
public final class MentionIndex {

  private MentionIndex() {}

  /** The value of the longest mention overlapping {@code span}, the latest of equals. */
  public static <T> Optional<T> at(NavigableMap<Span, T> byMention, Span span) {
    T best = null;
    int bestLength = -1;
    for (Map.Entry<Span, T> entry
        : byMention.headMap(new Span(span.end(), span.end()), false).descendingMap().entrySet()) {
      Span mention = entry.getKey();
      if (mention.end() <= span.start()) {
        break;
      }
      if (mention.overlaps(span) && mention.length() > bestLength) {
        best = entry.getValue();
        bestLength = mention.length();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every mention that starts before {@code offset}, latest first. */
  public static <T> Iterable<Map.Entry<Span, T>> before(NavigableMap<Span, T> byMention,
      int offset) {
    return byMention.headMap(new Span(offset, offset), false).descendingMap().entrySet();
  }
}
