package org.quotegraph.internal.nlp;

/**
 * One token of a sentence, as the language models saw it.
 *
 * @param index position within its sentence, from 0
 * @param start first character in the article text
 * @param end end of the token in the article text, exclusive
 * @param word the token's characters as they appear in the text
 * @param lemma the dictionary form, lower case for verbs and common nouns
 * @param pos the Penn Treebank part-of-speech tag
 * @param ner the named-entity tag: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or
 *     {@code O}
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** Whether the token is a verb with a tense, or a modal ("said", "is", "will"). */
  public boolean isFinite() {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /** Whether the token is tagged as an interjection but capitalised: in a name, a word ("Oh"). */
  public boolean isCapitalisedInterjection() {
    return pos.equals("UH") && Character.isUpperCase(word.charAt(0));
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.equals("PRP");
  }

  public boolean isNamed() {
    return !ner.equals("O");
  }

  /** Whether the token is punctuation (including quotation marks). */
  public boolean isPunctuation() {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
