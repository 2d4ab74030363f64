package org.quotegraph.internal.cue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.quote.QuoteFinder;
import org.quotegraph.internal.quote.QuoteMask;

class SubjectFinderTest {

  /** The word SubjectFinder gives as the subject of the verb at {@code verb}. */
  private static Optional<String> subjectWord(String tokens, String arcs, int verb) {
    ParsedText parsed = new HandParsed().sentence(tokens, arcs).build();
    Sentence sentence = parsed.sentences().get(0);
    QuoteMask quotes = new QuoteMask(new QuoteFinder().find(parsed.text()));
    return SubjectFinder.subjectOf(sentence, verb, quotes).map(i -> sentence.token(i).word());
  }

  @Test
  void subjectOf_appositionTheParserTookForTheSubject_isThePersonBeforeIt() {
    Optional<String> subject = subjectWord("Ana/NNP/PERSON Holt/NNP/PERSON ,/, health/NN"
        + " manager/NN with/IN the/DT board/NN ,/, said/VBD/O/say the/DT plan/NN failed/VBD ./.",
        "compound 1 0, obl 9 1, punct 1 2, compound 4 3, nsubj 9 4, case 7 5, det 7 6,"
            + " nmod 4 7, punct 9 8, root -1 9, det 11 10, nsubj 12 11, ccomp 9 12, punct 9 13",
        9);

    assertThat(subject).contains("Holt");
  }

  @Test
  void subjectOf_openingPhraseTheParserTookForTheSubject_isThePersonRightBeforeTheVerb() {
    Optional<String> subject = subjectWord("At/IN a/DT site/NN for/IN the/DT project/NN ,/,"
        + " minister/NN Ana/NNP/PERSON Holt/NNP/PERSON said/VBD/O/say the/DT plan/NN"
        + " failed/VBD ./.",
        "case 2 0, det 2 1, compound 5 2, case 5 3, det 5 4, nsubj 10 5, punct 5 6, appos 5 7,"
            + " compound 9 8, nmod 7 9, root -1 10, det 12 11, nsubj 13 12, ccomp 10 13,"
            + " punct 10 14",
        10);

    assertThat(subject).contains("Holt");
  }

  @Test
  void subjectOf_descriptionOfAPersonWithoutAComma_staysTheSubject() {
    Optional<String> subject = subjectWord("The/DT lawyer/NN for/IN Ana/NNP/PERSON"
        + " Holt/NNP/PERSON said/VBD/O/say the/DT plan/NN failed/VBD ./.",
        "det 1 0, nsubj 5 1, case 4 2, compound 4 3, nmod 1 4, root -1 5, det 7 6, nsubj 8 7,"
            + " ccomp 5 8, punct 5 9",
        5);

    assertThat(subject).contains("lawyer");
  }

  @Test
  void subjectOf_participleAfterACommaUnderAMisparsedRoot_isTheSubjectOfItsVerb() {
    Optional<String> subject = subjectWord("The/DT union/NN applied/VBD for/IN a/DT review/NN"
        + " ,/, arguing/VBG/O/argue the/DT plan/NN failed/VBD ./.",
        "det 1 0, nsubj 2 1, csubj 10 2, case 5 3, det 5 4, obl 2 5, punct 2 6, dep 2 7,"
            + " det 9 8, obj 7 9, root -1 10, punct 10 11",
        7);

    assertThat(subject).contains("union");
  }
}
