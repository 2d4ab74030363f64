package org.quotegraph.internal.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds quotations in raw text by pairing quotation marks, without any language model.
 *
 * <ul>
 *   <li>Curly marks are paired by shape; straight marks by what stands on either side of them. A
 *       right double mark with no quote open, at the start of a word, opens one (a typing slip).
 *   <li>Single marks count only where they cannot be apostrophes ({@code don't}, {@code Sadr’s},
 *       {@code the ’90s} are not quotes).
 *   <li>Quotes nested in a quote belong to it; only outermost quotes are returned.
 *   <li>A quote open at the end of a paragraph continues when the next paragraph reopens it (the
 *       news convention for quotes over several paragraphs); otherwise it ends at the paragraph's
 *       end, marked as not closed. Stray closing marks are ignored. Nothing after an unbalanced
 *       mark is lost: every paragraph is scanned afresh.
 *   <li>An empty quotation (nothing but spaces and quotation marks between its marks, as in
 *       {@code “”}) is not a quote.
 *   <li>{@link Scan#warnings()} names each quote that is never closed, and each opening mark with
 *       nothing after it in its paragraph, which opens nothing.
 * </ul>
 *
 * <p>Runs in time linear in the text. Stateless and thread-safe.
 */
public final class QuoteFinder {

  private static final char LEFT_DOUBLE = '\u201C';
  private static final char RIGHT_DOUBLE = '\u201D';
  private static final char LOW_DOUBLE = '\u201E';
  private static final char LEFT_SINGLE = '\u2018';
  private static final char RIGHT_SINGLE = '\u2019';
  private static final char LEFT_GUILLEMET = '\u00AB';
  private static final char RIGHT_GUILLEMET = '\u00BB';

  /** Whether {@code c} is any quotation mark this finder pairs (or an apostrophe that may be one). */
  public static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'' || c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == LOW_DOUBLE
        || c == LEFT_SINGLE || c == RIGHT_SINGLE || c == LEFT_GUILLEMET || c == RIGHT_GUILLEMET;
  }

  /**
   * What {@link #scan(String)} finds in a text.
   *
   * @param quotes the outermost quotations, in text order, one per paragraph piece
   * @param warnings one for each quote never closed and each mark that opens nothing, in text
   *     order
   */
  public record Scan(List<QuotedSpan> quotes, List<String> warnings) {
    public Scan {
      quotes = List.copyOf(quotes);
      warnings = List.copyOf(warnings);
    }
  }

  /** The outermost quotations of {@code text}, in text order, one per paragraph piece. */
  public List<QuotedSpan> find(String text) {
    return scan(text).quotes();
  }

  /** The outermost quotations of {@code text} and the warnings about its unpaired marks. */
  public Scan scan(String text) {
    List<QuotedSpan> found = new ArrayList<>();
    List<Integer> openingNothing = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    boolean carriedOver = false;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        int before = found.size();
        boolean openAtEnd =
            scanParagraph(text, lineStart, lineEnd, paragraph, found, openingNothing);
        if (carriedOver && found.size() > before && startsWithOpening(text, lineStart, found.get(before))) {
          found.set(before, found.get(before).withContinuesPrevious());
        } else if (carriedOver) {
          // the mark that seemed to reopen the quote opened nothing: the quote ends unclosed here
          QuotedSpan last = found.get(before - 1);
          found.set(before - 1, new QuotedSpan(last.open(), last.contentStart(), last.contentEnd(),
              last.close(), last.closed(), last.paragraph(), last.continuesPrevious(), false,
              last.singleMarks()));
        }
        carriedOver = false;
        if (openAtEnd && reopensNextParagraph(text, lineEnd)) {
          int last = found.size() - 1;
          found.set(last, found.get(last).withContinuesNext());
          carriedOver = true;
        }
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    return new Scan(found, warnings(found, openingNothing));
  }

  private static List<String> warnings(List<QuotedSpan> quotes, List<Integer> openingNothing) {
    List<String> warnings = new ArrayList<>();
    int next = 0;
    for (QuotedSpan quote : quotes) {
      for (; next < openingNothing.size() && openingNothing.get(next) < quote.open(); next++) {
        warnings.add(opensNothing(openingNothing.get(next)));
      }
      if (!quote.closed() && !quote.continuesNext()) {
        warnings.add("quotation mark at " + quote.open()
            + " is never closed; the quote is taken to end with its paragraph");
      }
    }
    for (; next < openingNothing.size(); next++) {
      warnings.add(opensNothing(openingNothing.get(next)));
    }
    return warnings;
  }

  private static String opensNothing(int offset) {
    return "quotation mark at " + offset
        + " is never closed and nothing follows it in its paragraph; it is ignored";
  }

  /**
   * Scans one paragraph; returns whether its last quote was left open. Adds the offsets of marks
   * that open nothing to {@code openingNothing}.
   */
  private boolean scanParagraph(String text, int from, int to, int paragraph, List<QuotedSpan> out,
      List<Integer> openingNothing) {
    OpenMarks open = new OpenMarks();
    int wordsEnd = to; // the end of the paragraph's last character that is not a space or mark
    while (wordsEnd > from && isEmpty(text, wordsEnd - 1, wordsEnd)) {
      wordsEnd--;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isQuoteMark(c)) {
        continue;
      }
      if (c == '"' && i > from && text.charAt(i - 1) == '=') {
        // an attribute of markup left in the text (<tweet author="...">), not a quotation
        int end = text.indexOf('"', i + 1);
        if (end > i && end < to) {
          i = end;
          continue;
        }
      }
      // two apostrophes stand for a straight double mark in some archives: ''like this''
      int width = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'' ? 2 : 1;
      char before = i > from ? text.charAt(i - 1) : ' ';
      char after = i + width < to ? text.charAt(i + width) : ' ';
      boolean doubleMark = width == 2 || c == '"' || c == LEFT_DOUBLE || c == RIGHT_DOUBLE
          || c == LOW_DOUBLE || c == LEFT_GUILLEMET || c == RIGHT_GUILLEMET;
      Role role = doubleMark ? doubleRole(width == 2 ? '"' : c, before, after, open.has(true))
          : singleRole(c, before, after, open.has(false));
      if (role == Role.OPEN) {
        open.push(new Mark(i, width, doubleMark));
      } else if (role == Role.CLOSE) {
        Mark opening = open.popTo(doubleMark);
        int contentStart = opening == null ? i : opening.offset + opening.width;
        if (opening != null && open.isEmpty() && !isEmpty(text, contentStart, i)) {
          out.add(new QuotedSpan(opening.offset, contentStart, i, i + width, true,
              paragraph, false, false, !opening.doubleMark));
        }
      } else if (c == '"' && !open.has(true) && i >= wordsEnd) {
        // a straight mark that ends its paragraph with no quote open: an opening with nothing after
        openingNothing.add(i);
      }
      i += width - 1;
    }
    // an unclosed double mark runs to the paragraph's end; unclosed single marks were apostrophes
    Mark outermostDouble = null;
    for (Mark mark : open.marks) {
      if (mark.doubleMark) {
        outermostDouble = mark;
      }
    }
    if (outermostDouble != null) {
      int contentStart = outermostDouble.offset + outermostDouble.width;
      int end = trimEnd(text, contentStart, to);
      if (isEmpty(text, contentStart, end)) {
        openingNothing.add(outermostDouble.offset);
        return false;
      }
      out.add(new QuotedSpan(outermostDouble.offset, contentStart, end, end, false,
          paragraph, false, false, false));
      return true;
    }
    return false;
  }

  /** Whether {@code text[from, to)} holds nothing but spaces and quotation marks. */
  private static boolean isEmpty(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isQuoteMark(c)) {
        return false;
      }
    }
    return true;
  }

  private static Role doubleRole(char c, char before, char after, boolean doubleOpen) {
    if (c == LEFT_DOUBLE || c == LOW_DOUBLE || c == LEFT_GUILLEMET) {
      return Role.OPEN;
    }
    if (c == RIGHT_DOUBLE || c == RIGHT_GUILLEMET) {
      if (doubleOpen) {
        return Role.CLOSE;
      }
      // a closing mark typed where an opening one belongs, at the start of a word: ”Fear.
      return c == RIGHT_DOUBLE && isBoundary(before) && Character.isLetterOrDigit(after)
          ? Role.OPEN : Role.NONE;
    }
    boolean spaceBefore = isBoundary(before);
    boolean spaceAfter = Character.isWhitespace(after);
    if (doubleOpen && !spaceBefore) {
      return Role.CLOSE;
    }
    if (!spaceAfter && (spaceBefore || !doubleOpen)) {
      return Role.OPEN;
    }
    return doubleOpen ? Role.CLOSE : Role.NONE;
  }

  private static Role singleRole(char c, char before, char after, boolean singleOpen) {
    boolean letterBefore = Character.isLetterOrDigit(before);
    boolean letterAfter = Character.isLetterOrDigit(after);
    if (letterBefore && letterAfter) {
      return Role.NONE; // don't, Sadr’s, rock'n'roll
    }
    if (isBoundary(before) && (letterAfter || isOpeningPunctuation(after))) {
      return c == RIGHT_SINGLE && !singleOpen && Character.isDigit(after) ? Role.NONE : Role.OPEN;
    }
    if (singleOpen && !isBoundary(before) && !letterAfter) {
      return Role.CLOSE; // closing mark, or a plural possessive while a quote is open
    }
    return Role.NONE;
  }

  private static boolean isBoundary(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014'
        || c == '\u2013' || c == '-' || c == '/' || c == LEFT_DOUBLE || c == '"' || c == ':';
  }

  private static boolean isOpeningPunctuation(char c) {
    return c == '"' || c == LEFT_DOUBLE || c == '(' || c == '.' || c == '\u2026';
  }

  private static boolean startsWithOpening(String text, int lineStart, QuotedSpan first) {
    return text.substring(lineStart, first.open()).isBlank();
  }

  /** Whether the next non-blank line starts with an opening double quotation mark. */
  private static boolean reopensNextParagraph(String text, int lineEnd) {
    for (int i = lineEnd; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '"' || c == LEFT_DOUBLE || c == LOW_DOUBLE || c == LEFT_GUILLEMET
            || text.startsWith("''", i);
      }
    }
    return false;
  }

  private static int trimEnd(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private enum Role {
    OPEN,
    CLOSE,
    NONE
  }

  private record Mark(int offset, int width, boolean doubleMark) {}

  /**
   * The marks open in a paragraph, innermost first, with a count of each kind so that asking
   * whether one is open takes constant time however many are open.
   */
  private static final class OpenMarks {
    final Deque<Mark> marks = new ArrayDeque<>();
    private int doubleMarks;

    void push(Mark mark) {
      marks.push(mark);
      doubleMarks += mark.doubleMark ? 1 : 0;
    }

    boolean has(boolean doubleMark) {
      return doubleMark ? doubleMarks > 0 : marks.size() > doubleMarks;
    }

    boolean isEmpty() {
      return marks.isEmpty();
    }

    /** Pops marks down to and including the nearest open mark of the same kind, or none. */
    Mark popTo(boolean doubleMark) {
      if (!has(doubleMark)) {
        return null;
      }
      while (true) {
        Mark mark = marks.pop();
        doubleMarks -= mark.doubleMark ? 1 : 0;
        if (mark.doubleMark == doubleMark) {
          return mark;
        }
      }
    }
  }
}
