package org.quotegraph.internal.speaker;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.nlp.Dependency;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

/**
 * The author a document's own phrase names, for {@link DocumentRule}: its possessor ("Foster's
 * book", "her statement"), a name compounded with it ("the Harbour Trust report"), or its source
 * in a prepositional phrase ("a statement from the union", "a study by the Senate committee") or
 * a participle ("the complaint, filed by the union"). The speaker is the author, not the paper:
 * a user counting who is quoted counts the union, whatever it wrote in. Stateless.
 */
final class DocumentAuthor {

  private static final Map<String, String> POSSESSIVE_PRONOUNS =
      Map.of("his", "he", "her", "she", "its", "it", "their", "they", "our", "we");

  private DocumentAuthor() {}

  /** The document's author its phrase names, as an attribution, or empty if it names none. */
  static Optional<Attribution> inPhrase(Subject subject, SpeakerContext context) {
    Sentence sentence = subject.sentence();
    int head = subject.head();
    for (Dependency arc : sentence.children(head)) {
      int dependent = arc.dependent();
      Optional<Attribution> found = switch (arc.relation()) {
        case "nmod:poss" -> possessor(subject, dependent, context);
        case "compound" -> named(subject, dependent, context);
        case "nmod" -> hasCase(sentence, dependent, "from", "by", "of")
            ? source(subject, dependent, context) : Optional.empty();
        case "acl" -> sentence.token(dependent).pos().equals("VBN")
            ? agent(subject, dependent, context) : Optional.empty();
        case "acl:relcl" -> isPassive(sentence, dependent)
            ? agent(subject, dependent, context) : Optional.empty();
        default -> Optional.empty();
      };
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** "her statement": the pronoun resolved; "Foster's book": the name. */
  private static Optional<Attribution> possessor(Subject subject, int possessor,
      SpeakerContext context) {
    Token token = subject.sentence().token(possessor);
    String pronoun = POSSESSIVE_PRONOUNS.get(token.word().toLowerCase(Locale.ROOT));
    if (pronoun == null) {
      Optional<Attribution> named = named(subject, possessor, context);
      if (named.isPresent() || !token.isProperNoun()) {
        return named;
      }
      // "Foster's book": a surname the tagger missed, of a person the article named
      Span surname = new Span(token.start(), token.end());
      Optional<Integer> person = context.entities().personEndingWith(token.word(), token.start());
      person.ifPresent(entity -> context.entities().addMention(entity, surname));
      return person.map(entity -> authored(subject, surname, entity));
    }
    return PronounRule.resolve(pronoun, token.start(), context)
        .map(entity -> authored(subject, new Span(token.start(), token.end()), entity));
  }

  /** "filed by the union": the source hanging on the participle with "by". */
  private static Optional<Attribution> agent(Subject subject, int participle,
      SpeakerContext context) {
    Sentence sentence = subject.sentence();
    for (Dependency arc : sentence.children(participle)) {
      if ((arc.relation().startsWith("obl") || arc.relation().startsWith("nmod"))
          && hasCase(sentence, arc.dependent(), "by")) {
        return source(subject, arc.dependent(), context);
      }
    }
    return Optional.empty();
  }

  /** A named source, or an organisation named by a common noun ("the union"). */
  private static Optional<Attribution> source(Subject subject, int source,
      SpeakerContext context) {
    Optional<Attribution> named = named(subject, source, context);
    Sentence sentence = subject.sentence();
    Token token = sentence.token(source);
    if (named.isPresent() || !token.isNoun() || token.pos().endsWith("S")
        || !Lexicons.get().isOrganisationWord(token.word())) {
      return named;
    }
    Span mention = SubjectPhrase.mentionSpan(sentence, source);
    int entity = context.entities().unnamed(EntityType.ORGANIZATION,
        SubjectPhrase.nameWithoutDeterminer(sentence, source, context.text()), mention);
    return Optional.of(authored(subject, mention, entity));
  }

  /**
   * The person or organisation named at {@code token}, if the article knows one there, or knows
   * one of that name elsewhere ("the Civic Forum study" where the tagger missed a name it tagged
   * in an earlier sentence).
   */
  private static Optional<Attribution> named(Subject subject, int token, SpeakerContext context) {
    Sentence sentence = subject.sentence();
    Token word = sentence.token(token);
    if (!word.isNamed() && !word.isProperNoun()) {
      return Optional.empty();
    }
    SpeakerEntities entities = context.entities();
    Span mention = SubjectPhrase.mentionSpan(sentence, token);
    Optional<Integer> entity = entities.at(new Span(word.start(), word.end()))
        .filter(found -> entities.type(found) == EntityType.PERSON
            || entities.type(found) == EntityType.ORGANIZATION);
    if (entity.isEmpty() && word.isProperNoun()) {
      String name = SubjectPhrase.nameWithoutDeterminer(sentence, token, context.text());
      entity = entities.named(EntityType.ORGANIZATION, name)
          .or(() -> entities.named(EntityType.PERSON, name));
      entity.ifPresent(found -> entities.addMention(found, mention));
    }
    return entity.map(found -> authored(subject, mention, found));
  }

  /** "which was released by the union": a relative clause in the passive voice. */
  private static boolean isPassive(Sentence sentence, int verb) {
    return sentence.children(verb).stream()
        .anyMatch(arc -> arc.relation().endsWith(":pass"));
  }

  private static Attribution authored(Subject subject, Span author, int entity) {
    return new Attribution(Optional.of(SubjectPhrase.union(subject.phrase(), author)),
        Optional.of(entity), Basis.DOCUMENT.rule(), Basis.DOCUMENT.confidence());
  }

  private static boolean hasCase(Sentence sentence, int noun, String... prepositions) {
    for (Dependency arc : sentence.children(noun)) {
      if (arc.relation().equals("case")) {
        String word = sentence.token(arc.dependent()).word().toLowerCase(Locale.ROOT);
        for (String preposition : prepositions) {
          if (word.equals(preposition)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
