package org.quotegraph.internal.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.Span;
import org.quotegraph.internal.cue.CueFinder;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;

/**
 * What the subject rules read off a speaker phrase in a parsed sentence: its extent, its name,
 * the person at the end of a run of nouns, a named apposition. Stateless.
 */
final class SubjectPhrase {

  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "it", "him", "her");
  static final Set<String> PLACE_NOUNS =
      Set.of("city", "country", "state", "province", "region", "town", "county", "municipality");
  /** Entity tags of names that date a statement rather than name anyone ("the group Monday"). */
  private static final Set<String> CALENDAR_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "flat:name");
  /** Words that open a relative clause ("the mayor, who ..."). */
  static final Set<String> RELATIVE_WORDS = Set.of("who", "which", "that", "whose");

  private SubjectPhrase() {}

  /**
   * "said Oilers head coach Ken Hitch": when the parser picked another word of a run of nouns as
   * the subject's head, the person named at the end of the run is the speaker. Likewise "the aid
   * group Nordhjem said": a common noun followed only by a name is described by it, and the
   * name, not the description, is the speaker.
   */
  static int personInNounRun(Sentence sentence, int head) {
    if (sentence.token(head).ner().equals("PERSON") || !sentence.token(head).isNoun()) {
      return head;
    }
    if (head + 1 < sentence.size() && sentence.token(head + 1).isCapitalisedInterjection()
        && sentence.governor(head + 1) == sentence.governor(head)) {
      return head + 1; // "Canadian actor Oh said": the tagger read a surname as an interjection
    }
    int person = -1;
    int lastName = -1;
    boolean allNames = true;
    // "former Bank of Canada governor David Dodge": the run goes on past the head's own name
    int after = head + 1;
    while (sentence.token(head).isNamed() && after < sentence.size()
        && sentence.token(after).ner().equals(sentence.token(head).ner())) {
      after++;
    }
    for (int i = after; i < sentence.size() && sentence.token(i).isNoun(); i++) {
      Token token = sentence.token(i);
      if (token.ner().equals("PERSON")) {
        person = i;
      }
      boolean name = token.isProperNoun() && !CALENDAR_TAGS.contains(token.ner());
      allNames &= name;
      lastName = name ? i : lastName;
    }
    if (person >= 0) {
      return person;
    }
    return allNames && lastName >= 0 && !sentence.token(head).isProperNoun() ? lastName : head;
  }

  /**
   * The speaker phrase: the head with its name parts, modifiers, determiner (with a predeterminer:
   * "all those involved") and possessor.
   */
  static Span mentionSpan(Sentence sentence, int head) {
    int first = head;
    int last = head;
    List<Integer> pending = new ArrayList<>(List.of(head));
    while (!pending.isEmpty()) {
      int current = pending.remove(pending.size() - 1);
      for (Dependency arc : sentence.children(current)) {
        String relation = arc.relation();
        boolean part = NAME_PARTS.contains(relation) || relation.equals("amod")
            || relation.startsWith("det") || relation.equals("nummod")
            || relation.equals("nmod:poss")
            || (relation.equals("case") && current != head)
            || (relation.equals("nmod") && current == head && isQuantity(sentence.token(head)));
        Token child = sentence.token(arc.dependent());
        // ", reply Ann Lee": the cue the tagger took for a noun is not part of the name
        if (part && !child.word().equals(",")
            && !CueFinder.isMistaggedReportingVerb(sentence, child)) {
          first = Math.min(first, arc.dependent());
          last = Math.max(last, arc.dependent());
          pending.add(arc.dependent());
        }
      }
    }
    if (!sentence.isParsed()) {
      // no parse: the run of tokens with the head's entity tag, or of proper nouns
      Token headToken = sentence.token(head);
      while (first > 0 && sameName(sentence.token(first - 1), headToken)) {
        first--;
      }
      while (last + 1 < sentence.size() && sameName(sentence.token(last + 1), headToken)) {
        last++;
      }
    }
    return new Span(sentence.token(first).start(), sentence.token(last).end());
  }

  private static boolean sameName(Token candidate, Token head) {
    return head.isNamed() ? candidate.ner().equals(head.ner())
        : head.isProperNoun() && candidate.isProperNoun();
  }

  private static boolean isQuantity(Token token) {
    String word = token.word().toLowerCase(Locale.ROOT);
    return word.equals("thousands") || word.equals("hundreds") || word.equals("dozens")
        || word.equals("millions") || word.equals("scores") || word.equals("dozen")
        || word.equals("hundred") || word.equals("thousand") || word.equals("few")
        || word.equals("couple") || word.equals("handful") || word.equals("group")
        || word.equals("crowd") || word.equals("crowds") || word.equals("number")
        || word.equals("majority") || word.equals("some") || word.equals("many")
        || word.equals("most") || word.equals("none") || word.equals("all")
        || word.equals("one") || word.equals("several");
  }

  /** Whether the phrase headed at {@code head} opens with "the". */
  static boolean hasDefiniteArticle(Sentence sentence, int head) {
    if (sentence.children(head).stream().anyMatch(arc -> arc.relation().equals("det")
        && sentence.token(arc.dependent()).word().equalsIgnoreCase("the"))) {
      return true;
    }
    // "the lanky, bespectacled professor": the parser hung "the" on a modifier it split off
    int before = head - 1;
    while (before >= 0 && isModifierRunWord(sentence.token(before))) {
      before--;
    }
    return before >= 0 && before < head - 1
        && sentence.token(before).word().equalsIgnoreCase("the")
        && sentence.governor(before) > before && sentence.governor(before) < head;
  }

  /** A word of a run of modifiers before a noun: an adjective, participle, comma or "and". */
  private static boolean isModifierRunWord(Token token) {
    String pos = token.pos();
    return pos.startsWith("JJ") || pos.equals("VBN") || pos.equals(",") || pos.equals("CC")
        || pos.equals("HYPH") || pos.equals("NN");
  }

  /** "the company" but not "the harbour authority", which names an organisation of its own. */
  static boolean isBare(Sentence sentence, int head) {
    return sentence.children(head).stream().noneMatch(arc -> arc.relation().equals("compound")
        || arc.relation().equals("amod") || arc.relation().startsWith("nmod"));
  }

  /** "thousands of Iraqis" is the group "Iraqis"; "US officials" is "US officials". */
  static String groupName(Sentence sentence, int head, String text) {
    if (isQuantity(sentence.token(head))) {
      Optional<Integer> of = sentence.child(head, "nmod");
      if (of.isPresent()) {
        return nameWithoutDeterminer(sentence, of.get(), text);
      }
    }
    return phraseName(sentence, head, text);
  }

  /**
   * The whole noun phrase as a name, as the article puts it ("a person familiar with the talks",
   * "An official with the agency"), up to a comma, a relative clause or "but", without a leading
   * "the".
   */
  private static String phraseName(Sentence sentence, int head, String text) {
    List<Integer> phrase = sentence.subtree(head);
    int first = head;
    int last = head;
    for (int i = head - 1; i >= 0 && phrase.contains(i); i--) {
      String relation = sentence.relation(i);
      int governor = sentence.governor(i);
      // "according to the findings" is named "the findings", but "McCallum's staff" keeps its
      // possessor and "health and environmental researchers" its first conjunct
      boolean ofHead = governor == head || governor >= 0 && sentence.governor(governor) == head
          && sentence.relation(governor).equals("case");
      if (breaksPhrase(sentence, i, text) || ofHead && (relation.equals("case")
          || relation.equals("fixed") || relation.equals("mark") || relation.equals("cc"))) {
        break;
      }
      first = i;
    }
    for (int i = head + 1; i < sentence.size() && phrase.contains(i); i++) {
      Token token = sentence.token(i);
      // "a person familiar with the talks but unauthorized to speak": "but" adds a caveat, not
      // a part of who the person is
      if (breaksPhrase(sentence, i, text) || sentence.relation(i).startsWith("acl:relcl")
          || RELATIVE_WORDS.contains(token.word().toLowerCase(Locale.ROOT))
          || token.word().equalsIgnoreCase("but")) {
        break;
      }
      last = i;
    }
    if (sentence.token(first).word().equalsIgnoreCase("the") && first < head) {
      first++;
    }
    return text.substring(sentence.token(first).start(), sentence.token(last).end());
  }

  /** Punctuation ends a phrase, except a hyphen inside a word ("a Boston-based engineer"). */
  private static boolean breaksPhrase(Sentence sentence, int i, String text) {
    Token token = sentence.token(i);
    if (!token.isPunctuation()) {
      return false;
    }
    boolean inWord = token.word().equals("-") && token.start() > 0 && token.end() < text.length()
        && Character.isLetterOrDigit(text.charAt(token.start() - 1))
        && Character.isLetterOrDigit(text.charAt(token.end()));
    return !inWord;
  }

  static String nameWithoutDeterminer(Sentence sentence, int head, String text) {
    Span span = mentionSpan(sentence, head);
    int start = span.start();
    for (Token token : sentence.tokens()) {
      if (token.start() >= span.start() && token.end() <= span.end()
          && (token.pos().equals("DT") || token.pos().equals("CD")) && token.start() == start) {
        start = token.end();
        while (start < span.end() && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
      }
    }
    String name = text.substring(start, span.end()).strip();
    return name.isEmpty() ? sentence.token(head).word() : name;
  }

  /** A named token hanging off a description: its apposition or name ("premier Adel Mahdi"). */
  static Optional<Integer> namedDependent(Sentence sentence, int head) {
    for (Dependency arc : sentence.children(head)) {
      String relation = arc.relation();
      Token dependent = sentence.token(arc.dependent());
      if (!relation.startsWith("acl") && !relation.equals("punct") && !relation.equals("nmod:poss")
          && !relation.equals("conj") && dependent.ner().equals("PERSON")) {
        return Optional.of(arc.dependent());
      }
    }
    return Optional.empty();
  }

  static Span union(Span a, Span b) {
    return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }
}
