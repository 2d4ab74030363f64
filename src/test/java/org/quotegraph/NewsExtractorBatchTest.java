package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NewsExtractor#extractAll}: the same results as serial calls, in input order, with error
 * entries, in bounded memory; and one set of models per JVM. Runs the real models on {@link
 * InventedArticles}.
 */
class NewsExtractorBatchTest {

  private static final NewsExtractor EXTRACTOR = SharedExtractor.get();
  private static List<Article> articles;
  private static List<Extraction> serial;

  @BeforeAll
  static void extractSerially() {
    articles = InventedArticles.all();
    serial = articles.stream().map(EXTRACTOR::extract).toList();
  }

  private static List<BatchResult> batch(Stream<Article> input, BatchOptions options) {
    try (Stream<BatchResult> results = EXTRACTOR.extractAll(input, options)) {
      return results.toList();
    }
  }

  private static List<Extraction> extractions(List<BatchResult> results) {
    return results.stream().map(BatchResult::extractionOrThrow).toList();
  }

  @Test
  void extract_inventedArticles_findSpeakersToCompareAgainst() {
    // the equality tests below mean something only if there is something to be equal
    assertThat(serial).hasSize(20);
    assertThat(serial.stream().mapToInt(e -> e.statements().size()).sum()).isGreaterThan(25);
    assertThat(serial.stream().flatMap(e -> e.statements().stream())
        .filter(q -> q.speakerId().isPresent()).count()).isGreaterThan(20);
    assertThat(serial.get(0).entities()).extracting(Entity::name).contains("Agnes Polwarth");
  }

  @Test
  void extractAll_threeThreads_equalsSerialExtract() {
    List<BatchResult> results = batch(articles.stream(), BatchOptions.serial().withThreads(3));

    assertThat(extractions(results)).isEqualTo(serial);
  }

  @Test
  void extractAll_aList_equalsSerialExtractInInputOrder() {
    try (Stream<BatchResult> results =
        EXTRACTOR.extractAll(articles, BatchOptions.serial().withThreads(2))) {
      assertThat(extractions(results.toList())).isEqualTo(serial);
    }
  }

  @Test
  void extractAll_oneThread_equalsSerialExtract() {
    assertThat(extractions(batch(articles.stream(), BatchOptions.serial()))).isEqualTo(serial);
  }

