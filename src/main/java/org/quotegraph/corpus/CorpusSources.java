package org.quotegraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quotegraph.Entity;
import org.quotegraph.Quote;

/**
 * What a corpus is built from, kept as added: the article ids, and each article's quoted entities
 * as {@link SpeakerSource}s with their statements. Who is the same speaker is decided from these
 * only when a graph is built, so that the decision can read the whole corpus. Not thread-safe.
 */
final class CorpusSources {

  private final Set<String> articleIds;
  private final List<SpeakerSource> sources;
  private final List<List<Quote>> statements;

  CorpusSources() {
    this(new LinkedHashSet<>(), new ArrayList<>(), new ArrayList<>());
  }

  private CorpusSources(Set<String> articleIds, List<SpeakerSource> sources,
      List<List<Quote>> statements) {
    this.articleIds = articleIds;
    this.sources = sources;
    this.statements = statements;
  }

  /** {@return a copy that later additions to either do not change} */
  CorpusSources copy() {
    return new CorpusSources(new LinkedHashSet<>(articleIds), new ArrayList<>(sources),
        new ArrayList<>(statements));
  }

  boolean contains(String articleId) {
    return articleIds.contains(articleId);
  }

  /**
   * Adds one article, unless an article with its id was added before; a bad article changes
   * nothing.
   *
   * @return whether the article was added
   * @throws IllegalArgumentException if a quote names a speaker that is not among {@code entities}
   */
  boolean add(String articleId, List<Entity> entities, List<Quote> quotes) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(quotes, "quotes");
    if (articleIds.contains(articleId)) {
      return false;
    }
    Map<String, Entity> entitiesById = new HashMap<>();
    for (Entity entity : entities) {
      entitiesById.put(entity.id(), entity);
    }
    Map<Entity, List<Quote>> bySpeaker = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      if (!quote.isStatement() || quote.speakerId().isEmpty()) {
        continue;
      }
      Entity speaker = entitiesById.get(quote.speakerId().get());
      if (speaker == null) {
        throw new IllegalArgumentException("quote " + quote.id() + " of article \"" + articleId
            + "\" names speaker " + quote.speakerId().get()
            + ", which is not among the article's entities");
      }
      bySpeaker.computeIfAbsent(speaker, s -> new ArrayList<>()).add(quote);
    }
    articleIds.add(articleId);
    bySpeaker.forEach((entity, said) -> {
      sources.add(new SpeakerSource(articleId, entity.id(), entity.type(), entity.name(),
          entity.titles(), entity.affiliations()));
      statements.add(List.copyOf(said));
    });
    return true;
  }

  /** {@return the article ids, in the order added} */
  List<String> articleIds() {
    return List.copyOf(articleIds);
  }

  /** {@return every source, article by article in the order added, each article's in order of
   * its first statement} */
  List<SpeakerSource> sources() {
    return List.copyOf(sources);
  }

  /** {@return the statements of the source at {@code index} of {@link #sources()}, in text order} */
  List<Quote> statements(int index) {
    return statements.get(index);
  }
}
