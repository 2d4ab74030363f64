package org.quotegraph.internal.speaker;

import java.util.Locale;
import java.util.Optional;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.nlp.Sentence;
import org.quotegraph.internal.nlp.Token;
import org.quotegraph.internal.speaker.ConfidenceTable.Basis;
import org.quotegraph.internal.speaker.ConfidenceTable.Modifier;
import org.quotegraph.internal.statement.Statement;

/**
 * A rule that reads the speaker phrase of a statement's cue: the subject of the reporting verb,
 * the source of "according to", the name before a colon. It applies only to statements with such
 * a cue.
 */
abstract class SubjectRule implements SpeakerRule {

  @Override
  public final Optional<Attribution> attribute(int index, SpeakerContext context) {
    Statement statement = context.statement(index);
    return statement.cue().filter(cue -> cue.subject().isPresent())
        .flatMap(cue -> attribute(subject(statement, cue, context), context)
            .map(found -> throughRelativePronoun(found, cue, context)));
  }

  /**
   * "Mr. Kamin, who emphasized that ...": the cue's own subject is the relative pronoun, which
   * stands for the speaker; the mention runs from the speaker's words to it, so that it covers
   * both the name and the word the verb hangs on.
   */
  private static Attribution throughRelativePronoun(Attribution found, Cue cue,
      SpeakerContext context) {
    Sentence sentence = context.parsed().sentences().get(cue.sentence());
    Optional<Integer> subject = sentence.child(cue.token(), "nsubj");
    if (found.mention().isEmpty() || subject.isEmpty()) {
      return found;
    }
    Token pronoun = sentence.token(subject.get());
    Span mention = found.mention().get();
    boolean relative =
        SubjectPhrase.RELATIVE_WORDS.contains(pronoun.word().toLowerCase(Locale.ROOT));
    if (!relative || pronoun.start() < mention.end()
        || !context.text().substring(mention.end(), pronoun.start()).matches("[\\s,]*")) {
      return found;
    }
    return new Attribution(Optional.of(SubjectPhrase.union(mention,
        new Span(pronoun.start(), pronoun.end()))), found.entity(), found.rule(),
        found.confidence());
  }

  /** The speaker the phrase gives, or empty when this rule does not read such phrases. */
  abstract Optional<Attribution> attribute(Subject subject, SpeakerContext context);

  private static Subject subject(Statement statement, Cue cue, SpeakerContext context) {
    Basis basis = switch (cue.type()) {
      case ACCORDING_TO -> Basis.ACCORDING_TO;
      case COLON -> Basis.COLON;
      case COGNITION -> Basis.BELIEF_SUBJECT;
      case SPEECH -> Basis.SPEECH_SUBJECT;
    };
    double confidence = basis.confidence();
    if (statement.kind() == QuoteKind.INDIRECT) {
      confidence = Modifier.INDIRECT.apply(confidence);
    }
    var sentence = context.parsed().sentences().get(cue.sentence());
    int head = SubjectPhrase.personInNounRun(sentence, cue.subject().get());
    return new Subject(sentence, head, basis.rule(), confidence, statement.content());
  }
}
