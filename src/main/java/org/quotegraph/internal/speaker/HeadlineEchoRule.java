package org.quotegraph.internal.speaker;

import java.util.List;
import java.util.Optional;
import org.quotegraph.AttributionRule;
import org.quotegraph.Span;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;

/**
 * {@link AttributionRule#HEADLINE_ECHO}: a quotation in the first paragraphs (headline and
 * standfirst) whose words an attributed statement elsewhere says too takes that statement's
 * speaker. Further down, such a quotation is a pull quote or a subheading and is left alone. A
 * headline quotes at length for its size; a quotation that is a small part of a long line (a
 * title, "the film “The Kid Who Would Be King”", or a phrase the lead borrows) echoes nobody.
 */
final class HeadlineEchoRule implements SpeakerRule {

  /** Paragraphs at the top that may be headline and standfirst. */
  static final int HEADLINE_PARAGRAPHS = 3;
  /** Shortest stretch of shared words for a headline to echo the body. */
  private static final int MIN_ECHO_CHARS = 20;
  /** The smallest part of its line a headline quotation takes (a true echo takes 0.3 or more). */
  private static final double MIN_SHARE_OF_LINE = 0.25;

  @Override
  public Optional<Attribution> attribute(int index, SpeakerContext context) {
    if (context.statement(index).paragraph() >= HEADLINE_PARAGRAPHS) {
      return Optional.empty();
    }
    List<String> normalised = context.normalisedContents();
    String words = normalised.get(index);
    if (words.length() < MIN_ECHO_CHARS || !isMuchOfItsLine(context.statement(index).content(),
        context.text())) {
      return Optional.empty();
    }
    for (int other = 0; other < normalised.size(); other++) {
      if (other != index && context.hasSpeaker(other)) {
        String otherWords = normalised.get(other);
        if (otherWords.contains(words)
            || (otherWords.length() >= MIN_ECHO_CHARS && words.contains(otherWords))) {
          return context.attribution(other).map(source -> source.inherited(
              AttributionRule.HEADLINE_ECHO, Inheritance.HEADLINE_ECHO.weight()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isMuchOfItsLine(Span content, String text) {
    int lineStart = text.lastIndexOf('\n', content.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', content.end());
    int line = (lineEnd < 0 ? text.length() : lineEnd) - lineStart;
    return content.length() >= MIN_SHARE_OF_LINE * line;
  }
}
