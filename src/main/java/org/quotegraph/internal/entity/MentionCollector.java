package org.quotegraph.internal.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;

/**
 * The first step of entity clustering: the runs of tokens the tagger named, each with one type.
 *
 * <ul>
 *   <li>A mention is a run of tokens with one entity tag (a person's with a capitalised word
 *       after it that the tagger read as an interjection, "Sandra Oh"); honorifics, titles, a
 *       possessive {@code 's} and a hyphenated modifier ("Calgary-based") are not part of it,
 *       nor is a nickname in quotation marks ("Riefian “Ifan” Fajarsyah"), though the given
 *       name before it is, tagged or not.
 *   <li>A name is given one type throughout the document (the tagger's majority, corrected by
 *       organisation words such as "group" after or inside the name).
 *   <li>An organisation or place that ends with the full name of a person tagged elsewhere is
 *       split in two ("Getty Images Kevin Vickers", a caption).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class MentionCollector {

  /** The second half of a hyphenated modifier run into a name ("Iran-backed", "Ottawa-based"). */
  private static final Set<String> HYPHEN_MODIFIERS = Set.of("based", "backed", "linked", "led",
      "owned", "run", "funded", "affiliated", "aligned", "allied", "born", "controlled");

  private final Lexicons lexicons = Lexicons.get();

  /** One run of tagged tokens, before clustering. */
  record RawMention(int sentence, int first, int last, EntityType type, List<String> words,
      Span span) {
    String key() {
      return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    RawMention withType(EntityType newType) {
      return new RawMention(sentence, first, last, newType, words, span);
    }
  }

  /** The document's mentions in text order, split and typed. */
  List<RawMention> collect(ParsedText parsed) {
    return unifyTypes(splitPersonTails(parsed, runs(parsed)));
  }

  private List<RawMention> runs(ParsedText parsed) {
    List<RawMention> mentions = new ArrayList<>();
    for (Sentence sentence : parsed.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        EntityType type = typeOf(tokens.get(i).ner());
        if (type == null) {
          i++;
          continue;
        }
        int end = i;
        while (end + 1 < tokens.size() && tokens.get(end + 1).ner().equals(tokens.get(i).ner())) {
          end++;
        }
        // "Sandra Oh": no interjection follows a name without a comma; the tagger read a surname
        while (type == EntityType.PERSON && end + 1 < tokens.size()
            && tokens.get(end + 1).isCapitalisedInterjection()) {
          end++;
        }
        addMention(parsed.text(), sentence, i, end, type, mentions);
        i = end + 1;
      }
    }
    return mentions;
  }

  private void addMention(String text, Sentence sentence, int first, int last, EntityType type,
      List<RawMention> out) {
    List<Token> tokens = sentence.tokens();
    while (last >= first && (tokens.get(last).pos().equals("POS") || tokens.get(last).isPunctuation())) {
      last--;
    }
    while (first <= last && (tokens.get(first).isPunctuation()
        || (type == EntityType.PERSON && isTitleOrHonorific(tokens.get(first).word())
            && first < last))) {
      first++;
    }
    // "Al-Qaeda-linked al-Shabaab", "Calgary-based Suncor": the modifier is not the name
    for (int t = last - 1; t > first; t--) {
      if (HYPHEN_MODIFIERS.contains(tokens.get(t).word()) && tokens.get(t - 1).word().equals("-")) {
        first = t + 1;
        break;
      }
    }
    if (type == EntityType.PERSON && startsAfterNickname(tokens, first)) {
      first -= 4;
    }
    if (first > last) {
      return;
    }
    if (type != EntityType.ORGANIZATION && organisationWordAround(sentence, first, last)) {
      type = EntityType.ORGANIZATION;
    }
    List<String> words = new ArrayList<>();
    boolean nickname = false;
    for (int t = first; t <= last; t++) {
      // "Riefian “Ifan” Fajarsyah": a person's nickname in quotation marks is not in the name
      String pos = tokens.get(t).pos();
      if (type == EntityType.PERSON && (pos.equals("``") || pos.equals("''"))) {
        nickname = pos.equals("``");
      } else if (!nickname) {
        words.add(tokens.get(t).word());
      }
    }
    if (words.isEmpty()) {
      return;
    }
    Span span = new Span(tokens.get(first).start(), tokens.get(last).end());
    out.add(new RawMention(sentence.index(), first, last, type, words, span));
  }

  /**
   * Whether a person's name starting at {@code first} follows a given name and a quoted
   * nickname the tagger left out ("Riefian “Ifan” Fajarsyah" with only the surname tagged).
   */
  private boolean startsAfterNickname(List<Token> tokens, int first) {
    return first >= 4 && tokens.get(first - 1).pos().equals("''")
        && tokens.get(first - 2).isProperNoun() && tokens.get(first - 3).pos().equals("``")
        && tokens.get(first - 4).isProperNoun()
        && !isTitleOrHonorific(tokens.get(first - 4).word());
  }

  private boolean isTitleOrHonorific(String word) {
    return lexicons.isHonorific(word) || lexicons.isTitle(word);
  }

  /** "the Harakat Al Nujaba group", "Dixon Hall Agency": the tagger often calls these places. */
  private boolean organisationWordAround(Sentence sentence, int first, int last) {
    if (lexicons.isOrganisationWord(sentence.token(last).word())) {
      return true;
    }
    if (last + 1 < sentence.size()) {
      Token next = sentence.token(last + 1);
      return next.isNoun() && lexicons.isOrganisationWord(next.word())
          && Character.isLowerCase(next.word().charAt(0));
    }
    return false;
  }

  /**
   * "Getty Images Kevin Vickers" in a caption, tagged as one organisation: when an organisation or
   * place ends with the full name of a person tagged elsewhere in the article, the two are split.
   */
  private static List<RawMention> splitPersonTails(ParsedText parsed, List<RawMention> raw) {
    Set<String> people = new HashSet<>();
    for (RawMention mention : raw) {
      if (mention.type == EntityType.PERSON && mention.words.size() >= 2) {
        people.add(mention.key());
      }
    }
    if (people.isEmpty()) {
      return raw;
    }
    List<RawMention> split = new ArrayList<>(raw.size());
    for (RawMention mention : raw) {
      int tail = mention.type == EntityType.PERSON ? 0 : personTail(mention, people);
      if (tail == 0) {
        split.add(mention);
        continue;
      }
      List<Token> tokens = parsed.sentences().get(mention.sentence).tokens();
      int cut = mention.last - tail + 1;
      split.add(new RawMention(mention.sentence, mention.first, cut - 1, mention.type,
          mention.words.subList(0, mention.words.size() - tail),
          new Span(tokens.get(mention.first).start(), tokens.get(cut - 1).end())));
      split.add(new RawMention(mention.sentence, cut, mention.last, EntityType.PERSON,
          mention.words.subList(mention.words.size() - tail, mention.words.size()),
          new Span(tokens.get(cut).start(), tokens.get(mention.last).end())));
    }
    return split;
  }

  /** How many words at the end of {@code mention} are a person's full name (0 if none). */
  private static int personTail(RawMention mention, Set<String> people) {
    for (int tail = mention.words.size() - 1; tail >= 2; tail--) {
      List<String> words = mention.words.subList(mention.words.size() - tail, mention.words.size());
      if (people.contains(String.join(" ", words).toLowerCase(Locale.ROOT))) {
        return tail;
      }
    }
    return 0;
  }

  /** One type per name: the majority of its tags, organisations winning ties. */
  private static List<RawMention> unifyTypes(List<RawMention> raw) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (RawMention mention : raw) {
      votes.computeIfAbsent(mention.key(), k -> new EnumMap<>(EntityType.class))
          .merge(mention.type, 1, Integer::sum);
    }
    List<RawMention> unified = new ArrayList<>(raw.size());
    for (RawMention mention : raw) {
      Map<EntityType, Integer> counts = votes.get(mention.key());
      EntityType best = mention.type;
      for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION)) {
        if (counts.getOrDefault(type, 0) > counts.getOrDefault(best, 0)) {
          best = type;
        } else if (counts.getOrDefault(type, 0) == counts.getOrDefault(best, 0)
            && type == EntityType.ORGANIZATION && counts.getOrDefault(type, 0) > 0) {
          best = type;
        }
      }
      unified.add(best == mention.type ? mention : mention.withType(best));
    }
    return unified;
  }

  private static EntityType typeOf(String ner) {
    switch (ner) {
      case "PERSON":
        return EntityType.PERSON;
      case "ORGANIZATION":
        return EntityType.ORGANIZATION;
      case "LOCATION":
      case "CITY":
      case "COUNTRY":
      case "STATE_OR_PROVINCE":
        return EntityType.LOCATION;
      default:
        return null;
    }
  }
}
