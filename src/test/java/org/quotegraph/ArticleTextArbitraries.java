package org.quotegraph;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generated article-like text: words, names, reporting verbs, punctuation, every kind of
 * quotation mark and apostrophe, line breaks, and now and then any UTF-16 unit at all (control
 * characters, unpaired surrogates, right-to-left and CJK letters).
 */
public final class ArticleTextArbitraries {

  private ArticleTextArbitraries() {}

  public static Arbitrary<String> articleText(int maxPieces) {
    Arbitrary<String> words = Arbitraries.of("the", "council", "budget", "would", "rise", "and",
        "water", "prices", "in", "after", "vote", "plan", "they", "she", "he", "it", "was", "not",
        "don't", "minister's", "'90s", "rock'n'roll", "according", "to", "spokesman", "group");
    Arbitrary<String> names = Arbitraries.of("Anna Okafor", "Okafor", "Boris Lindqvist",
        "Lindqvist", "Mr Tanaka", "Dr Elena Haddad", "the Harbour Trust", "Kemi Mensah",
        "UN", "United Nations", "Paris", "Nasr Al Shammary", "Shammary");
    Arbitrary<String> verbs = Arbitraries.of("said", "says", "told", "added", "warned", "believes",
        "said:", "explained", "denied");
    Arbitrary<String> punctuation = Arbitraries.of(".", ",", ";", ":", "!", "?", "-", "\u2014",
        "(", ")", "...", "\u2026");
    Arbitrary<String> marks = Arbitraries.of("\"", "'", "\u201C", "\u201D", "\u2018", "\u2019",
        "\u201E", "\u00AB", "\u00BB", "`", "``", "''", "\u300C", "\u300D");
    Arbitrary<String> breaks = Arbitraries.of("\n", "\n\n", "\r\n", " \n ", "\t");
    Arbitrary<String> anyUnits = Arbitraries.chars().all().map(String::valueOf)
        .list().ofMinSize(1).ofMaxSize(4).map(list -> String.join("", list));
    Arbitrary<String> foreign = Arbitraries.of("\u0642\u0627\u0644", "\u05D0\u05DE\u05E8",
        "\u90E8\u957F\u8BF4", "\u65B0\u3057\u3044", "\uD83D\uDE00", "\u0000", "\uD800", "\uDFFF",
        "\u200B", "\u00A0", "\uFEFF", "\u0007", "&amp;", "<p>", "</b>");
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(30, words), Tuple.of(10, names), Tuple.of(8, verbs), Tuple.of(10, punctuation),
        Tuple.of(14, marks), Tuple.of(5, breaks), Tuple.of(3, anyUnits), Tuple.of(3, foreign));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "  ");
    return net.jqwik.api.Combinators.combine(piece, separator).as(String::concat)
        .list().ofMaxSize(maxPieces).map(list -> String.join("", list));
  }
}
