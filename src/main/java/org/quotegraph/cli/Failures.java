package org.quotegraph.cli;

import java.util.Locale;
import org.quotegraph.Article;
import org.quotegraph.BatchResult;

/** How the commands describe an article that failed. Stateless. */
final class Failures {

  private Failures() {}

  /** The error of a failed result, with advice when the article ran out of memory. */
  static String describe(BatchResult result) {
    Throwable error = result.error().orElseThrow();
    return ranOutOfMemory(error) ? outOfMemory(result.article(), error)
        : result.errorMessage();
  }

  /** Whether {@code error} is, or was caused by, an {@link OutOfMemoryError}. */
  static boolean ranOutOfMemory(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** Says that {@code article} ran out of memory, how long it is and what to do. */
  static String outOfMemory(Article article, Throwable error) {
    return String.format(Locale.ROOT, "ran out of memory (%s): the article has %,d characters"
        + " and the JVM's heap is at most %,d MB; run java with a larger -Xmx (see the README's"
        + " \"Bad input\"), or with fewer --threads, as the articles analysed at the same time"
        + " share the heap", rootMessage(error), article.text().length(),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.toString();
  }
}
