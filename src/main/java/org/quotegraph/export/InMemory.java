package org.quotegraph.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Runs a writer-based export into a string; a {@link StringWriter} never fails. */
final class InMemory {

  /** Something that writes itself to a {@link Writer}. */
  interface Export {
    void writeTo(Writer out) throws IOException;
  }

  private InMemory() {}

  static String render(Export export) {
    StringWriter out = new StringWriter();
    try {
      export.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
