package org.quotegraph.internal.statement;

import java.util.regex.Pattern;
import org.quotegraph.internal.quote.Paragraphs;

/**
 * Photo captions: a paragraph that ends with a photo credit in parentheses, {@code (Ann Lee/CBC)}
 * or {@code ( Ann Lee / Daily Star )}. A caption restates what the article reports beside a
 * picture; what it says someone said is no statement of its own. Stateless and thread-safe.
 */
final class Captions {

  /** A credit: parentheses holding two or more short parts split by slashes, ending the text. */
  private static final Pattern CREDIT =
      Pattern.compile("\\(\\s*[^()/\\n]{2,60}(?:/\\s*[^()/\\n]{2,60})+\\)\\s*$");

  private Captions() {}

  /** Whether paragraph {@code paragraph} of {@code text} ends with a photo credit. */
  static boolean isCaption(String text, Paragraphs paragraphs, int paragraph) {
    String words = text.substring(paragraphs.start(paragraph), paragraphs.end(paragraph));
    return CREDIT.matcher(words).find();
  }
}
