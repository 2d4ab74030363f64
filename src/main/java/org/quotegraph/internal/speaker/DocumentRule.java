package org.quotegraph.internal.speaker;

import java.util.ArrayList;
import java.util.List;
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
 * Otherwise the author is the one an earlier mention of the same kind of document names in its
 * own phrase ("the Civic Forum study" ... "the study said"), or the subject of the nearest
 * earlier sentence that mentions it ("Seely informed them in a letter", "Shammary said in his
 * statement").
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
    Optional<Integer> author = author(subject, context);
    Basis basis = author.isPresent() ? Basis.DOCUMENT : Basis.UNAUTHORED_DOCUMENT;
    return Optional.of(new Attribution(Optional.of(subject.phrase()), author, basis.rule(),
        basis.confidence()));
  }

  /**
   * The author of the nearest earlier mention of the same kind of document: the one that
   * mention's own phrase names ("the Civic Forum study" ... "the study said"), else the subject
   * of its sentence.
   */
  private static Optional<Integer> author(Subject subject, SpeakerContext context) {
    String wanted = subject.token().lemma().toLowerCase(Locale.ROOT);
    int sentenceIndex = subject.sentence().index();
    Discourse discourse = context.discourse();
    for (int s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - REACH_SENTENCES); s--) {
      Sentence sentence = context.parsed().sentences().get(s);
      List<Integer> mentions = mentions(sentence, wanted, discourse);
      for (int mention : mentions) {
        Subject earlier = new Subject(sentence, mention, subject.cueRule(),
            subject.cueConfidence(), subject.said());
        Optional<Integer> named =
            DocumentAuthor.inPhrase(earlier, context).flatMap(Attribution::entity);
        if (named.isPresent()) {
          return named;
        }
      }
      if (!mentions.isEmpty() && discourse.subjectOf(s).isPresent()) {
        return discourse.subjectOf(s);
      }
    }
    return Optional.empty();
  }

  /** The nouns of this lemma outside quotation marks in {@code sentence}. */
  private static List<Integer> mentions(Sentence sentence, String lemma, Discourse discourse) {
    List<Integer> found = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      if (token.isNoun() && token.lemma().equalsIgnoreCase(lemma)
          && !discourse.quotes().isInside(token.start())) {
        found.add(token.index());
      }
    }
    return found;
  }
}
