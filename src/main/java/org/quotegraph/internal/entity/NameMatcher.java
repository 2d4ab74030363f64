package org.quotegraph.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.quotegraph.EntityType;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.entity.MentionCollector.RawMention;

/**
 * Which fuller name a short mention stands for: a shorter person name joins the nearest fuller
 * name it ends or begins ("Shammary" joins "Nasr Al Shammary"), unless an honorific gives it the
 * other gender than the fuller name's first name ("Mr. Obama" does not join "Michelle Obama"); a
 * shorter organisation name joins
 * a fuller one that contains its words or whose initials it is; places join only their exact
 * name. Stateless and thread-safe.
 */
final class NameMatcher {

  private static final Set<String> NAME_FUNCTION_WORDS =
      Set.of("of", "for", "the", "and", "&", "de", "on", "in", "at");

  private NameMatcher() {}

  /**
   * The entity of a fuller name this short mention stands for, nearest in the text; {@code
   * gender} is what the honorifics before the short mention say, or {@link Gender#UNKNOWN}.
   */
  static EntityDraft fullerName(RawMention shorter, Gender gender,
      Map<String, Map<String, NavigableMap<Integer, RawMention>>> fullerByWord,
      Map<RawMention, EntityDraft> assigned) {
    RawMention nearestBefore = null;
    RawMention nearestAfter = null;
    String key = shorter.words().size() == 1 && isAcronym(shorter.words().get(0))
        ? "^" + shorter.words().get(0) : shorter.words().get(0).toLowerCase(Locale.ROOT);
    List<NavigableMap<Integer, RawMention>> candidates =
        new ArrayList<>(fullerByWord.getOrDefault(key, Map.of()).values());
    if (!key.startsWith("^")) {
      candidates.addAll(fullerByWord.getOrDefault(
          shorter.words().get(shorter.words().size() - 1).toLowerCase(Locale.ROOT), Map.of()).values());
    }
    for (NavigableMap<Integer, RawMention> name : candidates) {
      RawMention longer = name.firstEntry().getValue();
      if (longer.words().size() <= shorter.words().size() || !standsFor(shorter, longer)
          || conflicts(gender, longer)) {
        continue;
      }
      Map.Entry<Integer, RawMention> before = name.lowerEntry(shorter.span().start());
      if (before != null
          && (nearestBefore == null || before.getKey() > nearestBefore.span().start())) {
        nearestBefore = before.getValue();
      }
      Map.Entry<Integer, RawMention> after = name.ceilingEntry(shorter.span().start());
      if (after != null
          && (nearestAfter == null || after.getKey() < nearestAfter.span().start())) {
        nearestAfter = after.getValue();
      }
    }
    // an organisation is introduced in full and shortened afterwards ("the Hashed Al Shaabi ...
    // the Hashed"); a short name before any full one ("The Pentagon admitted ... Pentagon Joint
    // Chiefs Chairman") is an organisation of its own. People are often named short in a
    // headline before their full name, so they may look ahead.
    RawMention chosen = nearestBefore != null ? nearestBefore
        : shorter.type() == EntityType.PERSON ? nearestAfter : null;
    return chosen == null ? null : assigned.get(chosen);
  }

  /** Whether a person's fuller name has a first name of the other gender than {@code gender}. */
  private static boolean conflicts(Gender gender, RawMention longer) {
    if (gender == Gender.UNKNOWN || longer.type() != EntityType.PERSON) {
      return false;
    }
    Gender byName = Lexicons.get().firstNameGender(longer.words().get(0));
    return byName != Gender.UNKNOWN && byName != gender;
  }

  private static boolean standsFor(RawMention shorter, RawMention longer) {
    List<String> s = lower(shorter.words());
    List<String> l = lower(longer.words());
    if (shorter.type() == EntityType.PERSON && longer.type() == EntityType.PERSON) {
      return endsWith(l, s) || startsWith(l, s);
    }
    if (longer.type() == EntityType.ORGANIZATION) {
      boolean plainName = l.stream().noneMatch(NAME_FUNCTION_WORDS::contains);
      if (shorter.type() == EntityType.ORGANIZATION) {
        return l.containsAll(s) && s.stream().noneMatch(NAME_FUNCTION_WORDS::contains)
            || isAcronymOf(shorter.words(), longer.words());
      }
      // "Nujaba" tagged as a place or person, standing for "Harakat Al Nujaba"; but a person's
      // full name is not the end of an organisation's ("Getty Images Kevin Vickers", a caption)
      return plainName && s.size() == 1 && endsWith(l, s);
    }
    return false;
  }

  private static boolean isAcronymOf(List<String> shortWords, List<String> longWords) {
    return shortWords.size() == 1 && isAcronym(shortWords.get(0))
        && initials(longWords).equals(shortWords.get(0));
  }

  static boolean isAcronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
  }

  private static String initials(List<String> words) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  /** The keys under which a name can be found by its shorter forms: each word, its initials. */
  static List<String> lookupKeys(List<String> words) {
    List<String> keys = new ArrayList<>();
    for (String word : words) {
      keys.add(word.toLowerCase(Locale.ROOT));
    }
    keys.add("^" + initials(words));
    return keys;
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  private static boolean endsWith(List<String> longer, List<String> shorter) {
    return longer.size() > shorter.size()
        && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
  }

  private static boolean startsWith(List<String> longer, List<String> shorter) {
    return longer.size() > shorter.size() && longer.subList(0, shorter.size()).equals(shorter);
  }
}
