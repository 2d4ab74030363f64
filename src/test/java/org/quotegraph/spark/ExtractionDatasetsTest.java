package org.quotegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotegraph.Article;
import org.quotegraph.Extraction;
import org.quotegraph.SharedExtractor;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusSpeaker;
import org.quotegraph.corpus.SpeakerDirectory;

/**
 * The views of a Spark extraction on {@code local[2]}: the per-speaker aggregation and the corpus
 * graph collected from Spark equal the {@link CorpusGraph} one JVM builds from the same articles.
 */
@Tag("slow")
class ExtractionDatasetsTest {

  /** Articles in which one person speaks in two of them and by her surname alone in a third. */
  private static final List<Article> HARBOUR_STORIES = List.of(
      new Article("port-1", """
          Port to reopen after storm

          "The port will reopen on Monday, and the ferries will run to the old timetable," said \
          Helena Varga, the harbour master.

          Fishermen said they had lost a week of work.
          """),
      new Article("port-2", """
          Ferry firm counts the cost

          Harbour master Helena Varga said the sea wall had held. "We were lucky this time," she \
          said. Ferry operator Tomas Brandt said the company would ask for compensation.
          """),
      new Article("port-3", """
          Storm damage 'worse than feared'

          "Nothing we have seen since 1990 comes close," Varga told the council on Thursday.
          """));

  private static CorpusGraph singleJvmGraph(List<Extraction> extractions) {
    CorpusGraph.Builder builder = CorpusGraph.builder();
    extractions.forEach(builder::add);
    return builder.build();
  }

  private static List<List<Object>> counts(List<CorpusSpeaker> speakers) {
    return speakers.stream()
        .map(s -> List.<Object>of(s.name(), s.type().name(), (long) s.quoteCount(),
            (long) s.articleCount()))
        .toList();
  }

  private static List<List<Object>> counts(ExtractionDatasets datasets) {
    return datasets.speakers().collectAsList().stream()
        .map(row -> List.<Object>of(row.getString(1), row.getString(2), row.getLong(3),
            row.getLong(4)))
        .toList();
  }

  private static void assertSameGraph(CorpusGraph actual, CorpusGraph expected) {
    assertThat(actual.articleIds()).isEqualTo(expected.articleIds());
    assertThat(actual.speakers()).isEqualTo(expected.speakers());
    assertThat(actual.quotes()).isEqualTo(expected.quotes());
    assertThat(edges(actual)).isEqualTo(edges(expected));
  }

  private static Map<String, Integer> edges(CorpusGraph graph) {
    return graph.network().edges().stream().collect(Collectors.toMap(
        pair -> pair.nodeU().id() + "-" + pair.nodeV().id(),
        pair -> graph.network().edgeValue(pair).orElseThrow()));
  }

  @Test
  void speakers_inventedArticles_areTheCorpusGraphsSpeakersWithTheirCountsInItsOrder() {
    CorpusGraph expected = singleJvmGraph(SparkCorpus.expected());

    assertThat(expected.speakers()).hasSizeGreaterThan(15);
    assertThat(counts(SparkCorpus.datasets()))
        .isEqualTo(counts(expected.topSpeakersByQuotes(expected.speakers().size())));
  }

  @Test
  void speakers_samePersonInThreeArticlesOnceBySurname_isOneSpeakerAsInTheCorpusGraph() {
    List<Extraction> extractions = HARBOUR_STORIES.stream().map(SharedExtractor.get()::extract)
        .toList();
    CorpusGraph expected = singleJvmGraph(extractions);

    List<List<Object>> counts = counts(QuotegraphSpark.extract(
        SparkCorpus.frame(HARBOUR_STORIES), QuotegraphSparkConfig.defaults().withPartitions(3)));

    assertThat(counts).as("the surname alone joins the only full name with it")
        .anySatisfy(speaker -> assertThat(speaker).containsExactly("Helena Varga", "PERSON",
            speaker.get(2), 3L));
    assertThat(counts).isEqualTo(counts(expected.topSpeakersByQuotes(expected.speakers().size())));
  }

  @Test
  void corpusGraph_inventedArticles_equalsTheSingleJvmCorpusGraph() {
    CorpusGraph expected = singleJvmGraph(SparkCorpus.expected());

    CorpusGraph fromSpark = SparkCorpus.datasets().corpusGraph();

    assertSameGraph(fromSpark, expected);
  }

