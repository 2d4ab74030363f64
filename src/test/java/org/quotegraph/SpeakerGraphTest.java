package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.MutableNetwork;
import com.google.common.graph.NetworkBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerGraphTest {

  private static final Entity VARGA = HandMade.person("e1", "Helena Varga");
  private static final Entity UNION = HandMade.entity("e2", EntityType.ORGANIZATION,
      "Dockworkers Union", List.of(), List.of());
  private static final Quote QUOTE = HandMade.said("q1", VARGA, 10, "The port stays open");

  private static MutableNetwork<GraphNode, Relation> network() {
    MutableNetwork<GraphNode, Relation> network =
        NetworkBuilder.directed().allowsParallelEdges(true).allowsSelfLoops(false).build();
    network.addNode(VARGA);
    network.addNode(UNION);
    network.addNode(QUOTE);
    return network;
  }

  private static void connect(MutableNetwork<GraphNode, Relation> network, RelationType type,
      GraphNode source, GraphNode target) {
    network.addEdge(source, target, new Relation(type, source.id(), target.id()));
  }

  @Test
  void new_everyRelationBetweenTheRightNodes_isAccepted() {
    MutableNetwork<GraphNode, Relation> network = network();
    connect(network, RelationType.SAID, VARGA, QUOTE);
    connect(network, RelationType.MENTIONS, QUOTE, UNION);
    connect(network, RelationType.AFFILIATED_WITH, VARGA, UNION);
    connect(network, RelationType.CO_OCCURS, VARGA, UNION);

    SpeakerGraph graph = new SpeakerGraph(ImmutableNetwork.copyOf(network));

    assertThat(graph.quotesBySpeaker().get(VARGA)).containsExactly(QUOTE);
  }

  @Test
  void new_saidFromAQuote_throwsNamingTheEdge() {
    MutableNetwork<GraphNode, Relation> network = network();
    connect(network, RelationType.SAID, QUOTE, VARGA);

    assertThatThrownBy(() -> new SpeakerGraph(ImmutableNetwork.copyOf(network)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SAID")
        .hasMessageContaining("cannot join a quote to a PERSON entity");
  }

  @Test
  void new_affiliationWithAPerson_throws() {
    MutableNetwork<GraphNode, Relation> network = network();
    Entity other = HandMade.person("e3", "Tomas Reyes");
    network.addNode(other);
    connect(network, RelationType.AFFILIATED_WITH, VARGA, other);

    assertThatThrownBy(() -> new SpeakerGraph(ImmutableNetwork.copyOf(network)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AFFILIATED_WITH");
  }

  @Test
  void new_edgeNamingOtherNodesThanItJoins_throws() {
    MutableNetwork<GraphNode, Relation> network = network();
    network.addEdge(VARGA, QUOTE, new Relation(RelationType.SAID, "e2", "q1"));

    assertThatThrownBy(() -> new SpeakerGraph(ImmutableNetwork.copyOf(network)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("joins e1 to q1");
  }

  @Test
  void new_twoNodesWithOneId_throws() {
    MutableNetwork<GraphNode, Relation> network = network();
    network.addNode(HandMade.person("e1", "Another Person"));

    assertThatThrownBy(() -> new SpeakerGraph(ImmutableNetwork.copyOf(network)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two nodes have the id \"e1\"");
  }

  @Test
  void new_undirectedNetwork_throws() {
    MutableNetwork<GraphNode, Relation> network = NetworkBuilder.undirected().build();
    network.addNode(VARGA);

    assertThatThrownBy(() -> new SpeakerGraph(ImmutableNetwork.copyOf(network)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("directed");
  }

  @Test
  void equals_sameNodesAndEdges_isEqual_andAnEdgeMoreIsNot() {
    MutableNetwork<GraphNode, Relation> one = network();
    connect(one, RelationType.SAID, VARGA, QUOTE);
    MutableNetwork<GraphNode, Relation> two = network();
    connect(two, RelationType.SAID, VARGA, QUOTE);
    SpeakerGraph first = new SpeakerGraph(ImmutableNetwork.copyOf(one));

    assertThat(first).isEqualTo(new SpeakerGraph(ImmutableNetwork.copyOf(two)))
        .hasSameHashCodeAs(new SpeakerGraph(ImmutableNetwork.copyOf(two)));
    connect(two, RelationType.MENTIONS, QUOTE, UNION);
    assertThat(first).isNotEqualTo(new SpeakerGraph(ImmutableNetwork.copyOf(two)));
  }

  @Test
  void hashCode_ofAnEntity_readsOnlyItsId() {
    Entity withMentions = new Entity("e1", EntityType.PERSON, "Helena Varga",
        List.of(new Mention(new Span(0, 5), "Varga")), List.of("mayor"), List.of());

    assertThat(withMentions.hashCode()).isEqualTo(VARGA.hashCode()).isEqualTo("e1".hashCode());
    assertThat(withMentions).isNotEqualTo(VARGA);
  }
}
