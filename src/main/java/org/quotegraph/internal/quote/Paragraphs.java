package org.quotegraph.internal.quote;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs (non-blank lines) of a text, by offset. Immutable. */
public final class Paragraphs {

  private final int[] starts;
  private final int[] ends;
  private final int[] wordsEnds;

  public Paragraphs(String text) {
    List<int[]> found = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        found.add(new int[] {lineStart, lineEnd});
      }
      lineStart = lineEnd + 1;
    }
    starts = new int[found.size()];
    ends = new int[found.size()];
    wordsEnds = new int[found.size()];
    for (int i = 0; i < found.size(); i++) {
      starts[i] = found.get(i)[0];
      ends[i] = found.get(i)[1];
      int wordsEnd = ends[i];
      while (wordsEnd > starts[i] && isTrailing(text.charAt(wordsEnd - 1))) {
        wordsEnd--;
      }
      wordsEnds[i] = wordsEnd;
    }
  }

  /** The index of the paragraph holding {@code offset} (or the last one starting before it). */
  public int indexOf(int offset) {
    int low = 0;
    int high = starts.length - 1;
    int found = 0;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  public int start(int paragraph) {
    return starts[paragraph];
  }

  public int end(int paragraph) {
    return ends[paragraph];
  }

  /**
   * The end of the paragraph's last character that is not ASCII punctuation, white space or a
   * closing curly quotation mark: what follows it is trailing punctuation.
   */
  public int wordsEnd(int paragraph) {
    return wordsEnds[paragraph];
  }

  private static boolean isTrailing(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127
        || Character.isWhitespace(c) || c == '\u2019' || c == '\u201D';
  }

  public int count() {
    return starts.length;
  }
}
