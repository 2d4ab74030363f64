package org.quotegraph;

import java.util.Objects;

/**
 * One place where the text refers to something: its span and the words found there.
 *
 * @param span where the mention is; never null
 * @param text the characters of the article at {@code span}; never null
 */
public record Mention(Span span, String text) {

  /**
   * Checks the components.
   *
   * @param span where the mention is; never null
   * @param text the characters of the article at {@code span}; never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code text} is not as long as {@code span}
   */
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "mention text \"" + text + "\" does not fit its span " + span);
    }
  }

  /**
   * The mention of {@code span} in {@code articleText}.
   *
   * @param span where the mention is
   * @param articleText the text {@code span} points into
   * @return the mention, with the characters of {@code span} as its text
   */
  public static Mention at(Span span, String articleText) {
    return new Mention(span, span.of(articleText));
  }
}
