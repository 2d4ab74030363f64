package org.quotegraph.internal.speaker;

import java.util.Locale;
import java.util.Optional;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

/**
 * {@link org.quotegraph.AttributionRule#DOCUMENT}: a document subject ("said the letter", "the
 * statement said") resolves to its author. The author its own phrase gives comes first: a
 * possessor ("Foster's book", "her statement"), a name before it ("the Harbour Trust report"),
 * or a source after it ("a statement from the union", "the complaint, filed by the union").
 * Otherwise the author is the subject of the nearest earlier sentence that mentions the same
 * kind of document ("Seely informed them in a letter", "Shammary said in his statement").
 */
final class DocumentRule extends SubjectRule {

  /** How many sentences back the document's introduction may be. */
  private static final int REACH_SENTENCES = 12;

  private final Lexicons lexicons = Lexicons.get();

  @Override
  Optional<Attribution> attribute(Subject subject, SpeakerContext context) {
    Token token = subject.token();
    if (!lexicons.isDocumentWord(token.lemma()) || !token.isNoun()) {
      return Optional.empty();
    }
    Optional<Attribution> named = DocumentAuthor.inPhrase(subject, context);
    if (named.isPresent()) {
      return named;
    }
    Optional<Integer> author = author(token.lemma(), subject.sentence().index(), context);
    Basis basis = author.isPresent() ? Basis.DOCUMENT : Basis.UNAUTHORED_DOCUMENT;
    return Optional.of(new Attribution(Optional.of(subject.phrase()), author, basis.rule(),
        basis.confidence()));
  }

  private static Optional<Integer> author(String documentLemma, int sentenceIndex,
      SpeakerContext context) {
    String wanted = documentLemma.toLowerCase(Locale.ROOT);
    Discourse discourse = context.discourse();
    for (int s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - REACH_SENTENCES); s--) {
      Sentence sentence = context.parsed().sentences().get(s);
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
