package org.quotegraph.cli;

import java.util.Locale;

/** The formats the commands write graphs in. */
enum OutputFormat {
  JSON,
  GRAPHML,
  DOT;

  /**
   * The format named {@code name}, in any case.
   *
   * @throws IllegalArgumentException if no format has that name
   */
  static OutputFormat named(String name) {
    for (OutputFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format \"" + name
        + "\"; use --format json, --format graphml or --format dot");
  }

  /** The format a file name's extension suggests: .graphml, .dot or .gv; JSON otherwise. */
  static OutputFormat ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".graphml")) {
      return GRAPHML;
    }
    return lower.endsWith(".dot") || lower.endsWith(".gv") ? DOT : JSON;
  }
}
