package org.quotegraph.export;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableValueGraph;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.GraphNode;
import org.quotegraph.Quote;
import org.quotegraph.Relation;
import org.quotegraph.SpeakerGraph;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.CorpusSpeaker;

/**
 * Writes graphs in Graphviz's <a href="https://graphviz.org/doc/info/lang.html">DOT</a> language,
 * ready for {@code dot -Tpng} (an article) or {@code sfdp -Tsvg} (a large corpus).
 *
 * <p>An article's graph ({@link #write(Extraction, Writer)}) is a {@code digraph}: entities are
 * boxes coloured by type and labelled with their name, first title and number of quotes; quotes
 * are notes labelled with their first words; {@code SAID}, {@code MENTIONS} and {@code
 * AFFILIATED_WITH} edges are labelled, {@code CO_OCCURS} edges are dotted and do not steer the
 * layout. A corpus graph ({@link #write(CorpusGraph, Writer)}) is a {@code graph} of speakers whose
 * edges join speakers quoted in the same articles, thicker for more shared articles.
 *
 * <p>Besides Graphviz's own attributes, every node carries {@code type}, {@code name} and {@code
 * quotes} (and {@code titles}, {@code affiliations}, {@code articles} and a corpus speaker's
 * {@code kbId} where they apply) and every
 * edge {@code relation}, for tools that read DOT attributes; Graphviz ignores them. Node ids are
 * the article's ({@code e3}, {@code q7}) or the corpus's ({@code s12}).
 *
 * <p>Stateless and thread-safe. The writer given is written to but neither flushed nor closed.
 */
public final class Dot {

  private static final int QUOTE_LABEL_CHARACTERS = 70;
  private static final int LABEL_LINE = 28;

  private Dot() {}

  /**
   * Writes {@code extraction}'s graph, named after its article id.
   *
   * @param extraction an article's result
   * @param out where to write it; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(Extraction extraction, Writer out) throws IOException {
    Objects.requireNonNull(extraction, "extraction");
    write(extraction.graph(), Optional.of(extraction.articleId()), out);
  }

  /**
   * Writes an article's graph, named {@code article}.
   *
   * @param graph an article's graph
   * @param out where to write it; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(SpeakerGraph graph, Writer out) throws IOException {
    Objects.requireNonNull(graph, "graph");
    write(graph, Optional.empty(), out);
  }

  /**
   * Writes a corpus graph.
   *
   * @param corpus the corpus graph
   * @param out where to write it; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(CorpusGraph corpus, Writer out) throws IOException {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(out, "out");
    out.write("graph \"corpus\" {\n");
    out.write("  graph [overlap=false, splines=true, outputorder=edgesfirst];\n");
    out.write("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
    out.write("  edge [color=\"#888888\"];\n");
    for (CorpusSpeaker speaker : corpus.speakers()) {
      List<String> label = new ArrayList<>(wrap(speaker.name()));
      if (!speaker.titles().isEmpty()) {
        label.addAll(wrap(speaker.titles().get(0)));
      }
      label.add(count(speaker.quoteCount(), "quote") + " in " + count(speaker.articleCount(), "article"));
      out.write("  " + quoted(speaker.id()) + " [label=" + quoted(String.join("\n", label))
          + ", fillcolor=" + quoted(colour(speaker.type().name()))
          + ", type=" + quoted(speaker.type().name())
          + ", name=" + quoted(speaker.name())
          + ", titles=" + quoted(String.join("; ", speaker.titles()))
          + ", affiliations=" + quoted(String.join("; ", speaker.affiliations()))
          + ", quotes=" + speaker.quoteCount()
          + ", articles=" + speaker.articleCount()
          + speaker.kbId().map(id -> ", kbId=" + quoted(id)).orElse("") + "];\n");
    }
    ImmutableValueGraph<CorpusSpeaker, Integer> network = corpus.network();
    for (EndpointPair<CorpusSpeaker> pair : network.edges()) {
      int shared = network.edgeValueOrDefault(pair, 0);
      out.write("  " + quoted(pair.nodeU().id()) + " -- " + quoted(pair.nodeV().id())
          + " [relation=\"CO_QUOTED\", weight=" + shared
          + ", penwidth=" + String.format(Locale.ROOT, "%.1f", Math.min(8, 1 + Math.log(shared)))
          + ", tooltip=" + quoted(count(shared, "shared article")) + "];\n");
    }
    out.write("}\n");
  }

  /**
   * {@return {@code extraction}'s graph as DOT}
   *
   * @param extraction an article's result
   */
  public static String asString(Extraction extraction) {
    return InMemory.render(out -> write(extraction, out));
  }

