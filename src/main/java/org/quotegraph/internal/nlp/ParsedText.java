package org.quotegraph.internal.nlp;

import java.util.List;

/**
 * An article as the language models saw it: the text, its sentences and what could not be
 * analysed in full.
 *
 * @param text the article text all offsets point into
 * @param sentences the sentences in order; empty for a text with no tokens
 * @param warnings what was skipped, such as sentences too long to parse
 */
public record ParsedText(String text, List<Sentence> sentences, List<String> warnings) {

  public ParsedText {
    sentences = List.copyOf(sentences);
    warnings = List.copyOf(warnings);
  }
}
