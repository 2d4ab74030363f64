package org.quotegraph.corpus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.graph.ImmutableValueGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.Quote;

/**
 * The speakers of many articles merged into one graph: who is quoted, how often, in which
 * articles, and who is quoted alongside whom.
 *
 * <pre>{@code
 * CorpusGraph.Builder corpus = CorpusGraph.builder();
 * for (Article article : articles) {
 *   corpus.add(extractor.extract(article));
 * }
 * CorpusGraph graph = corpus.build();
 * graph.topSpeakersByQuotes(10).forEach(s -> System.out.println(s.name() + " " + s.quoteCount()));
 * }</pre>
 *
 * <p><b>Who is the same speaker.</b> Within one article, the extractor has already joined the
 * mentions of one entity. Across articles, two speakers are one node only on evidence, weighed
 * over the whole corpus when the graph is built, so that the graph does not depend on the order
 * the articles were added in:
 *
 * <ul>
 *   <li>the same entity type and the same full name of at least two words, compared without case,
 *       accents, punctuation or leading honorifics ("Dr. José Núñez" is "Jose Nunez");
 *   <li>people linked to the same id of a {@link SpeakerDirectory}, when one is given;
 *   <li>an initialled name ("Helena K. Varga") and the same name without initials;
 *   <li>a person known in an article by one word ("Varga") and the one full-name person of the
 *       corpus with that surname, when their titles, affiliations and genders do not conflict.
 *       When two people share the surname ("Helena Varga", "Peter Varga"), the one word joins
 *       the one that shares a title or an affiliation with it, if exactly one does, and
 *       otherwise stays a speaker of its own article.
 * </ul>
 *
 * <p>{@link EntityType#GROUP} speakers ("officials", "security sources"), which describe rather
 * than name, are never merged across articles, nor is a one-word name that joins no full name.
 *
 * <p><b>What is kept.</b> The statements of each speaker ({@link org.quotegraph.QuoteKind#isStatement()}, less the
 * partial quotes inside a mixed statement, whose words the statement already holds), each with
 * its article id and its spans; the speakers' titles and affiliations from every article; and,
 * for each pair of speakers quoted in the same article, the number of such articles. Article
 * texts are never held, nor are entities that are never quoted.
 *
 * <p>The graph ({@link #network()}) is undirected: its nodes are the speakers, its edges join
 * speakers quoted in the same article, and each edge's value is the number of those articles.
 *
 * <p>A {@code CorpusGraph} is immutable and thread-safe. Lists returned are never null and
 * cannot be modified.
 *
 * @see Builder
 */
public final class CorpusGraph {

  private final CorpusSources sources;
  private final ImmutableList<String> articleIds;
  private final ImmutableList<CorpusSpeaker> speakers;
  private final ImmutableListMultimap<String, SpeakerSource> sourcesBySpeakerId;
  private final Map<String, CorpusSpeaker> byId;
  /** Each speaker's position in {@link #speakers}, by id. */
  private final Map<String, Integer> order;
  private final ImmutableListMultimap<String, CorpusQuote> quotesBySpeakerId;
  private final ImmutableValueGraph<CorpusSpeaker, Integer> network;
  private final ImmutableListMultimap<String, CorpusSpeaker> speakersByOrganisation;
  private final Map<String, String> organisationNames;

