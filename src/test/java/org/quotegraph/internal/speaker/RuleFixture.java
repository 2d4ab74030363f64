package org.quotegraph.internal.speaker;

import java.util.List;
import java.util.Optional;
import org.quotegraph.AttributionRule;
import org.quotegraph.AttributionScope;
import org.quotegraph.Span;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.cue.CueFinder;
import org.quotegraph.internal.entity.EntityClusterer;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuoteFinder;
import org.quotegraph.internal.quote.QuoteMask;
import org.quotegraph.internal.quote.QuotedSpan;
import org.quotegraph.internal.statement.Statement;
import org.quotegraph.internal.statement.StatementFinder;

/**
 * A {@link SpeakerContext} over hand-parsed text, for calling one speaker rule at a time: the
 * stages before the speaker stage run as NewsExtractor runs them, and no statement has a speaker
 * until a test gives it one ({@link #attribute(int, String)}), as an earlier pass would.
 */
final class RuleFixture {

  /** The confidence of the speakers a test gives statements by hand. */
  static final double GIVEN_CONFIDENCE = 0.9;

  final ParsedText parsed;
  final QuoteMask mask;
  final Paragraphs paragraphs;
  final EntityTable table;
  final List<Statement> statements;
  final SpeakerContext context;

  private RuleFixture(ParsedText parsed, QuoteMask mask, Paragraphs paragraphs, EntityTable table,
      List<Statement> statements, SpeakerContext context) {
    this.parsed = parsed;
    this.mask = mask;
    this.paragraphs = paragraphs;
    this.table = table;
    this.statements = statements;
    this.context = context;
  }

  static RuleFixture of(ParsedText parsed) {
    String text = parsed.text();
    List<QuotedSpan> quotations = new QuoteFinder().find(text);
    QuoteMask mask = new QuoteMask(quotations);
    Paragraphs paragraphs = new Paragraphs(text);
    EntityTable table = new EntityClusterer().cluster(parsed);
    List<Cue> cues = new CueFinder(AttributionScope.SPEECH).find(parsed, mask, paragraphs);
    List<Statement> statements = new StatementFinder(AttributionScope.SPEECH)
        .find(parsed, quotations, cues, paragraphs);
    SpeakerEntities entities = new SpeakerEntities(table);
    Discourse discourse = new Discourse(parsed, entities, mask, paragraphs);
    return new RuleFixture(parsed, mask, paragraphs, table, statements,
        new SpeakerContext(parsed, paragraphs, statements, entities, discourse));
  }

  /** The whole speaker stage over the same statements, with a context of its own. */
  Speakers runStage() {
    return new SpeakerStage().attribute(parsed, table, statements, mask, paragraphs);
  }

  /** The index of the first statement whose words include {@code words}. */
  int statement(String words) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).content().of(parsed.text()).contains(words)) {
        return i;
      }
    }
    throw new AssertionError("no statement with \"" + words + "\" in "
        + statements.stream().map(s -> s.content().of(parsed.text())).toList());
  }

  /** What {@code rule} makes of the statement with {@code words}. */
  Optional<Attribution> apply(SpeakerRule rule, String words) {
    return rule.attribute(statement(words), context);
  }

  /** The index of the entity named {@code name}. */
  int entity(String name) {
    SpeakerEntities entities = context.entities();
    for (int i = 0; i < entities.size(); i++) {
      if (entities.name(i).equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no entity named \"" + name + "\"");
  }

  /**
   * Gives statement {@code index} the speaker named {@code name}, by its explicit subject, as the
   * first pass would, and makes that speaker salient where the statement starts.
   */
  void attribute(int index, String name) {
    int entity = entity(name);
    context.attribute(index, new Attribution(Optional.empty(), Optional.of(entity),
        AttributionRule.EXPLICIT_SUBJECT, GIVEN_CONFIDENCE));
    context.discourse().addSpeaker(statements.get(index).content().start(), entity);
  }

  /** The name of the attribution's entity, or null when it has none. */
  String speaker(Attribution attribution) {
    return attribution.entity().map(context.entities()::name).orElse(null);
  }

  /** The words of the attribution's mention, or null when it has none. */
  String mention(Attribution attribution) {
    return attribution.mention().map(this::text).orElse(null);
  }

  String text(Span span) {
    return span.of(parsed.text());
  }
}
