package org.quotegraph.internal.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons.Gender;

/**
 * An entity while the document is being analysed: its mentions so far and what the text says of
 * it. Mutable, owned by one extraction; turned into an {@link org.quotegraph.Entity} at the end.
 */
public final class EntityDraft {

  private final EntityType type;
  private String name;
  private int nameTokens;
  private final List<Span> mentions = new ArrayList<>();
  private final Set<String> titles = new LinkedHashSet<>();
  private final Set<String> affiliations = new LinkedHashSet<>();
  private Gender gender = Gender.UNKNOWN;

  public EntityDraft(EntityType type, String name, int nameTokens) {
    this.type = type;
    this.name = name;
    this.nameTokens = nameTokens;
  }

  public EntityType type() {
    return type;
  }

  public String name() {
    return name;
  }

  /** Takes {@code candidate} as the name if it is fuller than the current one. */
  void offerName(String candidate, int tokens) {
    boolean betterCase = tokens == nameTokens && isUpperCase(name) && !isUpperCase(candidate);
    if (tokens > nameTokens || betterCase) {
      name = candidate;
      nameTokens = tokens;
    }
  }

  private static boolean isUpperCase(String text) {
    return text.chars().anyMatch(Character::isLetter)
        && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  public List<Span> mentions() {
    return mentions;
  }

  public void addMention(Span span) {
    mentions.add(span);
  }

  public int firstOffset() {
    return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.get(0).start();
  }

  public Set<String> titles() {
    return titles;
  }

  public void addTitle(String title) {
    titles.add(title);
  }

  public Set<String> affiliations() {
    return affiliations;
  }

  public void addAffiliation(String organisation) {
    if (!organisation.equalsIgnoreCase(name)) {
      affiliations.add(organisation);
    }
  }

  public Gender gender() {
    return gender;
  }

  /** Records a gender the text implies, unless one is already known. */
  public void learnGender(Gender evidence) {
    if (gender == Gender.UNKNOWN) {
      gender = evidence;
    }
  }

  @Override
  public String toString() {
    return type + ":" + name;
  }
}
