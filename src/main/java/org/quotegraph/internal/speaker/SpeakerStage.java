package org.quotegraph.internal.speaker;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuoteMask;
import org.quotegraph.internal.speaker.ConfidenceTable.Inheritance;
import org.quotegraph.internal.statement.Statement;

/**
 * The speaker stage: who made each statement of a document. It runs the passes below in order;
 * in each pass it visits the statements the pass is for, in text order (the fourth in reverse),
 * and gives each the speaker of the first of the pass's rules that applies.
 *
 * <ol>
 *   <li>Statements with a cue, by its speaker phrase: {@link PronounRule}, {@link
 *       NamedSubjectRule}, {@link DocumentRule}, {@link DescriptionRule}, {@link
 *       CommonNounSubjectRule}. Each speaker becomes salient at its cue, so that a later pronoun
 *       sees it.
 *   <li>The parts of a mixed statement take its speaker.
 *   <li>Quotations with no speaker yet: {@link AttributionLineRule}, {@link
 *       QuoteContinuationRule#forwards()}, {@link
 *       AdjacentQuoteRule}, {@link PreviousParagraphRule}; each speaker becomes salient at its
 *       quotation.
 *   <li>Quotations still without one, from the last to the first: {@link
 *       QuoteContinuationRule#backwards()}.
 *   <li>Quotations still without one: {@link HeadlineEchoRule}.
 *   <li>Quotations still without one: {@link PassageSubjectRule}.
 * </ol>
 *
 * <p>Statements none of these reach have no speaker; a short one with no cue stays a scare quote.
 * The stage never changes what earlier stages made: the entities it finds on the way (a group
 * speaker, a name the tagger missed, a gender) come back in {@link Speakers#entities()}.
 * Stateless and thread-safe.
 */
public final class SpeakerStage {

  private static final List<SpeakerRule> SUBJECT_RULES = List.of(new PronounRule(),
      new NamedSubjectRule(), new DocumentRule(), new DescriptionRule(),
      new CommonNounSubjectRule());
  private static final List<SpeakerRule> QUOTATION_RULES = List.of(new AttributionLineRule(),
      QuoteContinuationRule.forwards(), new AdjacentQuoteRule(), new PreviousParagraphRule());
  private static final List<SpeakerRule> CONTINUED_QUOTATION_RULES =
      List.of(QuoteContinuationRule.backwards());
  private static final List<SpeakerRule> HEADLINE_RULES = List.of(new HeadlineEchoRule());
  private static final List<SpeakerRule> PASSAGE_RULES = List.of(new PassageSubjectRule());

  /**
   * The speakers of {@code statements}.
   *
   * @param statements the document's statements, in text order
   */
  public Speakers attribute(ParsedText parsed, EntityTable table, List<Statement> statements,
      QuoteMask quotes, Paragraphs paragraphs) {
    SpeakerEntities entities = new SpeakerEntities(table);
    Discourse discourse = new Discourse(parsed, entities, quotes, paragraphs);
    SpeakerContext context = new SpeakerContext(parsed, paragraphs, statements, entities,
        discourse);
    int count = statements.size();

    for (int i = 0; i < count; i++) {
      Statement statement = statements.get(i);
      if (statement.cue().isPresent() && statement.partOf().isEmpty()) {
        int salientAt = statement.cue().get().span().start();
        int index = i;
        first(SUBJECT_RULES, i, context).ifPresent(found -> {
          context.attribute(index, found);
          found.entity().ifPresent(entity -> discourse.addSpeaker(salientAt, entity));
        });
      }
    }
    for (int i = 0; i < count; i++) {
      int part = i;
      statements.get(i).partOf().flatMap(context::attribution).ifPresent(whole -> context
          .attribute(part, whole.inherited(whole.rule(), Inheritance.PART_OF_MIXED.weight())));
    }
    IntPredicate unattributedQuotation = i -> !context.hasSpeaker(i)
        && statements.get(i).isQuotation() && statements.get(i).partOf().isEmpty();
    for (int i = 0; i < count; i++) {
      if (unattributedQuotation.test(i)) {
        int salientAt = statements.get(i).quote().orElseThrow().open();
        int index = i;
        first(QUOTATION_RULES, i, context).ifPresent(found -> {
          context.attribute(index, found);
          found.entity().ifPresent(entity -> discourse.addSpeaker(salientAt, entity));
        });
      }
    }
    for (int i = count - 1; i >= 0; i--) {
      if (unattributedQuotation.test(i)) {
        attributeByFirst(CONTINUED_QUOTATION_RULES, i, context);
      }
    }
    for (int i = 0; i < count; i++) {
      if (!context.hasSpeaker(i) && statements.get(i).isQuotation()) {
        attributeByFirst(HEADLINE_RULES, i, context);
      }
    }
    for (int i = 0; i < count; i++) {
      if (unattributedQuotation.test(i)) {
        attributeByFirst(PASSAGE_RULES, i, context);
      }
    }
    return new Speakers(context.attributions(), entities.additions());
  }

  private static void attributeByFirst(List<SpeakerRule> rules, int index,
      SpeakerContext context) {
    first(rules, index, context).ifPresent(found -> context.attribute(index, found));
  }

  /** The attribution of the first rule that applies. */
  private static Optional<Attribution> first(List<SpeakerRule> rules, int index,
      SpeakerContext context) {
    for (SpeakerRule rule : rules) {
      Optional<Attribution> found = rule.attribute(index, context);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
