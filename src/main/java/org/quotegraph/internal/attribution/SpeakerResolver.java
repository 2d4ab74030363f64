package org.quotegraph.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.AttributionRule;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.entity.EntityDraft;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;

/**
 * Turns the head token of a speaker phrase into a speaker: the mention's span and, where the
 * article allows, the entity it refers to. Names resolve directly; pronouns, descriptions and
 * documents each go to their own rule; groups and organisations named by a common noun become
 * speakers in their own right.
 */
final class SpeakerResolver {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "it", "him", "her");
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "flat:name");
  private static final Set<String> RELATIVE_WORDS = Set.of("who", "which", "that", "whose");
  private static final Set<String> PLACE_NOUNS =
      Set.of("city", "country", "state", "province", "region", "town", "county", "municipality");

  private final Lexicons lexicons = Lexicons.get();
  private final PronounRule pronouns = new PronounRule();
  private final DescriptionRule descriptions = new DescriptionRule();
  private final DocumentRule documents = new DocumentRule();

  /**
   * @param explicitRule the rule to report for a named speaker (explicit subject, according to,
   *     colon introduction)
   */
  Resolution resolve(Sentence sentence, int head, AttributionRule explicitRule,
      double explicitConfidence, Discourse discourse) {
    head = personInNounRun(sentence, head);
    Token token = sentence.token(head);
    String word = token.word().toLowerCase(Locale.ROOT);
    Span headSpan = new Span(token.start(), token.end());
    if (PRONOUNS.contains(word)) {
      Optional<EntityDraft> entity = pronouns.resolve(word, token.start(), discourse);
      return new Resolution(headSpan, entity, AttributionRule.PRONOUN, entity.isPresent() ? 0.75 : 0.3);
    }
    Span mention = mentionSpan(sentence, head);
    Optional<Integer> namedPart = namedDependent(sentence, head);
    if (!token.isNamed() && namedPart.isPresent()) {
      Token name = sentence.token(namedPart.get());
      Optional<EntityDraft> entity = discourse.entities().at(new Span(name.start(), name.end()));
      if (entity.isPresent()) {
        Span nameMention = mentionSpan(sentence, namedPart.get());
        return new Resolution(union(mention, nameMention), entity, explicitRule, explicitConfidence);
      }
    }
    if (token.isNamed() || token.isProperNoun()) {
      Optional<EntityDraft> entity = discourse.entities().at(headSpan);
      if (entity.isEmpty()) {
        entity = discourse.entities().at(mention);
      }
      if (entity.isEmpty()) {
        entity = Optional.of(untaggedName(sentence, head, discourse));
      }
      if (entity.get().type() != EntityType.PERSON && !entity.get().name().contains(" ")) {
        // "Ford said": a surname the tagger read as a company, when the article names a person
        Optional<EntityDraft> person = personEndingWith(entity.get().name(), token.start(), discourse);
        if (person.isPresent()) {
          discourse.entities().addMention(person.get(), headSpan);
          entity = person;
        }
      }
      if (token.pos().equals("NNPS") && !token.isNamed() && entity.get().type() != EntityType.GROUP) {
        entity = Optional.of(unnamed(EntityType.GROUP, token.word(), discourse));
      }
      return new Resolution(mention, entity, explicitRule, explicitConfidence);
    }
    if (token.isNoun() && Character.isUpperCase(token.word().charAt(0))) {
      // "Guest said", "Fiddler said": a surname the tagger read as a common noun
      Optional<EntityDraft> person = personEndingWith(token.word(), token.start(), discourse);
      if (person.isPresent()) {
        discourse.entities().addMention(person.get(), headSpan);
        return new Resolution(headSpan, person, explicitRule, explicitConfidence);
      }
    }
    if (lexicons.isDocumentWord(token.lemma()) && token.isNoun()) {
      Optional<EntityDraft> author = documents.resolve(token.lemma(), sentence.index(), discourse);
      return new Resolution(mention, author, AttributionRule.DOCUMENT, author.isPresent() ? 0.7 : 0.3);
    }
    if (lexicons.isTitle(token.word()) && token.pos().equals("NN")) {
      Optional<EntityDraft> person = descriptions.resolve(token.word(), token.start(), discourse);
      if (person.isPresent()) {
        return new Resolution(mention, person, AttributionRule.DESCRIPTION, 0.7);
      }
    }
    if (token.pos().equals("NN") && hasDefiniteArticle(sentence, head) && isBare(sentence, head)) {
      Optional<EntityDraft> referent = definiteReferent(token, discourse);
      if (referent.isPresent()) {
        return new Resolution(mention, referent, AttributionRule.DESCRIPTION, 0.6);
      }
    }
    if (token.pos().equals("NN") && hasDefiniteArticle(sentence, head)
        && !lexicons.isOrganisationWord(token.word()) && !lexicons.isGroupWord(token.word())
        && !PLACE_NOUNS.contains(word) && !lexicons.isDocumentWord(token.lemma())) {
      // "the rookie defenceman said": the person the story is about at this point
      Optional<EntityDraft> person = pronouns.latestPerson(token.start(), discourse);
      if (person.isPresent()) {
        return new Resolution(mention, person, AttributionRule.DESCRIPTION, 0.55);
      }
    }
    if (token.isNoun() && lexicons.isOrganisationWord(token.word()) && !token.pos().endsWith("S")) {
      // "the harbour authority", "the union": an organisation the tagger did not name
      return new Resolution(mention, Optional.of(unnamed(EntityType.ORGANIZATION,
          nameWithoutDeterminer(sentence, head, discourse), discourse)), explicitRule,
          explicitConfidence * 0.9);
    }
    if (token.isNoun()) {
      return new Resolution(mention, Optional.of(unnamed(EntityType.GROUP,
          groupName(sentence, head, discourse), discourse)), explicitRule, explicitConfidence * 0.9);
    }
    return new Resolution(mention, Optional.empty(), explicitRule, explicitConfidence * 0.5);
  }

  /**
   * "said Oilers head coach Ken Hitch": when the parser picked another word of a run of nouns as
   * the subject's head, the person named at the end of the run is the speaker.
   */
  private static int personInNounRun(Sentence sentence, int head) {
    if (sentence.token(head).ner().equals("PERSON") || !sentence.token(head).isNoun()) {
      return head;
    }
    int person = -1;
    for (int i = head + 1; i < sentence.size() && sentence.token(i).isNoun(); i++) {
      if (sentence.token(i).ner().equals("PERSON")) {
        person = i;
      }
    }
    return person >= 0 ? person : head;
  }

  /** The speaker phrase: the head with its name parts, modifiers, determiner and possessor. */
  static Span mentionSpan(Sentence sentence, int head) {
    int first = head;
    int last = head;
    List<Integer> pending = new ArrayList<>(List.of(head));
    while (!pending.isEmpty()) {
      int current = pending.remove(pending.size() - 1);
      for (Dependency arc : sentence.children(current)) {
        String relation = arc.relation();
        boolean part = NAME_PARTS.contains(relation) || relation.equals("amod")
            || relation.equals("det") || relation.equals("nummod") || relation.equals("nmod:poss")
            || (relation.equals("case") && current != head)
            || (relation.equals("nmod") && current == head && isQuantity(sentence.token(head)));
        if (part && !sentence.token(arc.dependent()).word().equals(",")) {
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

  private static boolean hasDefiniteArticle(Sentence sentence, int head) {
    return sentence.children(head).stream().anyMatch(arc -> arc.relation().equals("det")
        && sentence.token(arc.dependent()).word().equalsIgnoreCase("the"));
  }

  /** "the company" but not "the harbour authority", which names an organisation of its own. */
  private static boolean isBare(Sentence sentence, int head) {
    return sentence.children(head).stream().noneMatch(arc -> arc.relation().equals("compound")
        || arc.relation().equals("amod") || arc.relation().startsWith("nmod"));
  }

  /** "the company" → the latest organisation; "the city" → the latest place. */
  private Optional<EntityDraft> definiteReferent(Token noun, Discourse discourse) {
    EntityType wanted;
    if (lexicons.isOrganisationWord(noun.word()) || noun.word().equalsIgnoreCase("firm")) {
      wanted = EntityType.ORGANIZATION;
    } else if (PLACE_NOUNS.contains(noun.word().toLowerCase(Locale.ROOT))) {
      wanted = EntityType.LOCATION;
    } else {
      return Optional.empty();
    }
    int paragraph = discourse.paragraphs().indexOf(noun.start());
    int reach = discourse.paragraphs().start(Math.max(0, paragraph - 4));
    for (Map.Entry<Span, EntityDraft> entry : discourse.entities().mentionsBefore(noun.start())) {
      if (entry.getKey().start() < reach) {
        break;
      }
      if (entry.getValue().type() == wanted) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** "thousands of Iraqis" is the group "Iraqis"; "US officials" is "US officials". */
  private static String groupName(Sentence sentence, int head, Discourse discourse) {
    if (isQuantity(sentence.token(head))) {
      Optional<Integer> of = sentence.child(head, "nmod");
      if (of.isPresent()) {
        return nameWithoutDeterminer(sentence, of.get(), discourse);
      }
    }
    return phraseName(sentence, head, discourse);
  }

  /**
   * The whole noun phrase as a name, as the article puts it ("a person familiar with the talks",
   * "An official with the agency"), up to a comma or a relative clause, without a leading "the".
   */
  private static String phraseName(Sentence sentence, int head, Discourse discourse) {
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
      if (breaksPhrase(sentence, i, discourse) || ofHead && (relation.equals("case")
          || relation.equals("fixed") || relation.equals("mark") || relation.equals("cc"))) {
        break;
      }
      first = i;
    }
    for (int i = head + 1; i < sentence.size() && phrase.contains(i); i++) {
      Token token = sentence.token(i);
      if (breaksPhrase(sentence, i, discourse) || sentence.relation(i).startsWith("acl:relcl")
          || RELATIVE_WORDS.contains(token.word().toLowerCase(Locale.ROOT))) {
        break;
      }
      last = i;
    }
    if (sentence.token(first).word().equalsIgnoreCase("the") && first < head) {
      first++;
    }
    return discourse.text().substring(sentence.token(first).start(), sentence.token(last).end());
  }

  /** Punctuation ends a phrase, except a hyphen inside a word ("a Boston-based engineer"). */
  private static boolean breaksPhrase(Sentence sentence, int i, Discourse discourse) {
    Token token = sentence.token(i);
    if (!token.isPunctuation()) {
      return false;
    }
    String text = discourse.text();
    boolean inWord = token.word().equals("-") && token.start() > 0 && token.end() < text.length()
        && Character.isLetterOrDigit(text.charAt(token.start() - 1))
        && Character.isLetterOrDigit(text.charAt(token.end()));
    return !inWord;
  }

  private static String nameWithoutDeterminer(Sentence sentence, int head, Discourse discourse) {
    Span span = mentionSpan(sentence, head);
    int start = span.start();
    for (Token token : sentence.tokens()) {
      if (token.start() >= span.start() && token.end() <= span.end()
          && (token.pos().equals("DT") || token.pos().equals("CD")) && token.start() == start) {
        start = token.end();
        while (start < span.end() && Character.isWhitespace(discourse.text().charAt(start))) {
          start++;
        }
      }
    }
    String name = discourse.text().substring(start, span.end()).strip();
    return name.isEmpty() ? sentence.token(head).word() : name;
  }

  /** A speaker named by a common noun (a group, an organisation), one entity per name. */
  private static EntityDraft unnamed(EntityType type, String name, Discourse discourse) {
    return discourse.entities().named(type, name)
        .orElseGet(() -> {
          EntityDraft created = new EntityDraft(type, name);
          discourse.entities().add(created);
          return created;
        });
  }

  /** A named token hanging off a description: its apposition or name ("premier Adel Mahdi"). */
  private static Optional<Integer> namedDependent(Sentence sentence, int head) {
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

  private static Span union(Span a, Span b) {
    return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }

  /** The person, latest mentioned before {@code offset}, whose full name ends with {@code name}. */
  private static Optional<EntityDraft> personEndingWith(String name, int offset, Discourse discourse) {
    String suffix = " " + name.toLowerCase(Locale.ROOT);
    Optional<EntityDraft> after = Optional.empty();
    for (EntityDraft entity : discourse.entities().inTextOrder()) {
      if (entity.type() == EntityType.PERSON
          && entity.name().toLowerCase(Locale.ROOT).endsWith(suffix)) {
        if (entity.firstOffset() < offset) {
          return Optional.of(entity);
        }
        after = after.or(() -> Optional.of(entity));
      }
    }
    return after;
  }

  /** A capitalised name the tagger missed: a person, or an organisation if it says so. */
  private EntityDraft untaggedName(Sentence sentence, int head, Discourse discourse) {
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
    Span span = new Span(sentence.token(first).start(), sentence.token(last).end());
    String name = span.of(discourse.text());
    boolean organisation = false;
    for (int i = first; i <= last; i++) {
      organisation |= lexicons.isOrganisationWord(sentence.token(i).word());
    }
    EntityType type = organisation ? EntityType.ORGANIZATION : EntityType.PERSON;
    Optional<EntityDraft> known = discourse.entities().named(type, name);
    if (known.isEmpty() && type == EntityType.PERSON) {
      known = personEndingWith(name, span.start(), discourse); // "Foster" the tagger missed
    }
    if (known.isPresent()) {
      discourse.entities().addMention(known.get(), span);
      return known.get();
    }
    EntityDraft created = new EntityDraft(type, name);
    created.addMention(span);
    discourse.entities().add(created);
    return created;
  }
}
