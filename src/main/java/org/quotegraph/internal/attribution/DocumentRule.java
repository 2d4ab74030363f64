package org.quotegraph.internal.attribution;

import java.util.Locale;
import java.util.Optional;
import org.quotegraph.internal.entity.EntityDraft;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;

/**
 * Resolves a document subject ("said the letter", "the statement said") to its author: the
 * subject of the nearest earlier sentence that mentions the same kind of document ("Seely
 * informed them in a letter", "Shammary said in his statement").
 */
final class DocumentRule {

  /** How many sentences back the document's introduction may be. */
  private static final int REACH_SENTENCES = 12;

  Optional<EntityDraft> resolve(String documentLemma, int sentenceIndex, Discourse discourse) {
    String wanted = documentLemma.toLowerCase(Locale.ROOT);
    for (int s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - REACH_SENTENCES); s--) {
      Sentence sentence = discourse.parsed().sentences().get(s);
      if (mentions(sentence, wanted, discourse) && discourse.subjectOf(s).isPresent()) {
        return discourse.subjectOf(s);
      }
    }
    return Optional.empty();
  }

  private static boolean mentions(Sentence sentence, String lemma, Discourse discourse) {
    for (Token token : sentence.tokens()) {
      if (token.isNoun() && token.lemma().equalsIgnoreCase(lemma)
          && !discourse.quotes().isInside(token.start())) {
        return true;
      }
    }
    return false;
  }
}