  CorpusGraph(CorpusSources sources, ImmutableList<CorpusSpeaker> speakers,
      ImmutableListMultimap<String, SpeakerSource> sourcesBySpeakerId,
      ImmutableListMultimap<String, CorpusQuote> quotesBySpeakerId,
      ImmutableValueGraph<CorpusSpeaker, Integer> network) {
    this.sources = sources;
    this.articleIds = ImmutableList.copyOf(sources.articleIds());
    this.speakers = speakers;
    this.sourcesBySpeakerId = sourcesBySpeakerId;
    this.quotesBySpeakerId = quotesBySpeakerId;
    this.network = network;
    Map<String, CorpusSpeaker> ids = new HashMap<>();
    Map<String, Integer> positions = new HashMap<>();
    Map<String, String> organisations = new LinkedHashMap<>();
    Map<String, List<CorpusSpeaker>> byOrganisation = new LinkedHashMap<>();
    for (CorpusSpeaker speaker : speakers) {
      ids.put(speaker.id(), speaker);
      positions.put(speaker.id(), positions.size());
      for (String organisation : speaker.affiliations()) {
        String key = SpeakerNames.normalised(organisation);
        organisations.putIfAbsent(key, organisation);
        List<CorpusSpeaker> members = byOrganisation.computeIfAbsent(key, k -> new ArrayList<>());
        if (!members.contains(speaker)) {
          members.add(speaker);
        }
      }
    }
    ImmutableListMultimap.Builder<String, CorpusSpeaker> grouped = ImmutableListMultimap.builder();
    byOrganisation.forEach((key, members) -> grouped.putAll(organisations.get(key), members));
    this.byId = Map.copyOf(ids);
    this.order = Map.copyOf(positions);
    this.speakersByOrganisation = grouped.build();
    this.organisationNames = Map.copyOf(organisations);
  }

