package org.quotegraph.internal.speaker;

import java.util.Optional;
import org.quotegraph.QuoteKind;
import org.quotegraph.internal.cue.Cue;
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
        .flatMap(cue -> attribute(subject(statement, cue, context), context));
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
