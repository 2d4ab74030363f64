package org.quotegraph.internal.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons.Gender;

/**
 * An entity while {@link EntityClusterer} builds it: its mentions so far and what the text says
 * of it. Mutable; confined to one call of the clusterer, which turns it into an {@link
 * EntityRecord}.
 */
final class EntityDraft {

  private final EntityType type;
  private String name;
  /** Each name form seen: how often, and how many words it has. */
  private final Map<String, int[]> variants = new LinkedHashMap<>();
  private final List<Span> mentions = new ArrayList<>();
  private final Set<String> titles = new LinkedHashSet<>();
  private final Set<String> affiliations = new LinkedHashSet<>();
  private Gender gender = Gender.UNKNOWN;

  EntityDraft(EntityType type, String name) {
    this.type = type;
    this.name = name;
  }

  EntityType type() {
    return type;
  }

  String name() {
    return name;
  }

  /**
   * Counts one use of a name form. The canonical name is the full form (two words or more) the
   * article uses most, but a person's name with one more word before it ("Abir Al Basha" for "Al
   * Basha") beats it; on a tie the shorter one, since a longer variant is more often a caption
   * or credit run into the name ("Getty Images Kevin Vickers") than a fuller name; a single word
   * is the name only when the article has nothing fuller; mixed case beats capitals.
   */
  void offerName(String candidate) {
    int[] seen = variants.computeIfAbsent(candidate, k -> new int[] {0, words(k)});
    seen[0]++;
    String best = name;
    int[] bestSeen = variants.get(name);
    if (bestSeen == null) { // a name given at creation and never offered
      bestSeen = new int[] {0, words(name)};
    }
    for (Map.Entry<String, int[]> variant : variants.entrySet()) {
      if (isBetter(type, variant.getKey(), variant.getValue(), best, bestSeen)) {
        best = variant.getKey();
        bestSeen = variant.getValue();
      }
    }
    name = best;
  }

  /** Words as written: "Wilson-Raybould" is one, though the tokenizer makes it three tokens. */
  private static int words(String name) {
    return name.strip().split("\\s+").length;
  }

  private static boolean isBetter(EntityType type, String candidate, int[] seen, String current,
      int[] currentSeen) {
    boolean full = seen[1] >= 2;
    boolean currentFull = currentSeen[1] >= 2;
    if (full != currentFull) {
      return full;
    }
    if (type == EntityType.PERSON && full && seen[1] != currentSeen[1]) {
      // "Abir Al Basha" over "Al Basha": a given name before a surname of two words
      if (isGivenNameBefore(candidate, seen[1], current, currentSeen[1])) {
        return true;
      }
      if (isGivenNameBefore(current, currentSeen[1], candidate, seen[1])) {
        return false;
      }
    }
    if (!full && seen[1] != currentSeen[1]) {
      return seen[1] > currentSeen[1];
    }
    if (seen[0] != currentSeen[0]) {
      return seen[0] > currentSeen[0];
    }
    if (seen[1] != currentSeen[1]) {
      return seen[1] < currentSeen[1];
    }
    return isUpperCase(current) && !isUpperCase(candidate);
  }

  private static boolean isGivenNameBefore(String longer, int longerWords, String shorter,
      int shorterWords) {
    return longerWords == shorterWords + 1 && longer.endsWith(" " + shorter);
  }

  private static boolean isUpperCase(String text) {
    return text.chars().anyMatch(Character::isLetter)
        && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  List<Span> mentions() {
    return mentions;
  }

  /** Adds a mention, keeping the mentions in text order. */
  void addMention(Span span) {
    int at = mentions.size();
    while (at > 0 && mentions.get(at - 1).compareTo(span) > 0) {
      at--;
    }
    mentions.add(at, span);
  }

  Set<String> titles() {
    return titles;
  }

  void addTitle(String title) {
    titles.add(title);
  }

  Set<String> affiliations() {
    return affiliations;
  }

  void addAffiliation(String organisation) {
    if (!organisation.equalsIgnoreCase(name)) {
      affiliations.add(organisation);
    }
  }

  Gender gender() {
    return gender;
  }

  /** Records a gender the text implies, unless one is already known. */
  void learnGender(Gender evidence) {
    if (gender == Gender.UNKNOWN) {
      gender = evidence;
    }
  }

  EntityRecord toRecord() {
    return new EntityRecord(type, name, mentions, List.copyOf(titles), List.copyOf(affiliations),
        gender);
  }

  @Override
  public String toString() {
    return type + ":" + name;
  }
}
