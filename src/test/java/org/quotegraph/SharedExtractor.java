package org.quotegraph;

/**
 * The one extractor of the test JVM: loading the CoreNLP models takes seconds, so every test that
 * needs the real models uses this instance.
 */
public final class SharedExtractor {

  private static final NewsExtractor EXTRACTOR = NewsExtractor.builder().build();

  private SharedExtractor() {}

  public static NewsExtractor get() {
    return EXTRACTOR;
  }
}
