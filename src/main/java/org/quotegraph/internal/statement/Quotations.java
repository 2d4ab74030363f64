package org.quotegraph.internal.statement;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.quotegraph.Span;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuoteFinder;
import org.quotegraph.internal.quote.QuotedSpan;

/** What the statement and speaker stages ask of a quotation and the text around it. */
public final class Quotations {

  /** Quotations of fewer words than this, with no cue, are scare quotes. */
  public static final int MIN_STATEMENT_WORDS = 4;

  /** The most words a speaker's phrase may take between a quotation and its cue. */
  private static final int MAX_WORDS_BEFORE_CUE = 8;

  /** A full stop that ends a sentence, not an abbreviation such as "Mr." or "St.". */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b[A-Z][a-z]{0,2})\\.");

  private Quotations() {}

  /** The number of words between the quotation marks. */
  public static int wordCount(String text, QuotedSpan quote) {
    String content = text.substring(quote.contentStart(), quote.contentEnd()).strip();
    return content.isEmpty() ? 0 : content.split("\\s+").length;
  }

  /** Whether the quotation is all its paragraph holds, but for punctuation. */
  public static boolean standsAlone(QuotedSpan quote, String text, Paragraphs paragraphs) {
    int paragraph = paragraphs.indexOf(quote.open());
    return isBlank(text, paragraphs.start(paragraph), quote.open())
        && quote.close() >= paragraphs.wordsEnd(paragraph);
  }

  /**
   * Whether the quotation is a sentence of its own: it opens a sentence (after a paragraph break
   * or a sentence's end) with a capital and ends in ".", "!" or "?" inside its marks ({@code
   * "Nobody knows when."}), so it is an utterance however short, not a term set off in a clause.
   */
  public static boolean isWholeSentence(QuotedSpan quote, String text) {
    String content = text.substring(quote.contentStart(), quote.contentEnd()).strip();
    if (content.isEmpty() || ".!?".indexOf(content.charAt(content.length() - 1)) < 0) {
      return false;
    }
    return opensSentence(quote, text);
  }

  /**
   * Whether the quotation opens its sentence with a capital and its cue follows it, at most
   * after its speaker ({@code "No," he said.} · {@code "Forget it," Lena Park said.} · {@code "We
   * are ready," reply Ann Lee and Bob Ray.}): an utterance however short, not a term quoted
   * inside a clause.
   */
  static boolean leadsIntoCue(QuotedSpan quote, Span cue, String text) {
    if (cue.start() < quote.close() || !opensSentence(quote, text)) {
      return false;
    }
    String between = text.substring(quote.close(), cue.start());
    // no other quotation (a single mark may be an apostrophe: "the fund's manager")
    boolean sameSentence = between.chars().noneMatch(c -> "!?:;\n\"\u201C\u201D\u201E\u00AB\u00BB"
        .indexOf(c) >= 0) && !SENTENCE_END.matcher(between).find();
    return sameSentence && (between.isBlank()
        || between.strip().split("\\s+").length <= MAX_WORDS_BEFORE_CUE);
  }


  /** Whether the quotation opens a sentence with a capital letter. */
  private static boolean opensSentence(QuotedSpan quote, String text) {
    String content = text.substring(quote.contentStart(), quote.contentEnd()).strip();
    if (content.isEmpty() || !Character.isUpperCase(content.charAt(0))) {
      return false;
    }
    int before = quote.open() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before < 0 || ".!?\n".indexOf(text.charAt(before)) >= 0
        || QuoteFinder.isQuoteMark(text.charAt(before));
  }

  /** Whether nothing but white space comes before the quotation in its paragraph. */
  public static boolean startsParagraph(QuotedSpan quote, String text, Paragraphs paragraphs) {
    int paragraph = paragraphs.indexOf(quote.open());
    return isBlank(text, paragraphs.start(paragraph), quote.open());
  }

  /** Whether {@code text} holds only white space from {@code from} to {@code to}. */
  public static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Lower case, with every run of characters other than letters and digits made one space. */
  public static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * The quotes whose marks or content overlap {@code span}. Outermost quotes never overlap, so
   * in text order their ends ascend too and a binary search finds the first.
   */
  static List<QuotedSpan> overlapping(List<QuotedSpan> quotes, Span span) {
    int low = 0;
    int high = quotes.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (quotes.get(mid).close() <= span.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int end = low;
    while (end < quotes.size() && quotes.get(end).open() < span.end()) {
      end++;
    }
    return quotes.subList(low, end);
  }
}