  @Test
  void corpusGraph_harbourStories_equalsTheSingleJvmCorpusGraphWithItsSharedSpeaker() {
    List<Extraction> extractions = HARBOUR_STORIES.stream().map(SharedExtractor.get()::extract)
        .toList();

    CorpusGraph fromSpark = QuotegraphSpark.extract(SparkCorpus.frame(HARBOUR_STORIES),
        QuotegraphSparkConfig.defaults().withPartitions(2)).corpusGraph();

    assertSameGraph(fromSpark, singleJvmGraph(extractions));
    assertThat(fromSpark.speakersNamed("Helena Varga")).singleElement().satisfies(varga ->
        assertThat(varga.articleIds()).containsExactly("port-1", "port-2", "port-3"));
  }

  @Test
  void speakers_withAnAliasTable_giveTheLinkedSpeakersKbId() throws IOException {
    SpeakerDirectory directory =
        SpeakerDirectory.read(new StringReader("Q3\tTomas Brandt\tBrandt\n"));

    List<Row> rows = QuotegraphSpark.extract(SparkCorpus.frame(HARBOUR_STORIES),
        QuotegraphSparkConfig.defaults().withPartitions(2)).speakers(directory).collectAsList();

    assertThat(rows).filteredOn(row -> row.getString(1).equals("Tomas Brandt"))
        .singleElement().satisfies(row -> assertThat(row.getString(5)).isEqualTo("Q3"));
    assertThat(rows).filteredOn(row -> row.getString(1).equals("Helena Varga"))
        .singleElement().satisfies(row -> assertThat(row.isNullAt(5)).isTrue());
  }

  @Test
  void corpusGraph_failedArticleAndRepeatedId_areLeftOut() {
    List<Article> input = new ArrayList<>(HARBOUR_STORIES);
    input.add(1, new Article("port-3", "\"A second article with the id port-3,\" she said."));
    input.add(new Article("too-long", HARBOUR_STORIES.get(0).text().repeat(3)));
    int limit = HARBOUR_STORIES.get(0).text().length() + 1;

    CorpusGraph fromSpark = QuotegraphSpark.extract(SparkCorpus.frame(input),
        QuotegraphSparkConfig.defaults().withMaxTextLength(limit)).corpusGraph();

    assertThat(fromSpark.articleIds()).containsExactly("port-1", "port-3", "port-2");
    assertThat(fromSpark.speakersNamed("Helena Varga")).singleElement()
        .satisfies(varga -> assertThat(varga.quoteCount()).isEqualTo(
            singleJvmGraph(List.of(SharedExtractor.get().extract(HARBOUR_STORIES.get(0)),
                SharedExtractor.get().extract(HARBOUR_STORIES.get(1))))
                .speakersNamed("Helena Varga").get(0).quoteCount()));
  }

  @Test
  void persist_keepsTheArticlesUntilUnpersist() {
    ExtractionDatasets datasets = QuotegraphSpark.extract(
        SparkCorpus.frame(HARBOUR_STORIES.subList(0, 1)), QuotegraphSparkConfig.defaults());

    assertThat(datasets.articles().storageLevel()).isEqualTo(StorageLevel.NONE());
    assertThat(datasets.persist().articles().storageLevel())
        .isEqualTo(StorageLevel.MEMORY_AND_DISK());
    assertThat(datasets.unpersist().articles().storageLevel()).isEqualTo(StorageLevel.NONE());
  }

  @Test
  void quotesAndEntities_failedArticle_giveNoRowsForIt() {
    ExtractionDatasets datasets = QuotegraphSpark.extract(
        SparkCorpus.frame(List.of(new Article("too-long", "\"Yes,\" she said.".repeat(20)))),
        QuotegraphSparkConfig.defaults().withMaxTextLength(50)).persist();

    assertThat(datasets.quotes().count()).isZero();
    assertThat(datasets.entities().count()).isZero();
    assertThat(datasets.speakers().count()).isZero();
    assertThat(datasets.errors().collectAsList()).extracting(row -> row.getString(0))
        .containsExactly("too-long");
    datasets.unpersist();
  }
}