  /**
   * The key under which a corpus graph first groups speakers, before it weighs any evidence: the
   * speakers of two statements with equal keys are always one {@link CorpusSpeaker}, and the graph
   * may join speakers of different keys on evidence (see the class description). It holds the
   * entity type and the normalised name, plus the article's id when the name is too weak to carry
   * across articles on its own (one word, or a {@link EntityType#GROUP}): {@code
   * "PERSON/helena varga"}, {@code "PERSON/varga/article-7"}. The key is not meant for display and
   * its form may change.
   *
   * @param articleId the id of the article the entity is from
   * @param entity a speaker entity of that article
   * @return the key
   * @throws NullPointerException if an argument is null
   */
  public static String speakerKey(String articleId, Entity entity) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(entity, "entity");
    return SpeakerIdentity.key(new SpeakerSource(articleId, entity.id(), entity.type(),
        entity.name(), entity.titles(), entity.affiliations()));
  }

  /** {@return a builder for a corpus graph, with no article in it yet} */
  public static Builder builder() {
    return new Builder(new CorpusSources());
  }

  /**
   * A builder that starts from the articles of a graph built before, such as one read back with
   * {@link org.quotegraph.json.CorpusJson#read}: adding more articles to it and building gives
   * the graph that adding all the articles, in the same order, to a new builder gives.
   *
   * @param corpus the graph to start from
   * @return the builder
   * @throws NullPointerException if {@code corpus} is null
   */
  public static Builder builder(CorpusGraph corpus) {
    Objects.requireNonNull(corpus, "corpus");
    return new Builder(corpus.sources.copy());
  }

  /** {@return the ids of the articles added, in the order they were added} */
  public List<String> articleIds() {
    return articleIds;
  }

  /**
   * {@return every speaker, in order of first appearance (which is also {@link
   * CorpusSpeaker#id()} order)}
   */
  public List<CorpusSpeaker> speakers() {
    return speakers;
  }

  /**
   * The speaker with identifier {@code id}, if there is one.
   *
   * @param id a {@link CorpusSpeaker#id()}
   * @return the speaker, or empty
   */
  public Optional<CorpusSpeaker> speaker(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The speakers whose name is {@code name}, compared as speakers are merged (without case,
   * accents, punctuation or honorifics); several when the name is one word, or when the same name
   * belongs to speakers of different types.
   *
   * @param name the name to look for
   * @return the speakers, in order of first appearance; empty if none
   */
  public List<CorpusSpeaker> speakersNamed(String name) {
    Objects.requireNonNull(name, "name");
    String wanted = SpeakerNames.normalised(name);
    return speakers.stream()
        .filter(speaker -> SpeakerNames.normalised(speaker.name()).equals(wanted))
        .toList();
  }

  /**
   * The article entities {@code speaker} is made of, in the order added: what the graph weighed
   * when it made them one speaker.
   *
   * @param speaker a speaker of this graph
   * @return its sources; never empty
   * @throws IllegalArgumentException if {@code speaker} is not a speaker of this graph
   */
  public List<SpeakerSource> sources(CorpusSpeaker speaker) {
    return sourcesBySpeakerId.get(own(speaker).id());
  }

  /**
   * {@return every statement in the corpus, grouped by speaker in speaker order, each group in
   * the order added}
   */
  public List<CorpusQuote> quotes() {
    return quotesBySpeakerId.values().asList();
  }

  /**
   * The statements of {@code speaker}, in the order their articles were added, each article's in
   * text order.
   *
   * @param speaker a speaker of this graph
   * @return the statements
   * @throws IllegalArgumentException if {@code speaker} is not a speaker of this graph
   */
  public List<CorpusQuote> quotes(CorpusSpeaker speaker) {
    return quotesBySpeakerId.get(own(speaker).id());
  }

  /**
   * The {@code limit} speakers with the most statements, most first; ties go to the speaker quoted
   * in more articles, then to the one that appeared first.
   *
   * @param limit how many speakers at most
   * @return the speakers
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public List<CorpusSpeaker> topSpeakersByQuotes(int limit) {
    return top(limit, Comparator.comparingInt(CorpusSpeaker::quoteCount)
        .thenComparingInt(CorpusSpeaker::articleCount));
  }

  /**
   * The {@code limit} speakers quoted in the most articles, most first; ties go to the speaker
   * with more statements, then to the one that appeared first.
   *
   * @param limit how many speakers at most
   * @return the speakers
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public List<CorpusSpeaker> topSpeakersByArticles(int limit) {
    return top(limit, Comparator.comparingInt(CorpusSpeaker::articleCount)
        .thenComparingInt(CorpusSpeaker::quoteCount));
  }

  /**
   * The speakers quoted in at least one article that also quotes {@code speaker}, with the number
   * of such articles, most shared first (ties in order of first appearance).
   *
   * @param speaker a speaker of this graph
   * @return the co-quoted speakers
   * @throws IllegalArgumentException if {@code speaker} is not a speaker of this graph
   */
  public List<CoQuotedSpeaker> coQuoted(CorpusSpeaker speaker) {
    CorpusSpeaker own = own(speaker);
    return network.adjacentNodes(own).stream()
        .map(other -> new CoQuotedSpeaker(other, network.edgeValueOrDefault(own, other, 0)))
        .sorted(Comparator.comparingInt(CoQuotedSpeaker::sharedArticles).reversed()
            .thenComparingInt(co -> order.get(co.speaker().id())))
        .toList();
  }

  /**
   * The speakers tied to each organisation by their {@link CorpusSpeaker#affiliations()}, keyed by
   * the organisation's name as first seen (names that differ only in case, accents or punctuation
   * are one organisation), organisations and their speakers in order of first appearance.
   *
   * @return the speakers by organisation
   */
  public ImmutableListMultimap<String, CorpusSpeaker> speakersByOrganisation() {
    return speakersByOrganisation;
  }

  /**
   * The speakers affiliated with {@code organisation}, compared without case, accents or
   * punctuation; empty if none is.
   *
   * @param organisation the organisation's name
   * @return the speakers, in order of first appearance
   */
  public List<CorpusSpeaker> speakersOf(String organisation) {
    Objects.requireNonNull(organisation, "organisation");
    String name = organisationNames.get(SpeakerNames.normalised(organisation));
    return name == null ? List.of() : speakersByOrganisation.get(name);
  }

  /**
   * The graph itself, for traversal with Guava's graph API: undirected, without self-loops, nodes
   * in order of first appearance, each edge valued with the number of articles quoting both of
   * its speakers.
   *
   * @return the graph
   */
  public ImmutableValueGraph<CorpusSpeaker, Integer> network() {
    return network;
  }

  @Override
  public String toString() {
    return "CorpusGraph{articles=" + articleIds.size() + ", speakers=" + speakers.size()
        + ", quotes=" + quotesBySpeakerId.size() + ", edges=" + network.edges().size() + "}";
  }

  private CorpusSpeaker own(CorpusSpeaker speaker) {
    Objects.requireNonNull(speaker, "speaker");
    CorpusSpeaker own = byId.get(speaker.id());
    if (!speaker.equals(own)) {
      throw new IllegalArgumentException("speaker " + speaker.id() + " (" + speaker.name()
          + ") is not a speaker of this corpus graph; take speakers from this graph's own queries");
    }
    return own;
  }

  private List<CorpusSpeaker> top(int limit, Comparator<CorpusSpeaker> byCount) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
    // speakers are in id order already, and the sort is stable: ties keep first appearance
    return speakers.stream().sorted(byCount.reversed()).limit(limit).toList();
  }

  /**
   * Adds articles' extractions one at a time and builds a {@link CorpusGraph} of them. It keeps
   * only what the graph needs (each article's quoted entities and their statements), never
   * article texts, so memory grows with the number of speakers and statements, not with the
   * corpus.
   *
   * <p>Not thread-safe: extract in as many threads as you like, but add from one thread (or
   * synchronise). {@link #build()} may be called at any time and as often as wanted; each graph it
   * returns is a snapshot that later additions do not change.
   */
  public static final class Builder {

    private final CorpusSources sources;
    private SpeakerDirectory directory = SpeakerDirectory.empty();

    private Builder(CorpusSources sources) {
      this.sources = sources;
    }

    /**
     * Links people to the ids of {@code directory} when the graph is built; people with the same
     * id are one speaker. Without it no speaker has an id.
     *
     * @param directory the alias table
     * @return this builder
     * @throws NullPointerException if {@code directory} is null
     */
    public Builder directory(SpeakerDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Adds one article's speakers and statements; an article whose id was added before is left
     * out, so adding an article twice changes nothing.
     *
     * @param extraction the article's result
     * @return this builder
     * @throws NullPointerException if {@code extraction} is null
     * @throws IllegalArgumentException if a quote names a speaker id that is not among the
     *     extraction's entities
     */
    public Builder add(Extraction extraction) {
      Objects.requireNonNull(extraction, "extraction");
      return add(extraction.articleId(), extraction.entities(), extraction.quotes());
    }

    /**
     * Adds one article's speakers and statements given as the parts of its {@link Extraction},
     * exactly as {@link #add(Extraction)} does: for results that were stored or moved without
     * their graph, such as the rows of a Spark job. Of the entities only the speakers' type, name,
     * titles and affiliations are read.
     *
     * @param articleId the article's id
     * @param entities the article's entities ({@link Extraction#entities()}), or at least those
     *     that the quotes name as speakers
     * @param quotes the article's quotes ({@link Extraction#quotes()}), in text order
     * @return this builder
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if a quote names a speaker id that is not among {@code
     *     entities}; the builder is then left as it was
     */
    public Builder add(String articleId, List<Entity> entities, List<Quote> quotes) {
      sources.add(articleId, entities, quotes);
      return this;
    }

    /**
     * Whether an article with id {@code articleId} was added.
     *
     * @param articleId an article id
     * @return whether it is in the corpus
     */
    public boolean contains(String articleId) {
      return sources.contains(Objects.requireNonNull(articleId, "articleId"));
    }

    /** {@return the number of articles added so far} */
    public int articleCount() {
      return sources.articleIds().size();
    }

    /** {@return a graph of every article added so far} */
    public CorpusGraph build() {
      return CorpusAssembly.build(sources.copy(), directory);
    }
  }
}
