package org.quotegraph.internal.nlp;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as CoreNLP's tokenizer should see it. Every change replaces one character by a space,
 * so that offsets into the result are offsets into the caller's text; quotation marks are still
 * found in the caller's text itself, so nothing blanked here is lost to the quote finder.
 *
 * <ul>
 *   <li>Control characters and unpaired surrogates (which the tokenizer drops anyway) and space
 *       separators such as the no-break space become plain spaces.
 *   <li>A run of more than {@link #MAX_UNSPACED_RUN} characters without a space is cut with a
 *       space (two where the cut falls on a surrogate pair, such as an emoji).
 *   <li>An empty quotation, an opening curly or angled mark directly followed by its closing
 *       mark ({@code “”}, {@code ‘’}, {@code «»}), becomes two spaces.
 *   <li>In a row of more than {@link #MAX_QUOTE_MARKS_IN_A_ROW} quotation marks (with or without
 *       spaces between them), the marks after the first ones become spaces.
 *   <li>Markup tags ({@code <p>}, {@code </b>}, {@code <a href="...">}, {@code <!-- -->}) become
 *       spaces: markup is not words, and a tag read as a word could become a name or a speaker.
 *   <li>A soft hyphen at the edge of a word (where a page break once was) becomes a space, so
 *       that it is not part of the word's token or of a name.
 * </ul>
 *
 * <p>The first ones bound a cost of CoreNLP's that would otherwise grow with such runs. Linear
 * in the text; stateless and thread-safe.
 */
final class TokenizerInput {

  /**
   * The longest run of characters without a space that the tokenizer is given. Its lexer rescans
   * the rest of such a run for every token in it (a run could still turn out to be a web
   * address), so a long run of symbols, quotation marks or control characters takes time
   * quadratic in its length: 4,000 straight quotation marks in a row took seconds, 40,000 would
   * take minutes. Longer runs are cut with a space; no word or address is this long.
   */
  static final int MAX_UNSPACED_RUN = 64;

  /**
   * The most quotation marks in a row (spaces between them allowed) that the tokenizer and the
   * taggers are given. The tokenizer makes one token of two curly or angled marks side by side
   * ({@code “”}, {@code ““}, {@code ’”}), which the part-of-speech tagger does not know and so
   * weighs every open-class tag for, with the tags of its neighbours: about 2 ms a token, against
   * 0.06 ms for a word it knows. A paragraph of 5,000 {@code “”} took 18 s of CPU to tag. News
   * copy has at most three marks in a row ({@code ’” “} between a nested quote and the next), so
   * no real quotation loses a mark.
   */
  static final int MAX_QUOTE_MARKS_IN_A_ROW = 4;

  /** A markup tag: an opening, closing or declaration tag, or a comment, up to 1,000 characters. */
  private static final Pattern TAG = Pattern.compile(
      "<!--.{0,1000}?-->|<[/!?]?[A-Za-z][^<>]{0,1000}>", Pattern.DOTALL);

  private static final char SOFT_HYPHEN = '\u00AD';

  private TokenizerInput() {}

  /** {@code text} with the replacements above; of the same length. */
  static String of(String text) {
    char[] chars = text.toCharArray();
    blankMarkup(text, chars);
    blankSoftHyphensAtWordEdges(chars);
    blankEmptyQuotations(chars);
    cutRuns(chars);
    // after the cuts, so that what a cut turned into a space separates marks as any space does
    blankQuoteMarksInARow(chars);
    return new String(chars);
  }

  private static void blankMarkup(String text, char[] chars) {
    if (text.indexOf('<') < 0) {
      return;
    }
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      Arrays.fill(chars, tag.start(), tag.end(), ' ');
    }
  }

  private static void blankSoftHyphensAtWordEdges(char[] chars) {
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == SOFT_HYPHEN) {
        boolean afterLetter = i > 0 && Character.isLetterOrDigit(chars[i - 1]);
        boolean beforeLetter = i + 1 < chars.length && Character.isLetterOrDigit(chars[i + 1]);
        if (!afterLetter || !beforeLetter) {
          chars[i] = ' ';
        }
      }
    }
  }

  private static void cutRuns(char[] chars) {
    int run = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      boolean pair = Character.isHighSurrogate(c) && i + 1 < chars.length
          && Character.isLowSurrogate(chars[i + 1]);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
        run = 0;
      } else if (!pair && (Character.isSurrogate(c) || Character.getType(c) == Character.CONTROL)
          || Character.getType(c) == Character.SPACE_SEPARATOR) {
        chars[i] = ' ';
        run = 0;
      } else if (run >= MAX_UNSPACED_RUN) {
        // the cut: a surrogate pair cannot be halved, so both of its halves become spaces
        chars[i] = ' ';
        if (pair) {
          chars[++i] = ' ';
        }
        run = 0;
      } else if (pair) {
        run += 2;
        i++;
      } else {
        run++;
      }
    }
  }

  private static void blankEmptyQuotations(char[] chars) {
    for (int i = 0; i + 1 < chars.length; i++) {
      if (isEmptyQuotation(chars[i], chars[i + 1])) {
        chars[i] = ' ';
        chars[++i] = ' ';
      }
    }
  }

  /** Whether {@code open} directly followed by {@code close} is an empty quotation. */
  static boolean isEmptyQuotation(char open, char close) {
    return switch (open) {
      case '\u201C' -> close == '\u201D';
      case '\u2018' -> close == '\u2019';
      case '\u201E' -> close == '\u201C' || close == '\u201D';
      case '\u201A' -> close == '\u2018' || close == '\u2019';
      case '\u00AB' -> close == '\u00BB';
      case '\u00BB' -> close == '\u00AB';
      case '\u2039' -> close == '\u203A';
      case '\u203A' -> close == '\u2039';
      case '\u301D' -> close == '\u301E';
      case '\u300C' -> close == '\u300D';
      default -> false;
    };
  }

  private static void blankQuoteMarksInARow(char[] chars) {
    int marksInARow = 0;
    for (int i = 0; i < chars.length; i++) {
      if (isQuoteMark(chars[i])) {
        if (++marksInARow > MAX_QUOTE_MARKS_IN_A_ROW) {
          chars[i] = ' ';
        }
      } else if (!Character.isWhitespace(chars[i])) {
        marksInARow = 0;
      }
    }
  }

  /** The marks that open or close quotations in news copy, straight, curly, low and angled. */
  static boolean isQuoteMark(char c) {
    return switch (c) {
      case '"', '\'', '\u201C', '\u201D', '\u201E', '\u201F', '\u2018', '\u2019', '\u201A',
          '\u201B', '\u00AB', '\u00BB', '\u2039', '\u203A', '\u2033', '\u301D', '\u301E',
          '\u300C', '\u300D' -> true;
      default -> false;
    };
  }
}
