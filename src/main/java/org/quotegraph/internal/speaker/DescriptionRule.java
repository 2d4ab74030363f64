package org.quotegraph.internal.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotegraph.EntityType;
import org.quotegraph.Span;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;

/**
 * {@link org.quotegraph.AttributionRule#DESCRIPTION}: a description resolves to whom it
 * describes. In order:
 *
 * <ol>
 *   <li>a title ("the Iraqi premier", "the minister"): the person most recently mentioned whom
 *       the article gave that title ("Iraq's premier Adel Abdel Mahdi"), or in a headline the
 *       first so titled below;
 *   <li>"the company", "the city": the latest organisation or place, within a few paragraphs;
 *   <li>another definite common noun ("the rookie defenceman"): the person the story is about at
 *       this point.
 * </ol>
 */
final class DescriptionRule extends SubjectRule {

  /** Paragraphs at the top of an article that may be headline and standfirst. */
  private static final int HEADLINE_PARAGRAPHS = 3;
  /** How far back, in paragraphs, "the company" looks for its organisation. */
  private static final int REFERENT_PARAGRAPHS = 4;
  /** How far back, in paragraphs, "the defenceman" looks for the person the story is about. */
  private static final int PERSON_PARAGRAPHS = 3;

  private final Lexicons lexicons = Lexicons.get();

  @Override
  Optional<Attribution> attribute(Subject subject, SpeakerContext context) {
    Token token = subject.token();
    if (!token.pos().equals("NN")) {
      return Optional.empty();
    }
    if (lexicons.isTitle(token.word())) {
      Optional<Integer> person = titled(token.word(), token.start(), context);
      if (person.isPresent()) {
        return Optional.of(description(subject, person, Basis.TITLED_PERSON));
      }
    }
    if (!SubjectPhrase.hasDefiniteArticle(subject.sentence(), subject.head())) {
      return Optional.empty();
    }
    if (SubjectPhrase.isBare(subject.sentence(), subject.head())) {
      Optional<Integer> referent = definiteReferent(token, context);
      if (referent.isPresent()) {
        return Optional.of(description(subject, referent, Basis.DEFINITE_REFERENT));
      }
    }
    if (!lexicons.isOrganisationWord(token.word()) && !lexicons.isGroupWord(token.word())
        && !SubjectPhrase.PLACE_NOUNS.contains(subject.word())
        && !lexicons.isDocumentWord(token.lemma())) {
      // "the rookie defenceman said": the person the story is about at this point
      Optional<Integer> person =
          context.discourse().latestPerson(token.start(), PERSON_PARAGRAPHS);
      if (person.isPresent()) {
        return Optional.of(description(subject, person, Basis.LATEST_PERSON));
      }
    }
    return Optional.empty();
  }

  private static Attribution description(Subject subject, Optional<Integer> entity, Basis basis) {
    return new Attribution(Optional.of(subject.phrase()), entity, basis.rule(),
        basis.confidence());
  }

  /** The latest person before {@code offset} whom the article gave this title word. */
  private static Optional<Integer> titled(String titleWord, int offset, SpeakerContext context) {
    String wanted = titleWord.toLowerCase(Locale.ROOT);
    SpeakerEntities entities = context.entities();
    for (Map.Entry<Span, Integer> entry : entities.mentionsBefore(offset)) {
      int candidate = entry.getValue();
      if (entities.type(candidate) == EntityType.PERSON
          && hasTitleWord(entities.titles(candidate), wanted)) {
        return Optional.of(candidate);
      }
    }
    // a headline ("..., mayor says") names its speaker only in the body below
    if (context.paragraphs().indexOf(offset) < HEADLINE_PARAGRAPHS) {
      return entities.inTextOrder().stream()
          .filter(candidate -> entities.type(candidate) == EntityType.PERSON
              && entities.firstOffset(candidate) > offset
              && hasTitleWord(entities.titles(candidate), wanted))
          .findFirst();
    }
    return Optional.empty();
  }

  private static boolean hasTitleWord(List<String> titles, String word) {
    for (String title : titles) {
      for (String part : title.split("[\\s-]+")) {
        if (part.equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "the company" → the latest organisation; "the city" → the latest place. */
  private Optional<Integer> definiteReferent(Token noun, SpeakerContext context) {
    EntityType wanted;
    if (lexicons.isOrganisationWord(noun.word()) || noun.word().equalsIgnoreCase("firm")) {
      wanted = EntityType.ORGANIZATION;
    } else if (SubjectPhrase.PLACE_NOUNS.contains(noun.word().toLowerCase(Locale.ROOT))) {
      wanted = EntityType.LOCATION;
    } else {
      return Optional.empty();
    }
    int paragraph = context.paragraphs().indexOf(noun.start());
    int reach = context.paragraphs().start(Math.max(0, paragraph - REFERENT_PARAGRAPHS));
    SpeakerEntities entities = context.entities();
    for (Map.Entry<Span, Integer> entry : entities.mentionsBefore(noun.start())) {
      if (entry.getKey().start() < reach) {
        break;
      }
      if (entities.type(entry.getValue()) == wanted) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }
}
