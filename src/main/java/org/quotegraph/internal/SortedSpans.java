package org.quotegraph.internal;

import java.util.List;
import java.util.function.Function;
import org.quotegraph.Span;

/** Binary search over lists kept in order of their elements' span starts. */
public final class SortedSpans {

  private SortedSpans() {}

  /**
   * The index of the first element of {@code sorted} whose span starts at or after {@code
   * offset}, or {@code sorted.size()} if none does.
   *
   * @param sorted elements in order of {@code span.apply(element).start()}
   */
  public static <T> int firstStartingFrom(List<T> sorted, Function<? super T, Span> span,
      int offset) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (span.apply(sorted.get(mid)).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
