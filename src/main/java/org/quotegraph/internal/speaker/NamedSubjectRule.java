package org.quotegraph.internal.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;

/**
 * A speaker phrase that names its speaker ({@code Reyes said}, {@code said the premier, Adel
 * Mahdi}, {@code according to the Pentagon}): the named entity, reported as the cue's own rule
 * ({@link org.quotegraph.AttributionRule#EXPLICIT_SUBJECT}, {@code ACCORDING_TO} or {@code
 * COLON_INTRODUCTION}). A capitalised name the tagger missed becomes an entity here; a one-word
 * name the tagger read as an organisation or a common noun ("Ford said", "Guest said") is the
 * person of that surname when the article names one, unless "the" precedes it ("according to the
 * Ledger": a person's name takes no article, so such a name the tagger did not read as a person is
 * an organisation); a title alone or a capitalised common noun
 * that opens the sentence is a group that describes its speaker, and a camel-case brand an
 * organisation. Named subjects joined by "and" speak together, as one group.
 */
final class NamedSubjectRule extends SubjectRule {

  private static final Pattern BRAND = Pattern.compile("\\p{Ll}{4,}\\p{Lu}");

  private final Lexicons lexicons = Lexicons.get();

  @Override
  Optional<Attribution> attribute(Subject subject, SpeakerContext context) {
    Sentence sentence = subject.sentence();
    Token token = subject.token();
    SpeakerEntities entities = context.entities();
    Span mention = subject.phrase();
    Optional<Integer> namedPart = SubjectPhrase.namedDependent(sentence, subject.head());
    if (!token.isNamed() && namedPart.isPresent()) {
      Token name = sentence.token(namedPart.get());
      Optional<Integer> entity = entities.at(new Span(name.start(), name.end()));
      if (entity.isPresent()) {
        Span nameMention = SubjectPhrase.mentionSpan(sentence, namedPart.get());
        return Optional.of(explicit(subject, SubjectPhrase.union(mention, nameMention), entity));
      }
    }
    if (token.isNamed() || token.isProperNoun()) {
      int entity = entities.at(subject.headSpan())
          .or(() -> entities.at(mention))
          .orElseGet(() -> untaggedName(sentence, subject.head(), context));
      if (entities.type(entity) != EntityType.PERSON && !entities.name(entity).contains(" ")
          && !afterDefiniteArticle(sentence, subject.head())) {
        // "Ford said": a surname the tagger read as a company, when the article names a person
        Optional<Integer> person = entities.personEndingWith(entities.name(entity), token.start());
        if (person.isPresent()) {
          entities.addMention(person.get(), subject.headSpan());
          entity = person.get();
        }
      }
      if (token.pos().equals("NNPS") && !token.isNamed()
          && entities.type(entity) != EntityType.GROUP) {
        entity = entities.unnamed(EntityType.GROUP, token.word(), subject.headSpan());
      }
      int speaker = entity;
      return Optional.of(coordinated(subject, mention, speaker, context)
          .orElseGet(() -> explicit(subject, mention, Optional.of(speaker))));
    }
    if (token.isNoun() && Character.isUpperCase(token.word().charAt(0))
        || token.isCapitalisedInterjection()) {
      // "Guest said", "Fiddler said", "actor Oh said": a surname the tagger read as a common
      // noun or an interjection
      Optional<Integer> person = entities.personEndingWith(token.word(), token.start());
      if (person.isPresent()) {
        entities.addMention(person.get(), subject.headSpan());
        return Optional.of(explicit(subject, subject.headSpan(), person));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether one capitalised word describes its speaker rather than names one: a title alone
   * ("Senator from Texas says"), or a common noun capitalised because it opens the sentence
   * ("Developers say", a headline's "Poll:"), which the article also writes in lower case.
   */
  private boolean describes(Sentence sentence, int index, String text) {
    String word = sentence.token(index).word();
    if (lexicons.isTitle(word) || lexicons.isHonorific(word)) {
      return true;
    }
    for (int i = 0; i < index; i++) {
      if (!sentence.token(i).isPunctuation()) {
        return false;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !lower.equals(word) && Pattern.compile("(?<!\\p{L})" + Pattern.quote(lower)
        + "(?!\\p{L})").matcher(text).find();
  }

  /**
   * "Ann Lee and Bob Ray said": both speak, so the speaker is the two of them together, a group
   * named by their names ("Ann Lee and Bob Ray"), not the first alone. A user who counts who is
   * quoted sees the pair as the pair the article quotes; neither is credited with words the
   * article gives to both.
   */
  private static Optional<Attribution> coordinated(Subject subject, Span mention, int first,
      SpeakerContext context) {
    Sentence sentence = subject.sentence();
    SpeakerEntities entities = context.entities();
    List<Integer> members = new ArrayList<>(List.of(first));
    Span whole = mention;
    for (Dependency arc : sentence.children(subject.head())) {
      Token conjunct = sentence.token(arc.dependent());
      if (!arc.relation().equals("conj") || !conjunct.isNamed()) {
        continue;
      }
      Optional<Integer> other = entities.at(new Span(conjunct.start(), conjunct.end()))
          .filter(entity -> !members.contains(entity)
              && entities.type(entity) == entities.type(first));
      if (other.isPresent()) {
        members.add(other.get());
        whole = SubjectPhrase.union(whole, SubjectPhrase.mentionSpan(sentence, arc.dependent()));
      }
    }
    if (members.size() < 2) {
      return Optional.empty();
    }
    List<String> names = members.stream().map(entities::name).toList();
    String name = String.join(", ", names.subList(0, names.size() - 1)) + " and "
        + names.get(names.size() - 1);
    int group = entities.unnamed(EntityType.GROUP, name, whole);
    return Optional.of(explicit(subject, whole, Optional.of(group)));
  }

  private static Attribution explicit(Subject subject, Span mention, Optional<Integer> entity) {
    return new Attribution(Optional.of(mention), entity, subject.cueRule(),
        subject.cueConfidence());
  }

  /**
   * Whether the name starting at {@code first} follows "the" ("the Ledger", "The Ledger"): a
   * person's name takes no article, so such a name is not a person's surname.
   */
  private static boolean afterDefiniteArticle(Sentence sentence, int first) {
    return first > 0 && isDefiniteArticle(sentence.token(first - 1));
  }

  private static boolean isDefiniteArticle(Token token) {
    return token.word().equalsIgnoreCase("the");
  }

  /**
   * A capitalised name the tagger missed: a person, or an organisation if it says so or follows
   * "the".
   */
  private int untaggedName(Sentence sentence, int head, SpeakerContext context) {
    int first = head;
    int last = head;
    while (first > 0 && sentence.token(first - 1).isProperNoun()
        && !lexicons.isTitle(sentence.token(first - 1).word())
        && !lexicons.isHonorific(sentence.token(first - 1).word())) {
      first--;
    }
    while (last + 1 < sentence.size() && sentence.token(last + 1).isProperNoun()) {
      last++;
    }
    // "al-Shabaab", "Hewlett-Packard": a hyphen inside a word (tagged HYPH, unlike a dash)
    // joins two parts of one name
    while (first > 1 && sentence.token(first - 2).isProperNoun()
        && sentence.token(first - 1).pos().equals("HYPH")) {
      first -= 2;
    }
    if (first < last && isDefiniteArticle(sentence.token(first))) {
      first++; // "The/NNP Ledger": the tagger read the article as part of the name
    }
    Span span = new Span(sentence.token(first).start(), sentence.token(last).end());
    String name = span.of(context.text());
    boolean organisation = false;
    for (int i = first; i <= last; i++) {
      organisation |= lexicons.isOrganisationWord(sentence.token(i).word());
    }
    // a capital inside a word after four lower-case letters: a brand ("PolitiFact"), longer
    // than the prefixes of surnames ("McLean", "DeSantis", "MacArthur")
    organisation |= BRAND.matcher(name).find();
    // "according to the Ledger": a person's name takes no article, a newspaper's or a firm's
    // does; a title after it ("the Senator") is left to the rules below
    String headWord = sentence.token(last).word();
    organisation |= afterDefiniteArticle(sentence, first) && !lexicons.isTitle(headWord)
        && !lexicons.isHonorific(headWord);
    EntityType type = organisation ? EntityType.ORGANIZATION : EntityType.PERSON;
    SpeakerEntities entities = context.entities();
    Optional<Integer> known = entities.named(type, name);
    if (known.isEmpty() && type == EntityType.PERSON) {
      known = entities.personEndingWith(name, span.start()); // "Foster" the tagger missed
    }
    if (known.isPresent()) {
      entities.addMention(known.get(), span);
      return known.get();
    }
    if (type == EntityType.PERSON && first == last
        && describes(sentence, first, context.text())) {
      return entities.unnamed(EntityType.GROUP, name, span);
    }
    return entities.add(type, name, Optional.of(span));
  }
}
