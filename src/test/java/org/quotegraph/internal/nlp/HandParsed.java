package org.quotegraph.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link ParsedText} by hand for tests of single stages, without loading models. Each
 * token is written {@code word/POS/NER} ({@code NER} may be left out for {@code O}); tokens are
 * joined by single spaces, sentences by a space, paragraphs by a blank line.
 */
public final class HandParsed {

  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();

  /** Adds one sentence of {@code word/POS[/NER]} tokens, unparsed. */
  public HandParsed sentence(String tokens) {
    return sentence(tokens, List.of());
  }

  /** Adds one sentence with its dependency arcs. */
  public HandParsed sentence(String tokens, List<Dependency> arcs) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append(' ');
    }
    List<Token> built = new ArrayList<>();
    for (String spec : tokens.trim().split(" ")) {
      String[] parts = spec.split("/");
      String word = parts[0];
      int start = text.length();
      text.append(word);
      built.add(new Token(built.size(), start, text.length(), word, word.toLowerCase(),
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
}
