package org.quotegraph;

/**
 * A half-open range {@code [start, end)} of character offsets into the text of an {@link Article}.
 *
 * <p>Offsets are {@link String} indices (UTF-16 code units) into exactly the string the caller
 * passed in, so {@code article.text().substring(span.start(), span.end())} is the spanned text.
 * Instances are immutable.
 *
 * @param start the first character, inclusive; never negative
 * @param end the end, exclusive; never less than {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Checks the components.
   *
   * @param start the first character, inclusive; never negative
   * @param end the end, exclusive; never less than {@code start}
   * @throws IllegalArgumentException if {@code start} is negative or {@code end < start}
   */
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("span start must not be negative, got " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException(
          "span end must not be before its start, got [" + start + ", " + end + ")");
    }
  }

  /** {@return the number of characters spanned} */
  public int length() {
    return end - start;
  }

  /**
   * {@return whether this span shares at least one character with {@code other}}
   *
   * @param other another span
   */
  public boolean overlaps(Span other) {
    return Math.min(end, other.end) > Math.max(start, other.start);
  }

  /**
   * {@return whether {@code other} lies wholly inside this span}
   *
   * @param other another span
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * The spanned characters of {@code text}.
   *
   * @param text the text this span points into
   * @return the characters
   * @throws IndexOutOfBoundsException if this span does not lie within {@code text}
   */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
