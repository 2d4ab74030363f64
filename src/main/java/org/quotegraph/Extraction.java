package org.quotegraph;

import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link NewsExtractor#extract(Article)} found in one article: its entities, its quotes and
 * the graph joining them. Immutable and thread-safe; lists are never null.
 *
 * @param articleId the {@link Article#id()} of the analysed article
 * @param entities every entity, in order of first mention
 * @param quotes every quotation and reported statement, in text order
 * @param graph the entities and quotes joined by relations
 * @param warnings what the extractor could not fully analyse (a sentence too long to parse, an
 *     unclosed quotation mark), in text order; empty when nothing was skipped
 */
public record Extraction(
    String articleId,
    List<Entity> entities,
    List<Quote> quotes,
    SpeakerGraph graph,
    List<String> warnings) {

  /**
   * Checks the components.
   *
   * @param articleId the {@link Article#id()} of the analysed article
   * @param entities every entity, in order of first mention
   * @param quotes every quotation and reported statement, in text order
   * @param graph the entities and quotes joined by relations
   * @param warnings what the extractor could not fully analyse (a sentence too long to parse, an
   *     unclosed quotation mark), in text order; empty when nothing was skipped
   * @throws NullPointerException if an argument or list element is null
   */
  public Extraction {
    Objects.requireNonNull(articleId, "articleId");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    Objects.requireNonNull(graph, "graph");
    warnings = List.copyOf(warnings);
  }

  /**
   * {@return the quotes of every speaker entity, keyed by speaker in order of their first quote}
   */
  public ImmutableListMultimap<Entity, Quote> quotesBySpeaker() {
    return graph.quotesBySpeaker();
  }

  /**
   * The entity with identifier {@code id}, if there is one.
   *
   * @param id an {@link Entity#id()}
   * @return the entity, or empty
   */
  public Optional<Entity> entity(String id) {
    Objects.requireNonNull(id, "id");
    return entities.stream().filter(entity -> entity.id().equals(id)).findFirst();
  }

  /**
   * The speaker entity of {@code quote}, if it has one.
   *
   * @param quote a quote of this extraction
   * @return the speaker entity, or empty
   */
  public Optional<Entity> speakerOf(Quote quote) {
    Objects.requireNonNull(quote, "quote");
    return quote.speakerId().flatMap(this::entity);
  }

  /**
   * {@return the statements, in text order} They are the quotes that count as something said
   * ({@link Quote#isStatement()}): no scare quotes, and no partial quotes inside a mixed
   * statement. This is what predictions, corpus graphs and the command line count.
   */
  public List<Quote> statements() {
    return quotes.stream().filter(Quote::isStatement).toList();
  }
}
