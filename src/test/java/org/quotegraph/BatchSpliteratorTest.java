package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BatchSpliterator} with a stand-in for the extractor, for the faults that real models
 * cannot be made to give on demand: running out of memory, an interrupt in the middle of an
 * analysis.
 */
class BatchSpliteratorTest {

  private static Extraction extractionOf(Article article) {
    return HandMade.extraction(article.id(), List.of(), List.of());
  }

  private static Stream<BatchResult> batch(Iterator<Article> input,
      Function<Article, Extraction> extract, int threads) {
    BatchSpliterator spliterator =
        new BatchSpliterator(input, extract, BatchOptions.serial().withThreads(threads));
    return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
  }

  private static Iterator<Article> articles(int count) {
    return IntStream.range(0, count).mapToObj(i -> new Article("a" + i, "text " + i)).iterator();
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 4})
  void tryAdvance_articleRunsOutOfMemory_givesAnErrorEntryNamingItAndGoesOn(int threads) {
    List<BatchResult> results;
    try (Stream<BatchResult> stream = batch(articles(6), article -> {
      if (article.id().equals("a2")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return extractionOf(article);
    }, threads)) {
      results = stream.toList();
    }

    assertThat(results).extracting(BatchResult::articleId)
        .containsExactly("a0", "a1", "a2", "a3", "a4", "a5");
    assertThat(results).filteredOn(r -> !r.succeeded()).singleElement().satisfies(failure -> {
      assertThat(failure.articleId()).isEqualTo("a2");
      assertThat(failure.error()).get().isInstanceOf(ExtractionException.class)
          .satisfies(e -> assertThat(e.getCause()).isInstanceOf(OutOfMemoryError.class));
      assertThat(failure.errorMessage()).contains("\"a2\"").contains("OutOfMemoryError");
    });
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 4})
  void tryAdvance_inputThrowsAfterManyArticles_handsOutEveryArticleBeforeInOrder(int threads) {
    Iterator<Article> input = IntStream.range(0, 100).mapToObj(i -> {
      if (i == 57) {
        throw new IllegalArgumentException("line 58 is not JSON");
      }
      return new Article("a" + i, "text");
    }).iterator();
    List<BatchResult> results = new ArrayList<>();

    try (Stream<BatchResult> stream = batch(input, BatchSpliteratorTest::extractionOf, threads)) {
      assertThatThrownBy(() -> stream.forEach(results::add))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("line 58 is not JSON");
    }

    assertThat(results).extracting(BatchResult::index)
        .containsExactlyElementsOf(IntStream.range(0, 57).mapToObj(i -> (long) i).toList());
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 4})
  void tryAdvance_afterTheInputFailureWasThrown_endsTheStream(int threads) {
    Iterator<Article> input = Stream.of(new Article("a", "text"), (Article) null).iterator();
    BatchSpliterator spliterator = new BatchSpliterator(input, BatchSpliteratorTest::extractionOf,
        BatchOptions.serial().withThreads(threads));

    assertThat(spliterator.tryAdvance(result -> {})).isTrue();
    assertThatThrownBy(() -> spliterator.tryAdvance(result -> {}))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("article 1 ");
    assertThat(spliterator.tryAdvance(result -> {})).isFalse();
  }

  @Test
  void tryAdvance_oneThreadInterruptedInsideAnAnalysis_throwsCancellationNotAnErrorEntry() {
    // what CoreNLP does when interrupted: it stops, and the extractor keeps the interrupt set
    Function<Article, Extraction> interruptedAtA1 = article -> {
      if (article.id().equals("a1")) {
        Thread.currentThread().interrupt();
        throw new ExtractionException(article.id(), new RuntimeException("interrupted"));
      }
      return extractionOf(article);
    };
    List<BatchResult> results = new ArrayList<>();
    try (Stream<BatchResult> stream = batch(articles(5), interruptedAtA1, 1)) {
      assertThatThrownBy(() -> stream.forEach(results::add))
          .isInstanceOf(CancellationException.class)
          .hasMessageContaining("while article 1 was analysed");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(results).extracting(BatchResult::articleId).containsExactly("a0");
  }
}
