package org.quotegraph.internal;

import java.util.List;
import org.quotegraph.AttributionScope;
import org.quotegraph.Extraction;
import org.quotegraph.internal.assembly.Assembler;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.cue.CueFinder;
import org.quotegraph.internal.entity.EntityClusterer;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.quote.Paragraphs;
import org.quotegraph.internal.quote.QuoteFinder;
import org.quotegraph.internal.quote.QuoteMask;
import org.quotegraph.internal.quote.QuotedSpan;
import org.quotegraph.internal.speaker.SpeakerStage;
import org.quotegraph.internal.speaker.Speakers;
import org.quotegraph.internal.statement.Statement;
import org.quotegraph.internal.statement.StatementFinder;

/**
 * The stages after the parse, run in NewsExtractor's order over hand-parsed text, for tests that
 * need no language models. Each stage's output is kept so that a test can look at any of them.
 */
public record Stages(ParsedText parsed, List<QuotedSpan> quotations, EntityTable entities,
    List<Cue> cues, List<Statement> statements, Speakers speakers, Extraction extraction) {

  /** Runs the stages over {@code parsed} in {@code scope}. */
  public static Stages run(ParsedText parsed, AttributionScope scope) {
    QuoteFinder.Scan scan = new QuoteFinder().scan(parsed.text());
    List<QuotedSpan> quotations = scan.quotes();
    QuoteMask mask = new QuoteMask(quotations);
    Paragraphs paragraphs = new Paragraphs(parsed.text());
    EntityTable entities = new EntityClusterer().cluster(parsed);
    List<Cue> cues = new CueFinder(scope).find(parsed, mask, paragraphs);
    List<Statement> statements =
        new StatementFinder(scope).find(parsed, quotations, cues, paragraphs);
    Speakers speakers =
        new SpeakerStage().attribute(parsed, entities, statements, mask, paragraphs);
    Extraction extraction = new Assembler().assemble("hand-parsed", parsed, scan.warnings(),
        entities, statements, speakers);
    return new Stages(parsed, quotations, entities, cues, statements, speakers, extraction);
  }

  /** Runs the stages over {@code parsed} in the speech scope. */
  public static Stages run(ParsedText parsed) {
    return run(parsed, AttributionScope.SPEECH);
  }
}
