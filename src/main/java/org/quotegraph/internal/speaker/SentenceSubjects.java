package org.quotegraph.internal.speaker;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quotegraph.EntityType;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.quote.QuoteMask;

/**
 * Who each sentence is about, for {@link Discourse}: the named subject a later pronoun can point
 * back to. Reads the parse when there is one, else the words. Confined to one run of the speaker
 * stage, as the entities it reads are.
 */
final class SentenceSubjects {

  /** Words for a person by their tie to another: "Park's brother", "her widow". */
  private static final Set<String> RELATIVES = Set.of("brother", "sister", "mother", "father",
      "son", "daughter", "wife", "husband", "parent", "uncle", "aunt", "cousin", "nephew", "niece",
      "grandmother", "grandfather", "grandson", "granddaughter", "widow", "widower", "fiance",
      "fiancee", "girlfriend", "boyfriend", "friend", "colleague", "neighbour", "neighbor", "child",
      "stepfather", "stepmother", "sibling");

  private final SpeakerEntities entities;
  private final QuoteMask quotes;
  /** The person or organisation named at a token, if any (not a photo credit). */
  private final Function<Token, Optional<Integer>> namedAt;

  SentenceSubjects(SpeakerEntities entities, QuoteMask quotes,
      Function<Token, Optional<Integer>> namedAt) {
    this.entities = entities;
    this.quotes = quotes;
    this.namedAt = namedAt;
  }

  /**
   * The name of the person or organisation a sentence is about: the name that closes it as its
   * source ("..., Foster believes."), else the subject of its main verb when it was parsed and the
   * parse gave one, else the name its words open with (see {@link #firstNameBeforeVerb}).
   */
  Optional<Token> find(Sentence sentence) {
    Optional<Token> source = closingSource(sentence);
    if (source.isPresent()) {
      return source;
    }
    if (sentence.isParsed()) {
      for (int i = 0; i < sentence.size(); i++) {
        if (sentence.governor(i) == -1 && sentence.relation(i).equals("root")) {
          Optional<Integer> subject = sentence.child(i, "nsubj");
          if (subject.isPresent()) {
            return subject.map(sentence::token).filter(s -> !quotes.isInside(s.start())
                && namedAt.apply(s).isPresent());
          }
        }
      }
      // a root without a subject is a parse that went astray: read the words instead
    }
    return firstNameBeforeVerb(sentence);
  }

  /**
   * "Black porters made Canada a fairer place, Foster believes.": a sentence that ends with a
   * comma, a name and a tensed verb is that name's view or words, whatever it opens with.
   */
  private Optional<Token> closingSource(Sentence sentence) {
    int last = sentence.size() - 1;
    while (last >= 0 && sentence.token(last).isPunctuation()
        && !sentence.token(last).word().equals(",")) {
      last--; // the full stop, a closing quotation mark
    }
    if (last < 2 || !sentence.token(last).isFinite()) {
      return Optional.empty();
    }
    int first = last;
    while (first > 0 && sentence.token(first - 1).isNamed()
        && sentence.token(first - 1).isProperNoun()) {
      first--;
    }
    if (first == last || first == 0 || !sentence.token(first - 1).word().equals(",")) {
      return Optional.empty();
    }
    Token name = sentence.token(last - 1);
    return quotes.isInside(name.start()) || namedAt.apply(name).isEmpty() ? Optional.empty()
        : Optional.of(name);
  }

  /**
   * The first name before the first verb with a tense (a person before an organisation), outside
   * quotation marks and brackets, and neither a possessor nor the object of a preposition; with
   * no such verb, the first name before any verb. A line with no verb ("(Lauren Pelley / CBC
   * News)", a caption credit) has no subject.
   */
  private Optional<Token> firstNameBeforeVerb(Sentence sentence) {
    Optional<Integer> first = Optional.empty();
    Optional<Token> firstToken = Optional.empty();
    Optional<Token> beforeAnyVerb = Optional.empty();
    boolean verbSeen = false;
    int brackets = 0;
    for (Token token : sentence.tokens()) {
      if (token.word().equals("(") || token.word().equals("-LRB-")) {
        brackets++;
      } else if (token.word().equals(")") || token.word().equals("-RRB-")) {
        brackets = Math.max(0, brackets - 1);
      } else if (token.isVerb() && brackets == 0) {
        if (!verbSeen) {
          verbSeen = true;
          beforeAnyVerb = firstToken;
        }
        if (token.isFinite()) {
          return firstToken;
        }
      } else if (brackets == 0 && token.isNamed() && !quotes.isInside(token.start())
          && !isPossessor(sentence, token.index()) && !isPrepositionObject(sentence, token.index())
          && (first.isEmpty() || entities.type(first.get()) != EntityType.PERSON)) {
        Optional<Integer> named = namedAt.apply(token);
        if (named.isPresent()
            && (first.isEmpty() || entities.type(named.get()) == EntityType.PERSON)) {
          first = named;
          firstToken = Optional.of(token);
        }
      }
    }
    return beforeAnyVerb;
  }


  /**
   * "Unlike Al Mnajer, he has been unable to find work": a name right after a preposition is
   * its object, not the subject. "For Ana Holt, Friday is the day she waited for" is the
   * exception: "for" opening a sentence names its topic.
   */
  private static boolean isPrepositionObject(Sentence sentence, int index) {
    int first = index;
    while (first > 0 && sentence.token(first - 1).ner().equals(sentence.token(index).ner())
        && sentence.token(first - 1).isProperNoun()) {
      first--;
    }
    if (first == 0) {
      return false;
    }
    Token before = sentence.token(first - 1);
    boolean topic = first == 1 && before.word().equalsIgnoreCase("for");
    return (before.pos().equals("IN") || before.pos().equals("TO")) && !topic;
  }

  /**
   * "Lena Park's brother spoke": a name that owns the person the sentence is about (a relative,
   * "Park's lawyer") is not its subject. A name that owns a thing ("Obama's bet is that") still
   * is.
   */
  private static boolean isPossessor(Sentence sentence, int index) {
    int next = index + 1;
    while (next < sentence.size() && sentence.token(next).ner().equals(sentence.token(index).ner())
        && sentence.token(next).isProperNoun()) {
      next++;
    }
    if (next >= sentence.size() || !sentence.token(next).pos().equals("POS")) {
      return false;
    }
    int owned = -1;
    for (int i = next + 1; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      if (token.isNoun()) {
        owned = i;
      } else if (owned >= 0 || !token.pos().startsWith("JJ")) {
        break;
      }
    }
    if (owned < 0) {
      return false;
    }
    String word = sentence.token(owned).word().toLowerCase(Locale.ROOT);
    return RELATIVES.contains(word) || Lexicons.get().isTitle(word);
  }
}
