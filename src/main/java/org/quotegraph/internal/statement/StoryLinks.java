package org.quotegraph.internal.statement;

import java.util.regex.Pattern;
import org.quotegraph.internal.quote.Paragraphs;

/**
 * Links to other stories set between paragraphs: {@code READ MORE: Mayor says the bridge will
 * open}, {@code WATCH: ...}, {@code RELATED: ...}. The headline after the label belongs to another
 * article; what it says someone said is no statement of this one. Stateless and thread-safe.
 */
final class StoryLinks {

  /** A promotion label opening the paragraph, then a colon. */
  private static final Pattern LABEL = Pattern.compile(
      "^\\s*(?:read more|read|watch|related|listen|see also|also read|more)\\b[^:\\n]{0,20}:",
      Pattern.CASE_INSENSITIVE);

  private StoryLinks() {}

  /** Whether paragraph {@code paragraph} of {@code text} is a link to another story. */
  static boolean isLink(String text, Paragraphs paragraphs, int paragraph) {
    return LABEL.matcher(text.substring(paragraphs.start(paragraph), paragraphs.end(paragraph)))
        .find();
  }
}
