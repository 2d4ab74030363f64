package org.quotegraph.internal.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.quotegraph.EntityType;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.Names;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.entity.MentionCollector.RawMention;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.Sentence;

/**
 * The entity stage: groups the named-entity mentions of one document into entities.
 *
 * <ol>
 *   <li>{@link MentionCollector}: the runs of tokens the tagger named, one type per name;
 *   <li>{@link NameMatcher}: each shorter name joins the fuller name it stands for, nearest in the
 *       text;
 *   <li>{@link AcronymExpander}: an organisation named by an acronym gets its spelled-out form;
 *   <li>{@link TitleReader}: a person's titles and affiliations, from the words before the name
 *       and an apposition after it; gender from honorifics and first names.
 * </ol>
 *
 * <p>Stateless and thread-safe; the drafts it builds never leave a call.
 */
public final class EntityClusterer {

  /** A nickname in double quotation marks inside a person's name. */
  private static final Pattern NICKNAME = Pattern.compile("[\"\u201C][^\"\u201D]*[\"\u201D]");

  private final Lexicons lexicons = Lexicons.get();
  private final MentionCollector collector = new MentionCollector();
  private final TitleReader titles = new TitleReader();

  /** The entities of {@code parsed}, each with its mentions, titles, affiliations and gender. */
  public EntityTable cluster(ParsedText parsed) {
    List<RawMention> raw = collector.collect(parsed);
    DraftTable table = new DraftTable();
    Map<String, EntityDraft> byFullKey = new LinkedHashMap<>();
    // fuller names first, so that short forms find them; ties in text order
    // and among names of one length, those an honorific genders ("Mr. Obama") first: a plain
    // "Obama" then follows the entity they made or joined rather than the nearest fuller name,
    // which may be of the other gender ("Michelle Obama")
    Map<RawMention, Gender> honorificGenders = new HashMap<>();
    for (RawMention mention : raw) {
      honorificGenders.put(mention, honorificGender(parsed, mention));
    }
    List<RawMention> byLength = new ArrayList<>(raw);
    byLength.sort(Comparator.comparingInt((RawMention m) -> -m.words().size())
        .thenComparing(m -> honorificGenders.get(m) == Gender.UNKNOWN)
        .thenComparing(RawMention::span));
    Map<RawMention, EntityDraft> assigned = new HashMap<>();
    Map<EntityDraft, Gender> createdGender = new HashMap<>();
    Map<String, Set<EntityDraft>> gendered = new HashMap<>();
    // lookup key -> one name (type and exact words) -> its mentions by start: a name repeated a
    // thousand times is checked once, not a thousand times, for each shorter mention
    Map<String, Map<String, NavigableMap<Integer, RawMention>>> fullerByWord = new HashMap<>();
    for (RawMention mention : byLength) {
      String typedKey = mention.type() + "|" + mention.key();
      Gender gender = honorificGenders.get(mention);
      EntityDraft exact = byFullKey.get(typedKey);
      if (exact != null && gender != Gender.UNKNOWN
          && createdGender.getOrDefault(exact, gender) != gender) {
        exact = null; // "Mrs. Obama" is not the "Obama" a "Mr. Obama" made
      }
      Set<EntityDraft> sameNameGendered = gendered.getOrDefault(typedKey, Set.of());
      EntityDraft entity = exact != null ? exact
          // a plain "Obama" is the one a "Mr. Obama" of the article joined, if they joined one
          : gender == Gender.UNKNOWN && sameNameGendered.size() == 1
              ? sameNameGendered.iterator().next()
              : namesARelative(parsed, mention) ? null
              : NameMatcher.fullerName(mention, gender, fullerByWord, assigned);
      String written = nameAsWritten(parsed.text(), mention);
      if (entity == null) {
        entity = new EntityDraft(mention.type(), written);
        byFullKey.putIfAbsent(typedKey, entity);
        if (gender != Gender.UNKNOWN) {
          createdGender.put(entity, gender);
        }
      }
      assigned.put(mention, entity);
      if (gender != Gender.UNKNOWN) {
        gendered.computeIfAbsent(typedKey, k -> new LinkedHashSet<>()).add(entity);
      }
      entity.offerName(written);
      for (String key : NameMatcher.lookupKeys(mention.words())) {
        fullerByWord.computeIfAbsent(key, k -> new HashMap<>())
            .computeIfAbsent(mention.type() + "|" + String.join(" ", mention.words()),
                k -> new TreeMap<>())
            .put(mention.span().start(), mention);
      }
    }
    Set<EntityDraft> order = new LinkedHashSet<>();
    for (RawMention mention : raw) { // raw is in text order
      order.add(assigned.get(mention));
    }
    for (EntityDraft entity : order) {
      table.add(entity);
    }
    for (RawMention mention : raw) {
      table.addMention(assigned.get(mention), mention.span());
    }
    AcronymExpander.expandAcronyms(parsed.text(), table);
    for (RawMention mention : raw) {
      EntityDraft entity = assigned.get(mention);
      if (entity.type() == EntityType.PERSON) {
        Sentence sentence = parsed.sentences().get(mention.sentence());
        titles.readPremodifiers(parsed.text(), sentence, mention, entity, table);
        titles.readApposition(parsed.text(), sentence, mention, entity, table);
        learnGender(sentence, mention, entity);
      }
    }
    return table.freeze();
  }

  /**
   * "Spindler's father, Joseph": a given name alone, in apposition to someone's relation, is a
   * person of its own, not another person of the article with that given name.
   */
  private boolean namesARelative(ParsedText parsed, RawMention mention) {
    if (mention.type() != EntityType.PERSON || mention.words().size() != 1
        || !lexicons.isFirstName(mention.words().get(0))) {
      return false;
    }
    Sentence sentence = parsed.sentences().get(mention.sentence());
    int governor = sentence.governor(mention.first());
    return sentence.relation(mention.first()).equals("appos") && governor >= 0
        && sentence.token(governor).isNoun() && !sentence.token(governor).isProperNoun()
        && sentence.child(governor, "nmod:poss").isPresent();
  }

  /** The gender of the honorifics right before {@code mention} ("Mrs. Kessel"), if any. */
  private Gender honorificGender(ParsedText parsed, RawMention mention) {
    Sentence sentence = parsed.sentences().get(mention.sentence());
    for (int i = mention.first() - 1; i >= 0 && lexicons.isHonorific(sentence.token(i).word()); i--) {
      Gender gender = lexicons.honorificGender(sentence.token(i).word());
      if (gender != Gender.UNKNOWN) {
        return gender;
      }
    }
    return Gender.UNKNOWN;
  }

  /** The name as the article writes it ("Wilson-Raybould", not the tokens "Wilson - Raybould"). */
  private static String nameAsWritten(String text, RawMention mention) {
    String written = mention.span().of(text);
    if (mention.type() == EntityType.PERSON) {
      // "Riefian “Ifan” Fajarsyah" is named "Riefian Fajarsyah"
      written = NICKNAME.matcher(written).replaceAll(" ");
    }
    return Names.asWritten(written);
  }

  private void learnGender(Sentence sentence, RawMention mention, EntityDraft entity) {
    if (mention.words().size() >= 2) {
      Gender byName = lexicons.firstNameGender(mention.words().get(0));
      if (byName != Gender.UNKNOWN) {
        entity.learnGender(byName);
      }
    }
  }
}
