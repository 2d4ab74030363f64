package org.quotegraph.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arc helpers of {@link Sentence}, on a hand-parsed sentence. */
class SentenceTest {

  // "The mayor of Lenmouth said the ferry would run daily ."
  //  0   1     2  3        4    5   6     7     8   9     10
  private static final String[] WORDS =
      {"The", "mayor", "of", "Lenmouth", "said", "the", "ferry", "would", "run", "daily", "."};
  private static final List<Dependency> ARCS = List.of(
      new Dependency("det", 1, 0), new Dependency("nsubj", 4, 1), new Dependency("case", 3, 2),
      new Dependency("nmod", 1, 3), new Dependency("root", -1, 4), new Dependency("det", 6, 5),
      new Dependency("nsubj", 8, 6), new Dependency("aux", 8, 7), new Dependency("ccomp", 4, 8),
      new Dependency("advmod", 8, 9), new Dependency("punct", 4, 10));

  private static Sentence sentence(List<Dependency> arcs) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < WORDS.length; i++) {
      tokens.add(new Token(i, offset, offset + WORDS[i].length(), WORDS[i], WORDS[i], "NN", "O"));
      offset += WORDS[i].length() + 1;
    }
    return new Sentence(0, tokens, arcs);
  }

  @Test
  void subtree_ofEachToken_isWhatItDominates() {
    Sentence sentence = sentence(ARCS);
    for (int head = 0; head < WORDS.length; head++) {
      List<Integer> dominated = new ArrayList<>();
      for (int i = 0; i < WORDS.length; i++) {
        if (sentence.dominates(head, i)) {
          dominated.add(i);
        }
      }
      assertThat(sentence.subtree(head)).as("subtree of %s", WORDS[head]).isEqualTo(dominated);
    }
    assertThat(sentence.subtree(8)).containsExactly(5, 6, 7, 8, 9);
  }

  @Test
  void subtree_outOfRangeHead_isEmpty() {
    assertThat(sentence(ARCS).subtree(-1)).isEmpty();
  }

  @Test
  void subtree_unparsedSentence_isTheHeadAlone() {
    assertThat(sentence(List.of()).subtree(3)).containsExactly(3);
  }

  @Test
  void children_inArcOrder_rootArcFoundFromMinusOne() {
    Sentence sentence = sentence(ARCS);

    assertThat(sentence.children(4)).extracting(Dependency::dependent).containsExactly(1, 8, 10);
    assertThat(sentence.children(-1)).extracting(Dependency::dependent).containsExactly(4);
    assertThat(sentence.children(0)).isEmpty();
  }

  @Test
  void child_firstWithRelationPrefix() {
    Sentence sentence = sentence(ARCS);

    assertThat(sentence.child(8, "nsubj")).contains(6);
    assertThat(sentence.child(8, "ccomp")).isEmpty();
  }
}
