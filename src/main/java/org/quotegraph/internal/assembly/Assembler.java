package org.quotegraph.internal.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotegraph.AttributionRule;
import org.quotegraph.Entity;
import org.quotegraph.Extraction;
import org.quotegraph.Mention;
import org.quotegraph.Quote;
import org.quotegraph.QuoteKind;
import org.quotegraph.Span;
import org.quotegraph.internal.confidence.ConfidenceFeatures;
import org.quotegraph.internal.confidence.ConfidenceModel;
import org.quotegraph.internal.cue.Cue;
import org.quotegraph.internal.entity.EntityRecord;
import org.quotegraph.internal.entity.EntityTable;
import org.quotegraph.internal.graph.GraphBuilder;
import org.quotegraph.internal.nlp.ParsedText;
import org.quotegraph.internal.speaker.Attribution;
import org.quotegraph.internal.speaker.Speakers;
import org.quotegraph.internal.statement.Statement;

/**
 * The assembly step: merges what the stages returned into one {@link Extraction}.
 *
 * <ul>
 *   <li>entities: the entity stage's, with the speakers, mentions and genders the speaker stage
 *       found; an entity with no mention is kept only if it is someone's speaker; ids {@code e1,
 *       e2, ...} in order of first mention;
 *   <li>statements: one stretch of reported speech is one statement, the better attributed of
 *       two that report it; the kind each ends with (a short quotation with no cue is a scare
 *       quote unless a rule found its speaker); a scare quote has no speaker, rule or
 *       confidence; the confidence of a statement with a speaker is the calibrated probability of
 *       {@link ConfidenceModel}; ids {@code q1, q2, ...} in text order;
 *   <li>warnings: the language stage's, then the quotation stage's (marks never closed, marks
 *       that open nothing);
 *   <li>the graph ({@link GraphBuilder}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Assembler {

  private static final ConfidenceModel CONFIDENCE = ConfidenceModel.standard();

  private final GraphBuilder graphBuilder = new GraphBuilder();

  /** An extraction with nothing in it, for a blank text. */
  public Extraction empty(String articleId) {
    return new Extraction(articleId, List.of(), List.of(),
        graphBuilder.build(List.of(), List.of(), List.of()), List.of());
  }

  /**
   * @param quotationWarnings what the quotation stage could not pair
   * @param statements the statement stage's output, in text order
   * @param speakers the speaker stage's output for those statements
   */
  public Extraction assemble(String articleId, ParsedText parsed, List<String> quotationWarnings,
      EntityTable table, List<Statement> statements, Speakers speakers) {
    String text = parsed.text();
    List<Assembled> kept = withoutDuplicates(assembled(statements, speakers));
    Entities entities = Entities.merge(table, speakers.entities(), speakersOf(kept), text);

    List<Assembled> ordered = new ArrayList<>(kept);
    ordered.sort(Comparator.comparing(Assembled::content));
    Map<Assembled, String> ids = new IdentityHashMap<>();
    for (Assembled statement : ordered) {
      ids.put(statement, "q" + (ids.size() + 1));
    }
    List<Quote> quotes = new ArrayList<>(ordered.size());
    for (Assembled statement : ordered) {
      quotes.add(statement.toQuote(ids, entities, text));
    }

    List<String> warnings = new ArrayList<>(parsed.warnings());
    warnings.addAll(quotationWarnings);
    List<Span> sentenceSpans = parsed.sentences().stream()
        .map(sentence -> new Span(sentence.start(), sentence.end()))
        .toList();
    return new Extraction(articleId, entities.list(), quotes,
        graphBuilder.build(entities.list(), quotes, sentenceSpans), warnings);
  }

  /** A statement with its speaker, while the statements are assembled. */
  private static final class Assembled {
    final Statement statement;
    final Optional<Attribution> attribution;
    final QuoteKind kind;
    /** The statement this one is part of, once duplicates are gone. */
    Assembled partOf;

    Assembled(Statement statement, Optional<Attribution> attribution) {
      this.statement = statement;
      this.attribution = attribution;
      this.kind = Speakers.kind(statement, attribution);
    }

    Span content() {
      return statement.content();
    }

    /** How strongly the speaker rules hold to the speaker, to choose between two statements. */
    double strength() {
      return attribution.map(Attribution::confidence).orElse(0.0);
    }

    Quote toQuote(Map<Assembled, String> ids, Entities entities, String text) {
      boolean scare = kind == QuoteKind.SCARE;
      Optional<Attribution> speaker = scare ? Optional.empty() : attribution;
      Optional<Mention> mention = speaker.flatMap(Attribution::mention)
          .map(span -> Mention.at(span, text));
      Optional<Entity> entity = speaker.flatMap(Attribution::entity).map(entities::get);
      Optional<Mention> cue = statement.cue().map(Cue::span).map(span -> Mention.at(span, text));
      AttributionRule rule = speaker.map(Attribution::rule).orElse(AttributionRule.NONE);
      boolean found = mention.isPresent() || entity.isPresent();
      double confidence = found ? CONFIDENCE.confidence(ConfidenceFeatures.of(rule, kind,
          cue.map(Mention::text), mention.map(Mention::text), entity.map(Entity::type),
          entity.map(Entity::name))) : 0;
      return new Quote(ids.get(this), kind, content(), content().of(text), cue, mention,
          entity.map(Entity::id), rule, confidence, statement.closed(),
          Optional.ofNullable(partOf).map(ids::get));
    }
  }

  private static List<Assembled> assembled(List<Statement> statements, Speakers speakers) {
    List<Assembled> all = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      all.add(new Assembled(statements.get(i), speakers.attributions().get(i)));
    }
    for (Assembled statement : all) {
      statement.partOf = statement.statement.partOf().map(all::get).orElse(null);
    }
    return all;
  }

  /**
   * Two cues can report the same clause ("Too often, he says, they give up", parsed both ways):
   * one stretch of reported speech is one statement, the better attributed one, and the parts of
   * the other become its parts.
   */
  private static List<Assembled> withoutDuplicates(List<Assembled> statements) {
    List<Assembled> kept = new ArrayList<>();
    for (Assembled statement : statements) {
      if (statement.statement.isQuotation()) {
        kept.add(statement);
        continue;
      }
      Optional<Assembled> twin = kept.stream()
          .filter(other -> !other.statement.isQuotation()
              && mostlyOverlap(statement.content(), other.content()))
          .findFirst();
      if (twin.isEmpty()) {
        kept.add(statement);
        continue;
      }
      Assembled better = statement.strength() > twin.get().strength() ? statement : twin.get();
      Assembled dropped = better == statement ? twin.get() : statement;
      if (better == statement) {
        kept.set(kept.indexOf(dropped), statement);
      }
      for (Assembled part : statements) {
        if (part.partOf == dropped) {
          part.partOf = better;
        }
      }
    }
    return kept;
  }

  private static boolean mostlyOverlap(Span a, Span b) {
    int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    return overlap > 0 && overlap * 2 > Math.min(a.length(), b.length());
  }

  private static Set<Integer> speakersOf(List<Assembled> statements) {
    Set<Integer> speakers = new HashSet<>();
    for (Assembled statement : statements) {
      statement.attribution.flatMap(Attribution::entity).ifPresent(speakers::add);
    }
    return speakers;
  }
}
