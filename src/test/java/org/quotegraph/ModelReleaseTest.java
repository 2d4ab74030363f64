package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;
import org.quotegraph.internal.nlp.CoreNlpAnalyzer;

/** The models of a setting no extractor uses any more are released, and the memory comes back. */
class ModelReleaseTest {

  /** A setting no other test uses, so that this test's models are its own. */
  private static final int OWN_SETTING = 77;

  private static long usedHeap() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  @Test
  void models_onceNoExtractorHoldsThem_areFreedAndTheHeapShrinks() throws InterruptedException {
    long before = usedHeap();
    NewsExtractor extractor =
        NewsExtractor.builder().maxParsedSentenceTokens(OWN_SETTING).build();
    assertThat(extractor.extract(Article.of("\"We are ready,\" said Ana Holt.")).statements())
        .hasSize(1);
    WeakReference<CoreNlpAnalyzer> models = new WeakReference<>(extractor.analyzer());
    long loaded = usedHeap();
    assertThat(loaded - before).as("heap the models took").isGreaterThan(100L << 20);

    extractor = null;
    for (int i = 0; i < 50 && models.get() != null; i++) {
      System.gc();
      Thread.sleep(100);
    }
    long released = usedHeap();

    assertThat(models.get()).as("the models, once no extractor holds them").isNull();
    assertThat(loaded - released).as("heap given back").isGreaterThan((loaded - before) / 2);
  }
}