  /**
   * {@return the corpus graph as DOT}
   *
   * @param corpus the corpus graph
   */
  public static String asString(CorpusGraph corpus) {
    return InMemory.render(out -> write(corpus, out));
  }

  private static void write(SpeakerGraph graph, Optional<String> articleId, Writer out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    out.write("digraph " + quoted(articleId.orElse("article")) + " {\n");
    out.write("  graph [rankdir=LR, nodesep=0.25, ranksep=0.6];\n");
    out.write("  node [fontname=\"Helvetica\", fontsize=11];\n");
    out.write("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
    for (GraphNode node : graph.network().nodes()) {
      if (node instanceof Entity entity) {
        int quotes = GraphView.quoteCount(graph, entity);
        List<String> label = new ArrayList<>(wrap(entity.name()));
        if (!entity.titles().isEmpty()) {
          label.addAll(wrap(entity.titles().get(0)));
        }
        if (quotes > 0) {
          label.add(count(quotes, "quote"));
        }
        out.write("  " + quoted(entity.id()) + " [shape=box, style=\"rounded,filled\""
            + ", label=" + quoted(String.join("\n", label))
            + ", fillcolor=" + quoted(colour(entity.type().name()))
            + ", type=" + quoted(entity.type().name())
            + ", name=" + quoted(entity.name())
            + ", titles=" + quoted(String.join("; ", entity.titles()))
            + ", affiliations=" + quoted(String.join("; ", entity.affiliations()))
            + ", quotes=" + quotes + "];\n");
      } else {
        Quote quote = (Quote) node;
        String words = "\u201c" + GraphView.shortText(quote, QUOTE_LABEL_CHARACTERS) + "\u201d";
        out.write("  " + quoted(quote.id()) + " [shape=note, style=filled, fontsize=10"
            + ", label=" + quoted(String.join("\n", wrap(words)))
            + ", fillcolor=" + quoted(colour("QUOTE"))
            + ", type=\"QUOTE\""
            + ", kind=" + quoted(quote.kind().name())
            + ", rule=" + quoted(quote.rule().name())
            + ", start=" + quote.content().start()
            + ", end=" + quote.content().end() + "];\n");
      }
    }
    for (Relation edge : GraphView.sortedEdges(graph)) {
      String style = switch (edge.type()) {
        case SAID -> "penwidth=1.6, label=\"said\"";
        case MENTIONS -> "style=dashed, label=\"mentions\"";
        case AFFILIATED_WITH -> "color=\"#1f5fa8\", label=\"affiliated with\"";
        case CO_OCCURS -> "style=dotted, color=\"#aaaaaa\", dir=none, constraint=false";
      };
      out.write("  " + quoted(edge.source()) + " -> " + quoted(edge.target()) + " [" + style
          + ", relation=" + quoted(edge.type().name()) + "];\n");
    }
    out.write("}\n");
  }

  /** Fill colours by node type, pale enough for black text. */
  private static String colour(String type) {
    if (type.equals("QUOTE")) {
      return "#fff5cc";
    }
    return switch (EntityType.valueOf(type)) {
      case PERSON -> "#d6e6f5";
      case ORGANIZATION -> "#fbe3c8";
      case LOCATION -> "#d9ecd3";
      case GROUP -> "#ecd8e6";
    };
  }

  /** {@code text} broken into lines of about {@link #LABEL_LINE} characters at spaces. */
  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * {@code text} as a DOT double-quoted string: quotes and backslashes escaped (so Graphviz's
   * {@code \N}-style escapes cannot be triggered by article text), line breaks as {@code \n}, other
   * control characters left out.
   */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c >= 0x20 && c != 0x7F) {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
