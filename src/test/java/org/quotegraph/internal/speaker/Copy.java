package org.quotegraph.internal.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.quotegraph.internal.nlp.HandParsed;

/**
 * Sentences of invented news copy for the speaker rule tests, tagged and parsed by hand as the
 * models would: a speaker phrase is written as {@link HandParsed} tokens ({@code
 * "Ana/NNP/PERSON Holt/NNP/PERSON"}, {@code "the/DT letter/NN"}, {@code "He/PRP"}), its last
 * token the head; quoted words are plain words, tagged as nouns.
 */
final class Copy {

  private Copy() {}

  /** {@code SPEAKER said the NOUN was ADJECTIVE .}: indirect speech with its parse. */
  static HandParsed saidThat(HandParsed text, String speaker, String noun, String adjective) {
    List<String> arcs = new ArrayList<>();
    int said = speakerPhrase(speaker, 0, arcs);
    arcs.add("nsubj " + said + " " + (said - 1));
    arcs.add("root -1 " + said);
    arcs.add("det " + (said + 2) + " " + (said + 1));
    arcs.add("nsubj " + (said + 4) + " " + (said + 2));
    arcs.add("cop " + (said + 4) + " " + (said + 3));
    arcs.add("ccomp " + said + " " + (said + 4));
    arcs.add("punct " + said + " " + (said + 5));
    return text.sentence(speaker + " said/VBD/O/say the/DT " + noun + "/NN was/VBD " + adjective
        + "/JJ ./.", String.join(", ", arcs));
  }

  /** {@code “ WORDS , ” said SPEAKER .}: a quotation, then its cue and speaker. */
  static HandParsed quoteThenSaid(HandParsed text, String words, String speaker) {
    String[] quoted = words.split(" ");
    List<String> arcs = new ArrayList<>();
    StringBuilder tokens = new StringBuilder("“/``");
    int head = 1; // the first quoted word heads the quotation
    arcs.add("punct " + head + " 0");
    for (int i = 0; i < quoted.length; i++) {
      tokens.append(' ').append(quoted[i]).append("/NN");
      if (i > 0) {
        arcs.add("dep " + head + " " + (i + 1));
      }
    }
    int comma = quoted.length + 1;
    int said = comma + 2;
    tokens.append(" ,/, ”/'' said/VBD/O/say ").append(speaker).append(" ./.");
    arcs.add("punct " + head + " " + comma);
    arcs.add("punct " + said + " " + (comma + 1));
    arcs.add("root -1 " + said);
    arcs.add("ccomp " + said + " " + head);
    int end = speakerPhrase(speaker, said + 1, arcs);
    arcs.add("nsubj " + said + " " + (end - 1));
    arcs.add("punct " + said + " " + end);
    return text.sentence(tokens.toString(), String.join(", ", arcs));
  }

  /** {@code “ WORDS . ”}: a quotation that is a sentence of its own, unparsed. */
  static HandParsed quotation(HandParsed text, String words) {
    return text.sentence("“/`` " + plainWords(words) + " ./. ”/''");
  }

  /** {@code “ WORDS .}: a quotation left open at the end of its paragraph, unparsed. */
  static HandParsed openQuotation(HandParsed text, String words) {
    return text.sentence("“/`` " + plainWords(words) + " ./.");
  }

  private static String plainWords(String words) {
    return Arrays.stream(words.split(" ")).map(word -> word + "/NN")
        .collect(Collectors.joining(" "));
  }

  /**
   * Adds the arcs inside a speaker phrase whose first token is {@code first}: each token before
   * the head hangs on it as a determiner, adjective, possessive, name part or compound.
   *
   * @return the index of the token after the phrase
   */
  private static int speakerPhrase(String phrase, int first, List<String> arcs) {
    String[] tokens = phrase.split(" ");
    int head = first + tokens.length - 1;
    for (int i = 0; i < tokens.length - 1; i++) {
      String[] parts = tokens[i].split("/");
      String pos = parts[1];
      boolean person = parts.length > 2 && parts[2].equals("PERSON");
      String relation = pos.equals("DT") ? "det" : pos.equals("JJ") ? "amod"
          : pos.equals("PRP$") ? "nmod:poss" : person ? "flat" : "compound";
      arcs.add(relation + " " + head + " " + (first + i));
    }
    return head + 1;
  }
}
