package org.quotegraph.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link ParsedText} by hand for tests of single stages, without loading models. Each
 * token is written {@code word/POS/NER/lemma} ({@code NER} may be left out for {@code O}, the
 * lemma for the lower-cased word; {@code //SYM} is a slash); tokens are
 * joined by single spaces, sentences by a space, paragraphs by a blank line.
 */
public final class HandParsed {

  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();

  /** Adds one sentence of {@code word/POS[/NER]} tokens, unparsed. */
  public HandParsed sentence(String tokens) {
    return sentence(tokens, List.of());
  }

  /**
   * Adds one sentence with its arcs, written {@code "relation governor dependent"} with 0-based
   * token indices and -1 for the root, separated by commas.
   */
  public HandParsed sentence(String tokens, String arcs) {
    List<Dependency> parsed = new ArrayList<>();
    for (String arc : arcs.split(",")) {
      String[] parts = arc.trim().split(" ");
      parsed.add(new Dependency(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    }
    return sentence(tokens, parsed);
  }

  /** Adds one sentence with its dependency arcs. */
  public HandParsed sentence(String tokens, List<Dependency> arcs) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append(' ');
    }
    List<Token> built = new ArrayList<>();
    for (String spec : tokens.trim().split(" ")) {
      // "//SYM" is the word "/"
      String[] parts = spec.startsWith("//") ? spec.substring(1).split("/") : spec.split("/");
      String word = spec.startsWith("//") ? "/" : parts[0];
      int start = text.length();
      text.append(word);
      built.add(new Token(built.size(), start, text.length(), word,
          parts.length > 3 ? parts[3] : word.toLowerCase(),
          parts.length > 1 ? parts[1] : "NN", parts.length > 2 ? parts[2] : "O"));
      text.append(' ');
    }
    text.setLength(text.length() - 1);
    sentences.add(new Sentence(sentences.size(), built, arcs));
    return this;
  }

  /** Starts a new paragraph. */
  public HandParsed paragraph() {
    text.append("\n\n");
    return this;
  }

  public ParsedText build() {
    return new ParsedText(text.toString(), sentences, List.of());
  }

  /**
   * The same sentences as the taggers would leave them, before any parse: every sentence
   * tagged, without arcs, each token's model word its own word.
   */
  public TaggedText buildTagged() {
    List<TaggedText.TaggedSentence> tagged = new ArrayList<>();
    for (Sentence sentence : sentences) {
      tagged.add(new TaggedText.TaggedSentence(
          new Sentence(sentence.index(), sentence.tokens(), List.of()),
          sentence.tokens().stream().map(Token::word).toList(), true));
    }
    return new TaggedText(text.toString(), tagged);
  }
}
