package org.quotegraph.corpus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quotegraph.Quote;
import org.quotegraph.corpus.SpeakerIdentity.Cluster;

/**
 * Makes a {@link CorpusGraph} of a corpus's sources: the speakers {@link SpeakerIdentity} finds,
 * their statements, and the co-quotation counts. Stateless.
 */
final class CorpusAssembly {

  private CorpusAssembly() {}

  static CorpusGraph build(CorpusSources corpus, SpeakerDirectory directory) {
    List<SpeakerSource> sources = corpus.sources();
    List<Cluster> clusters = SpeakerIdentity.clusters(sources, directory);
    Map<String, Integer> articleOrder = new HashMap<>();
    corpus.articleIds().forEach(id -> articleOrder.put(id, articleOrder.size()));
    List<CorpusSpeaker> nodes = new ArrayList<>(clusters.size());
    ImmutableListMultimap.Builder<String, SpeakerSource> sourcesOf = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, CorpusQuote> quotes = ImmutableListMultimap.builder();
    Map<String, Set<Integer>> speakersByArticle = new LinkedHashMap<>();
    for (Cluster cluster : clusters) {
      String id = "s" + (nodes.size() + 1);
      List<SpeakerSource> members = cluster.sources().stream().map(sources::get).toList();
      List<CorpusQuote> said = new ArrayList<>();
      for (int index : cluster.sources()) {
        String articleId = sources.get(index).articleId();
        corpus.statements(index).forEach(quote -> said.add(new CorpusQuote(articleId, id, quote)));
        speakersByArticle.computeIfAbsent(articleId, a -> new TreeSet<>()).add(nodes.size());
      }
      said.sort(Comparator.comparingInt((CorpusQuote q) -> articleOrder.get(q.articleId()))
          .thenComparing(CorpusQuote::quote, Comparator.comparing(Quote::content)));
      nodes.add(speaker(id, members, said.size(), cluster));
      sourcesOf.putAll(id, members);
      quotes.putAll(id, said);
    }
    Map<Long, Integer> shared = new LinkedHashMap<>();
    for (Set<Integer> quoted : speakersByArticle.values()) {
      List<Integer> together = new ArrayList<>(quoted);
      for (int i = 0; i < together.size(); i++) {
        for (int j = i + 1; j < together.size(); j++) {
          shared.merge(((long) together.get(i) << 32) | together.get(j), 1, Integer::sum);
        }
      }
    }
    ImmutableValueGraph.Builder<CorpusSpeaker, Integer> network =
        ValueGraphBuilder.undirected().allowsSelfLoops(false)
            .expectedNodeCount(nodes.size()).immutable();
    nodes.forEach(network::addNode);
    shared.forEach((pair, count) ->
        network.putEdgeValue(nodes.get((int) (pair >>> 32)), nodes.get((int) (long) pair), count));
    return new CorpusGraph(corpus, ImmutableList.copyOf(nodes), sourcesOf.build(), quotes.build(),
        network.build());
  }

  /**
   * The speaker of {@code members}: named by its fullest name as first seen (a full name without
   * initials before one with them, either before one word), with every title and affiliation
   * once whatever its case.
   */
  private static CorpusSpeaker speaker(String id, List<SpeakerSource> members, int quoteCount,
      Cluster cluster) {
    SpeakerSource named = members.stream()
        .min(Comparator.comparingInt(CorpusAssembly::nameRank)).orElseThrow();
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> affiliations = new LinkedHashMap<>();
    Set<String> articleIds = new LinkedHashSet<>();
    for (SpeakerSource source : members) {
      source.titles().forEach(title -> titles.putIfAbsent(caseless(title), title));
      source.affiliations().forEach(org -> affiliations.putIfAbsent(caseless(org), org));
      articleIds.add(source.articleId());
    }
    return new CorpusSpeaker(id, named.type(), named.name(), List.copyOf(titles.values()),
        List.copyOf(affiliations.values()), List.copyOf(articleIds), quoteCount,
        cluster.kbId());
  }

  private static int nameRank(SpeakerSource source) {
    List<String> words = SpeakerNames.tokens(source.name());
    if (words.size() < 2) {
      return 2;
    }
    return words.stream().allMatch(word -> word.length() > 1) ? 0 : 1;
  }

  private static String caseless(String text) {
    return SpeakerNames.normalised(text).isEmpty() ? text : SpeakerNames.normalised(text);
  }
}