  @Test
  void extract_fromFourThreadExecutor_equalsSerialExtract() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (Article article : articles) {
        futures.add(pool.submit(() -> EXTRACTOR.extract(article)));
      }
      List<Extraction> parallel = new ArrayList<>();
      for (Future<Extraction> future : futures) {
        parallel.add(future.get());
      }
      assertThat(parallel).isEqualTo(serial);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void extractAll_smallWindowManyThreads_keepsInputOrder() {
    List<BatchResult> results =
        batch(articles.stream(), BatchOptions.serial().withThreads(4).withMaxInFlight(5));

    assertThat(results).extracting(BatchResult::index)
        .containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(i -> (long) i).toList());
    assertThat(results).extracting(BatchResult::articleId)
        .containsExactlyElementsOf(articles.stream().map(Article::id).toList());
    assertThat(results).extracting(BatchResult::article).containsExactlyElementsOf(articles);
  }

  @Test
  void extractAll_articlesOverLengthLimit_giveErrorEntriesAndTheBatchGoesOn() {
    NewsExtractor strict = NewsExtractor.builder().maxTextLength(420).build();
    List<BatchResult> results = new ArrayList<>();
    try (Stream<BatchResult> stream =
        strict.extractAll(articles.stream(), BatchOptions.serial().withThreads(3))) {
      stream.forEach(results::add);
    }

    assertThat(results).extracting(BatchResult::articleId)
        .containsExactlyElementsOf(articles.stream().map(Article::id).toList());
    for (int i = 0; i < articles.size(); i++) {
      BatchResult result = results.get(i);
      if (articles.get(i).text().length() > 420) {
        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).get().isInstanceOf(IllegalArgumentException.class);
        assertThat(result.errorMessage()).contains(articles.get(i).id()).contains("420");
      } else {
        assertThat(result.extraction()).contains(serial.get(i));
      }
    }
    assertThat(results).filteredOn(r -> !r.succeeded()).isNotEmpty();
    assertThat(results).filteredOn(BatchResult::succeeded).isNotEmpty();
  }

  @Test
  void extractAll_endlessInput_readsOnlyTheWindowAhead() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger handedOut = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    Stream<Article> endless = Stream.iterate(0, i -> i + 1)
        .map(i -> {
          read.incrementAndGet();
          return new Article("endless-" + i, "Ann Kelly said: \"Number " + i + " is here.\"");
        });
    BatchOptions options = BatchOptions.serial().withThreads(2).withMaxInFlight(3)
        .withListener(progress -> {
          mostInFlight.accumulateAndGet(read.get() - handedOut.incrementAndGet() + 1, Math::max);
        });

    List<BatchResult> firstSix;
    try (Stream<BatchResult> results = EXTRACTOR.extractAll(endless, options)) {
      firstSix = results.limit(6).toList();
    }

    assertThat(firstSix).extracting(BatchResult::articleId)
        .containsExactly("endless-0", "endless-1", "endless-2", "endless-3", "endless-4",
            "endless-5");
    assertThat(firstSix).allMatch(BatchResult::succeeded);
    assertThat(read.get()).isLessThanOrEqualTo(5 + 3);
    assertThat(mostInFlight.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void extractAll_closedEarly_stopsReadingAndClosesTheInput() {
    AtomicInteger read = new AtomicInteger();
    AtomicBoolean inputClosed = new AtomicBoolean();
    Stream<Article> input = articles.stream().peek(article -> read.incrementAndGet())
        .onClose(() -> inputClosed.set(true));
    Stream<BatchResult> results =
        EXTRACTOR.extractAll(input, BatchOptions.serial().withThreads(2).withMaxInFlight(2));
    Iterator<BatchResult> iterator = results.iterator();
    assertThat(iterator.next().articleId()).isEqualTo("invented-01");

    results.close();
    int readWhenClosed = read.get();

    assertThat(inputClosed).isTrue();
    assertThat(iterator.hasNext()).isFalse();
    assertThat(read.get()).isEqualTo(readWhenClosed).isLessThanOrEqualTo(3);
  }

  @Test
  void extractAll_listener_hearsEachResultInOrderWithFailures() {
    List<BatchProgress> heard = new ArrayList<>();
    List<Article> input = List.of(articles.get(0), new Article("long", "x".repeat(2_000_001)),
        articles.get(1));
    batch(input.stream(), BatchOptions.serial().withThreads(2).withListener(heard::add));

    assertThat(heard).extracting(BatchProgress::done).containsExactly(1L, 2L, 3L);
    assertThat(heard).extracting(BatchProgress::failed).containsExactly(0L, 1L, 1L);
    assertThat(heard.get(2).elapsed()).isGreaterThanOrEqualTo(heard.get(0).elapsed());
    assertThat(heard.get(2).articlesPerSecond()).isPositive();
  }

  /** The first nine invented articles, then {@code tenth} in place of the tenth. */
  private static Stream<Article> nineThen(java.util.function.Supplier<Article> tenth) {
    return IntStream.range(0, 11).mapToObj(i -> i < 9 ? articles.get(i) : i == 9 ? tenth.get()
        : articles.get(i));
  }

  /** Consumes {@code results} into {@code into} until it throws; returns what it threw. */
  private static Throwable consumeUntilFailure(Stream<BatchResult> results,
      List<BatchResult> into) {
    try (results) {
      results.forEach(into::add);
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the stream did not throw; it gave " + into.size() + " results");
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 4})
  void extractAll_inputThrowsAtTheTenthArticle_handsOutTheNineBeforeThenThrowsIt(int threads) {
    IllegalStateException broken = new IllegalStateException("feed broke at item 10");
    List<BatchResult> results = new ArrayList<>();

    Throwable thrown = consumeUntilFailure(EXTRACTOR.extractAll(nineThen(() -> {
      throw broken;
    }), BatchOptions.serial().withThreads(threads)), results);

    assertThat(thrown).isSameAs(broken);
    assertThat(results).extracting(BatchResult::articleId)
        .containsExactlyElementsOf(articles.subList(0, 9).stream().map(Article::id).toList());
    assertThat(extractions(results)).isEqualTo(serial.subList(0, 9));
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 4})
  void extractAll_nullTenthArticle_handsOutTheNineBeforeThenThrowsNamingIt(int threads) {
    List<BatchResult> results = new ArrayList<>();

    Throwable thrown = consumeUntilFailure(
        EXTRACTOR.extractAll(nineThen(() -> null), BatchOptions.serial().withThreads(threads)),
        results);

    assertThat(thrown).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("article 9 of the batch (counting from 0) is null");
    assertThat(extractions(results)).isEqualTo(serial.subList(0, 9));
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 4})
  void extractAll_consumerInterruptedAfterTheFirstResult_throwsCancellationAndKeepsTheInterrupt(
      int threads) {
    List<BatchResult> results = new ArrayList<>();
    try {
      Throwable thrown = consumeUntilFailure(
          EXTRACTOR.extractAll(articles.stream(), BatchOptions.serial().withThreads(threads))
              .peek(result -> Thread.currentThread().interrupt()), results);

      assertThat(thrown).isInstanceOf(CancellationException.class)
          .hasMessageContaining("the batch is stopped");
      assertThat(results).hasSize(1);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void extractAll_oneThreadInterruptedWhileAnalysing_throwsCancellation() {
    // with one thread the consumer analyses: the input interrupts it as it hands out the second
    // article, so the interrupt is set while that article is analysed, on any machine's speed
    Article second = articles.get(1);
    Stream<Article> input = Stream.of(articles.get(0), second, articles.get(2))
        .peek(article -> {
          if (article == second) {
            Thread.currentThread().interrupt();
          }
        });
    List<BatchResult> results = new ArrayList<>();
    try {
      Throwable thrown = consumeUntilFailure(
          EXTRACTOR.extractAll(input, BatchOptions.serial()), results);

      assertThat(thrown).isInstanceOf(CancellationException.class)
          .hasMessageContaining("while article 1 was analysed");
      assertThat(results).extracting(BatchResult::articleId).containsExactly("invented-01");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void extractAll_nullArguments_throw() {
    assertThatThrownBy(() -> EXTRACTOR.extractAll((Stream<Article>) null, BatchOptions.serial()))
        .isInstanceOf(NullPointerException.class).hasMessage("articles");
    assertThatThrownBy(() -> EXTRACTOR.extractAll(Stream.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
  }

  @Test
  void extractAll_emptyInput_givesNoResults() {
    assertThat(batch(Stream.empty(), BatchOptions.serial().withThreads(2))).isEmpty();
  }

  @Test
  void build_sameModelSettings_reusesTheLoadedModels() {
    NewsExtractor other = NewsExtractor.builder().maxTextLength(5_000).build();
    NewsExtractor another = NewsExtractor.builder().maxTextLength(6_000).build();

    assertThat(other.analyzer()).isSameAs(EXTRACTOR.analyzer()).isSameAs(another.analyzer());
  }
}
