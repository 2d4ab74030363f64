package org.quotegraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The two streams a command prints to, kept in memory so that a test can read them back. */
final class Console {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** {@return a stream into the captured standard output} */
  PrintStream out() {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  /** {@return a stream into the captured standard error} */
  PrintStream err() {
    return new PrintStream(err, true, StandardCharsets.UTF_8);
  }

  /** {@return what was printed to standard output so far} */
  String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** {@return what was printed to standard error so far} */
  String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
