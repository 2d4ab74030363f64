package org.quotegraph.internal.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.Lexicons.Gender;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;

/**
 * Groups the named-entity mentions of one document into entities.
 *
 * <ul>
 *   <li>A mention is a run of tokens with one entity tag; honorifics, titles and a possessive
 *       {@code 's} are not part of it.
 *   <li>A name is given one type throughout the document (the tagger's majority, corrected by
 *       organisation words such as "group" after or inside the name).
 *   <li>A shorter person name joins the nearest fuller name it ends or begins ("Shammary" joins
 *       "Nasr Al Shammary"); a shorter organisation name joins a fuller one that contains its
 *       words or whose initials it is; places join only their exact name.
 *   <li>Titles and affiliations come from the words before a person's name ("Defence Secretary
 *       Mark Esper") and from an apposition after it ("X, deputy head of the Y group").
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityClusterer {

  private static final Set<String> NAME_FUNCTION_WORDS =
      Set.of("of", "for", "the", "and", "&", "de", "on", "in", "at");

  /** The second half of a hyphenated modifier run into a name ("Iran-backed", "Ottawa-based"). */
  private static final Set<String> HYPHEN_MODIFIERS = Set.of("based", "backed", "linked", "led",
      "owned", "run", "funded", "affiliated", "aligned", "allied", "born", "controlled");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

  /** Between the words of a spelled-out acronym: spaces, commas and small function words. */
  private static final String ACRONYM_GAP =
      "(?:[ \\t]*,)?[ \\t]+(?:(?:of|and|for|the|on|in|&)[ \\t]+)*";

  private final Lexicons lexicons = Lexicons.get();

  /** One run of tagged tokens, before clustering. */
  private record RawMention(int sentence, int first, int last, EntityType type, List<String> words,
      Span span) {
    String key() {
      return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    RawMention withType(EntityType newType) {
      return new RawMention(sentence, first, last, newType, words, span);
    }
  }

  public EntityTable cluster(ParsedText parsed) {
    List<RawMention> raw = splitPersonTails(parsed, collect(parsed));
    raw = unifyTypes(raw);
    EntityTable table = new EntityTable();
    Map<String, EntityDraft> byFullKey = new LinkedHashMap<>();
    // fuller names first, so that short forms find them; ties in text order
    List<RawMention> byLength = new ArrayList<>(raw);
    byLength.sort((a, b) -> b.words.size() != a.words.size()
        ? b.words.size() - a.words.size() : a.span.compareTo(b.span));
    Map<RawMention, EntityDraft> assigned = new HashMap<>();
    // lookup key -> one name (type and exact words) -> its mentions by start: a name repeated a
    // thousand times is checked once, not a thousand times, for each shorter mention
    Map<String, Map<String, NavigableMap<Integer, RawMention>>> fullerByWord = new HashMap<>();
    for (RawMention mention : byLength) {
      String typedKey = mention.type + "|" + mention.key();
      EntityDraft exact = byFullKey.get(typedKey);
      EntityDraft entity = exact != null ? exact : fullerName(mention, fullerByWord, assigned);
      String written = nameAsWritten(parsed.text(), mention);
      if (entity == null) {
        entity = new EntityDraft(mention.type, written);
        byFullKey.put(typedKey, entity);
      }
      assigned.put(mention, entity);
      entity.offerName(written);
      for (String key : lookupKeys(mention.words)) {
        fullerByWord.computeIfAbsent(key, k -> new HashMap<>())
            .computeIfAbsent(mention.type + "|" + String.join(" ", mention.words),
                k -> new TreeMap<>())
            .put(mention.span.start(), mention);
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
      table.addMention(assigned.get(mention), mention.span);
    }
    expandAcronyms(parsed.text(), table);
    for (RawMention mention : raw) {
      EntityDraft entity = assigned.get(mention);
      if (entity.type() == EntityType.PERSON) {
        Sentence sentence = parsed.sentences().get(mention.sentence);
        readPremodifiers(parsed.text(), sentence, mention, entity, table);
        readApposition(parsed.text(), sentence, mention, entity, table);
        learnGender(sentence, mention, entity);
      }
    }
    return table;
  }

  /**
   * "IRCC" is "Immigration, Refugees and Citizenship Canada" when the article spells it out,
   * though the tagger did not take the long form as one name: an organisation named by an
   * acronym gets the first run of capitalised words whose initials spell it.
   */
  private static void expandAcronyms(String text, EntityTable table) {
    for (EntityDraft entity : List.copyOf(table.entities())) {
      String name = entity.name();
      if (entity.type() != EntityType.ORGANIZATION || !ACRONYM.matcher(name).matches()) {
        continue;
      }
      StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\p{N}])");
      for (int i = 0; i < name.length(); i++) {
        if (i > 0) {
          pattern.append(ACRONYM_GAP);
        }
        pattern.append(name.charAt(i)).append("\\p{Ll}+");
      }
      pattern.append("(?![\\p{L}\\p{N}])");
      Matcher longForm = Pattern.compile(pattern.toString()).matcher(text);
      if (longForm.find()) {
        Span span = new Span(longForm.start(), longForm.end());
        String written = span.of(text).replaceAll("\\s+", " ");
        Optional<EntityDraft> named = table.at(span);
        if (named.isEmpty()) {
          table.addMention(entity, span);
        } else if (named.get() != entity && named.get().type() == EntityType.ORGANIZATION) {
          if (named.get().name().contains(written)) {
            // "U.S. Securities and Exchange Commission ... the SEC": one organisation
            table.absorb(named.get(), entity);
            continue;
          }
          if (written.endsWith(named.get().name())) {
            // "Refugees and Citizenship Canada": the tagger took the long form's tail as a name
            table.absorb(entity, named.get());
          }
        }
        entity.offerName(written);
      }
    }
  }

  /** The name as the article writes it ("Wilson-Raybould", not the tokens "Wilson - Raybould"). */
  private static String nameAsWritten(String text, RawMention mention) {
    return mention.span.of(text).replaceAll("\\s+", " ");
  }

  private List<RawMention> collect(ParsedText parsed) {
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
    if (first > last) {
      return;
    }
    if (type != EntityType.ORGANIZATION && organisationWordAround(sentence, first, last)) {
      type = EntityType.ORGANIZATION;
    }
    List<String> words = new ArrayList<>();
    for (int t = first; t <= last; t++) {
      words.add(tokens.get(t).word());
    }
    Span span = new Span(tokens.get(first).start(), tokens.get(last).end());
    out.add(new RawMention(sentence.index(), first, last, type, words, span));
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

  /** The entity of a fuller name this short mention stands for, nearest in the text. */
  private static EntityDraft fullerName(RawMention shorter,
      Map<String, Map<String, NavigableMap<Integer, RawMention>>> fullerByWord,
      Map<RawMention, EntityDraft> assigned) {
    RawMention nearestBefore = null;
    RawMention nearestAfter = null;
    String key = shorter.words.size() == 1 && isAcronym(shorter.words.get(0))
        ? "^" + shorter.words.get(0) : shorter.words.get(0).toLowerCase(Locale.ROOT);
    List<NavigableMap<Integer, RawMention>> candidates =
        new ArrayList<>(fullerByWord.getOrDefault(key, Map.of()).values());
    if (!key.startsWith("^")) {
      candidates.addAll(fullerByWord.getOrDefault(
          shorter.words.get(shorter.words.size() - 1).toLowerCase(Locale.ROOT), Map.of()).values());
    }
    for (NavigableMap<Integer, RawMention> name : candidates) {
      RawMention longer = name.firstEntry().getValue();
      if (longer.words.size() <= shorter.words.size() || !standsFor(shorter, longer)) {
        continue;
      }
      Map.Entry<Integer, RawMention> before = name.lowerEntry(shorter.span.start());
      if (before != null
          && (nearestBefore == null || before.getKey() > nearestBefore.span.start())) {
        nearestBefore = before.getValue();
      }
      Map.Entry<Integer, RawMention> after = name.ceilingEntry(shorter.span.start());
      if (after != null
          && (nearestAfter == null || after.getKey() < nearestAfter.span.start())) {
        nearestAfter = after.getValue();
      }
    }
    // an organisation is introduced in full and shortened afterwards ("the Hashed Al Shaabi ...
    // the Hashed"); a short name before any full one ("The Pentagon admitted ... Pentagon Joint
    // Chiefs Chairman") is an organisation of its own. People are often named short in a
    // headline before their full name, so they may look ahead.
    RawMention chosen = nearestBefore != null ? nearestBefore
        : shorter.type == EntityType.PERSON ? nearestAfter : null;
    return chosen == null ? null : assigned.get(chosen);
  }

  private static boolean standsFor(RawMention shorter, RawMention longer) {
    List<String> s = lower(shorter.words);
    List<String> l = lower(longer.words);
    if (shorter.type == EntityType.PERSON && longer.type == EntityType.PERSON) {
      return endsWith(l, s) || startsWith(l, s);
    }
    if (longer.type == EntityType.ORGANIZATION) {
      boolean plainName = l.stream().noneMatch(NAME_FUNCTION_WORDS::contains);
      if (shorter.type == EntityType.ORGANIZATION) {
        return l.containsAll(s) && s.stream().noneMatch(NAME_FUNCTION_WORDS::contains)
            || isAcronymOf(shorter.words, longer.words);
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

  private static boolean isAcronym(String word) {
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
  private static List<String> lookupKeys(List<String> words) {
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

  /**
   * "US Defence Secretary Mark Esper": the title-like words right before the name; an
   * organisation among them is an affiliation.
   */
  private void readPremodifiers(String text, Sentence sentence, RawMention mention,
      EntityDraft entity, EntityTable table) {
    int i = mention.first - 1;
    // the honorifics and titles stripped from the tagged run count as premodifiers too
    int titleEnd = -1;
    int titleStart = -1;
    while (i >= 0) {
      Token token = sentence.token(i);
      String word = token.word();
      if (lexicons.isHonorific(word)) {
        entity.learnGender(lexicons.honorificGender(word));
        i--;
        continue;
      }
      boolean title = lexicons.isTitle(word);
      boolean capitalised = Character.isUpperCase(word.charAt(0)) && token.isProperNoun()
          && !token.isNamed();
      if (title || (capitalised && titleEnd >= 0)) {
        if (titleEnd < 0) {
          titleEnd = i;
        }
        titleStart = i;
        i--;
      } else if (token.ner().equals("ORGANIZATION") && titleEnd >= 0) {
        table.at(new Span(token.start(), token.end()))
            .ifPresent(org -> entity.addAffiliation(org.name()));
        i--;
      } else {
        break;
      }
    }
    if (titleEnd >= 0) {
      entity.addTitle(text.substring(sentence.token(titleStart).start(),
          sentence.token(titleEnd).end()).toLowerCase(Locale.ROOT));
    } else if (i == mention.first - 1 && i >= 1 && sentence.token(i).word().equals(",")
        && lexicons.isTitle(sentence.token(i - 1).word())) {
      // "Its secretary, Tomas Reyes": a title set off before the name
      int start = i - 1;
      while (start > 0 && (lexicons.isTitle(sentence.token(start - 1).word())
          || sentence.token(start - 1).pos().equals("JJ"))) {
        start--;
      }
      entity.addTitle(text.substring(sentence.token(start).start(),
          sentence.token(i - 1).end()).toLowerCase(Locale.ROOT));
    }
  }

  /** "Nasr Al Shammary, deputy head of the Harakat Al Nujaba group, said". */
  private void readApposition(String text, Sentence sentence, RawMention mention,
      EntityDraft entity, EntityTable table) {
    int comma = mention.last + 1;
    if (comma >= sentence.size() || !sentence.token(comma).word().equals(",")) {
      return;
    }
    int i = comma + 1;
    if (i < sentence.size() && List.of("a", "an", "the").contains(
        sentence.token(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    int titleStart = i;
    int titleEnd = -1;
    while (i < sentence.size()) {
      Token token = sentence.token(i);
      if (token.isVerb() || token.isPunctuation() || token.pos().equals("IN")
          || token.pos().equals("CC") || token.pos().equals("TO") || token.isNamed()) {
        break;
      }
      if (lexicons.isTitle(token.word())) {
        titleEnd = i;
      }
      i++;
    }
    if (titleEnd < 0) {
      return;
    }
    entity.addTitle(text.substring(sentence.token(titleStart).start(),
        sentence.token(titleEnd).end()).toLowerCase(Locale.ROOT));
    // the organisation the title belongs to, up to the end of the apposition
    for (int j = titleEnd + 1; j < sentence.size(); j++) {
      Token token = sentence.token(j);
      if (token.word().equals(",") || token.isVerb()) {
        break;
      }
      if (token.isNamed()) {
        table.at(new Span(token.start(), token.end()))
            .filter(org -> org.type() == EntityType.ORGANIZATION)
            .ifPresent(org -> entity.addAffiliation(org.name()));
      }
    }
  }

  private void learnGender(Sentence sentence, RawMention mention, EntityDraft entity) {
    if (mention.words.size() >= 2) {
      Gender byName = lexicons.firstNameGender(mention.words.get(0));
      if (byName != Gender.UNKNOWN) {
        entity.learnGender(byName);
      }
    }
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
