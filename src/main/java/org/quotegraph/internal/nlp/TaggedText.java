package org.quotegraph.internal.nlp;

import java.util.List;

/**
 * An article after tokenising, sentence splitting and tagging, before any parse: what {@link
 * CoreNlpAnalyzer#tag(String)} returns and {@link CoreNlpAnalyzer#parse(TaggedText,
 * java.util.function.IntPredicate)} reads. Immutable.
 */
public final class TaggedText {

  /**
   * One sentence as the taggers left it.
   *
   * @param sentence its tokens, with no arcs
   * @param modelWords each token's word in the form the models were trained on (CoreNLP's
   *     normalised word, which can differ from the text), for the parser
   * @param tagged false when the sentence was too long to tag, so that its tags and names are
   *     missing and it cannot be parsed
   */
  record TaggedSentence(Sentence sentence, List<String> modelWords, boolean tagged) {

    TaggedSentence {
      modelWords = List.copyOf(modelWords);
    }
  }

  private final String text;
  private final List<TaggedSentence> tagged;
  private final List<Sentence> sentences;

  TaggedText(String text, List<TaggedSentence> tagged) {
    this.text = text;
    this.tagged = List.copyOf(tagged);
    this.sentences = this.tagged.stream().map(TaggedSentence::sentence).toList();
  }

  /** The article text all offsets point into. */
  public String text() {
    return text;
  }

  /** The sentences in order, none of them parsed; empty for a text with no tokens. */
  public List<Sentence> sentences() {
    return sentences;
  }

  List<TaggedSentence> taggedSentences() {
    return tagged;
  }
}
