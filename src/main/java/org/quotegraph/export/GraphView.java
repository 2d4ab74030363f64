package org.quotegraph.export;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableNetwork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotegraph.Entity;
import org.quotegraph.GraphNode;
import org.quotegraph.Quote;
import org.quotegraph.Relation;
import org.quotegraph.RelationType;
import org.quotegraph.SpeakerGraph;

/**
 * What both writers need from an article's graph: nodes and edges in a stable order, quote
 * counts, and text cleaned for formats that cannot hold every character. Stateless and
 * thread-safe.
 */
final class GraphView {

  private GraphView() {}

  /** The edges sorted by type, then by the order of their source and target nodes. */
  static List<Relation> sortedEdges(SpeakerGraph graph) {
    ImmutableNetwork<GraphNode, Relation> network = graph.network();
    Map<GraphNode, Integer> order = new HashMap<>();
    for (GraphNode node : network.nodes()) {
      order.put(node, order.size());
    }
    List<Relation> edges = new ArrayList<>(network.edges());
    edges.sort(Comparator.comparing(Relation::type)
        .thenComparingInt(edge -> order.get(network.incidentNodes(edge).source()))
        .thenComparingInt(edge -> order.get(network.incidentNodes(edge).target())));
    return edges;
  }

  static EndpointPair<GraphNode> ends(SpeakerGraph graph, Relation edge) {
    return graph.network().incidentNodes(edge);
  }

  /**
   * How many statements ({@link Quote#isStatement()}) {@code entity} made in {@code graph}, as the
   * corpus counts them.
   */
  static int quoteCount(SpeakerGraph graph, Entity entity) {
    ImmutableNetwork<GraphNode, Relation> network = graph.network();
    return (int) network.outEdges(entity).stream()
        .filter(edge -> edge.type() == RelationType.SAID)
        .map(edge -> network.incidentNodes(edge).target())
        .filter(node -> node instanceof Quote quote && quote.isStatement())
        .count();
  }

  /** The type written for a node: the entity type, or {@code QUOTE}. */
  static String type(GraphNode node) {
    return node instanceof Entity entity ? entity.type().name() : "QUOTE";
  }

  /** A quote's words cut to about {@code max} characters at a word boundary, for a label. */
  static String shortText(Quote quote, int max) {
    String text = quote.text().strip().replaceAll("\\s+", " ");
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max) + "\u2026";
  }

  /** The relation's name as people read it: {@code AFFILIATED_WITH} gives "affiliated with". */
  static String words(RelationType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * {@code text} without the characters XML 1.0 cannot hold (most control characters, lone
   * surrogates, U+FFFE and U+FFFF); such characters never carry meaning in news text.
   */
  static String xmlSafe(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (safe != null) {
            safe.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = c == '\t' || c == '\n' || c == '\r'
            || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
      }
      if (!ok && safe == null) {
        safe = new StringBuilder(text.length()).append(text, 0, i);
      } else if (ok && safe != null) {
        safe.append(c);
      }
    }
    return safe == null ? text : safe.toString();
  }
}
