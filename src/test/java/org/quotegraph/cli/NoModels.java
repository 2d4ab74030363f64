package org.quotegraph.cli;

import java.util.function.Function;
import java.util.function.Supplier;
import org.quotegraph.AttributionScope;
import org.quotegraph.NewsExtractor;

/** Extractors for command runs that must fail before the models are needed: any use fails. */
final class NoModels {

  /** For commands that take one extractor. */
  static final Supplier<NewsExtractor> SUPPLIER = () -> {
    throw loaded();
  };

  /** For commands that take an extractor per attribution scope. */
  static final Function<AttributionScope, NewsExtractor> BY_SCOPE = scope -> {
    throw loaded();
  };

  private NoModels() {}

  private static AssertionError loaded() {
    return new AssertionError("the command loaded the models before checking its arguments");
  }
}
