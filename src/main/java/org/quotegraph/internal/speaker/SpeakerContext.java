package org.quotegraph.internal.speaker;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quotegraph.QuoteKind;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.statement.Quotations;
import org.quotegraph.internal.statement.Statement;

/**
 * What the speaker rules read and write while the speaker stage runs over one document: the
 * parsed text, the statements, the attributions found so far, the entities and the discourse.
 * Mutable; confined to one run of {@link SpeakerStage}.
 */
final class SpeakerContext {

  private final ParsedText parsed;
  private final Paragraphs paragraphs;
  private final List<Statement> statements;
  private final SpeakerEntities entities;
  private final Discourse discourse;
  private final Attribution[] attributions;
  private List<String> normalisedContents;

  SpeakerContext(ParsedText parsed, Paragraphs paragraphs, List<Statement> statements,
      SpeakerEntities entities, Discourse discourse) {
    this.parsed = parsed;
    this.paragraphs = paragraphs;
    this.statements = statements;
    this.entities = entities;
    this.discourse = discourse;
    this.attributions = new Attribution[statements.size()];
  }

  ParsedText parsed() {
    return parsed;
  }

  String text() {
    return parsed.text();
  }

  Paragraphs paragraphs() {
    return paragraphs;
  }

  List<Statement> statements() {
    return statements;
  }

  Statement statement(int index) {
    return statements.get(index);
  }

  SpeakerEntities entities() {
    return entities;
  }

  Discourse discourse() {
    return discourse;
  }

  /** The attribution of statement {@code index} so far. */
  Optional<Attribution> attribution(int index) {
    return Optional.ofNullable(attributions[index]);
  }

  /** Whether statement {@code index} has a speaker so far. */
  boolean hasSpeaker(int index) {
    return attributions[index] != null && attributions[index].hasSpeaker();
  }

  /** Its kind as it stands now (see {@link Speakers#kind}). */
  QuoteKind kind(int index) {
    return Speakers.kind(statements.get(index), attribution(index));
  }

  void attribute(int index, Attribution attribution) {
    attributions[index] = attribution;
  }

  List<Optional<Attribution>> attributions() {
    return Arrays.stream(attributions).map(Optional::ofNullable).toList();
  }

  /** Each statement's words, {@linkplain Quotations#normalise normalised}; computed once. */
  List<String> normalisedContents() {
    if (normalisedContents == null) {
      normalisedContents = statements.stream()
          .map(statement -> Quotations.normalise(statement.content().of(text())))
          .toList();
    }
    return normalisedContents;
  }
}
