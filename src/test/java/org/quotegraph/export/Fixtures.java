package org.quotegraph.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.HandMade;
import org.quotegraph.QuoteKind;
import org.quotegraph.corpus.CorpusGraph;
import org.quotegraph.corpus.SpeakerDirectory;

/** Hand-made graphs for the writers' tests: every node type and every relation type. */
final class Fixtures {

  private Fixtures() {}

  /** An invented article whose graph has SAID, MENTIONS, AFFILIATED_WITH and CO_OCCURS edges. */
  static Extraction dockVote() {
    HandMade.Text text = new HandMade.Text("dock-vote", String.join("\n",
        "Port Elliston votes to close coal terminal",
        "",
        "\"Port Elliston cannot keep shipping its future out to sea,\" said Mayor Helena Varga."
            + " Tomas Reyes of the Elliston Dockworkers Union called it \"a betrayal\"."
            + " \"We will fight this,\" Reyes said. Residents said they were \"tired\"."));
    text.entity(EntityType.LOCATION, "Port Elliston", List.of(), List.of(),
        "Port Elliston");
    Entity varga = text.entity(EntityType.PERSON, "Helena Varga", List.of("mayor"),
        List.of(), "Helena Varga");
    Entity reyes = text.entity(EntityType.PERSON, "Tomas Reyes", List.of("secretary"),
        List.of("Elliston Dockworkers Union"), "Tomas Reyes", "Reyes said");
    text.entity(EntityType.ORGANIZATION, "Elliston Dockworkers Union", List.of(), List.of(),
        "Elliston Dockworkers Union");
    Entity residents = text.entity(EntityType.GROUP, "Residents", List.of(), List.of(),
        "Residents");
    text.quote(QuoteKind.DIRECT, "Port Elliston cannot keep shipping its future out to sea,",
        varga);
    text.quote(QuoteKind.PARTIAL, "a betrayal", reyes);
    text.quote(QuoteKind.DIRECT, "We will fight this,", reyes);
    text.quote(QuoteKind.SCARE, "tired", null);
    text.quote(QuoteKind.INDIRECT, "they were \"tired\"", residents);
    return text.extraction();
  }

  /** A corpus of the dock vote and a second invented article quoting Varga and a newcomer. */
  static CorpusGraph corpus() {
    Entity varga = HandMade.person("e1", "Helena Varga");
    Entity okafor = HandMade.entity("e2", EntityType.PERSON, "Ada Okafor", List.of("harbour master"),
        List.of("Elliston Harbour Authority"));
    Extraction second = HandMade.extraction("harbour-dredging", List.of(varga, okafor), List.of(
        HandMade.said("q1", varga, 10, "The channel must be dredged"),
        HandMade.said("q2", okafor, 80, "We start in March")));
    return CorpusGraph.builder().add(dockVote()).add(second).build();
  }

  /** The same corpus with Helena Varga linked to the id "Q9" of an invented alias table. */
  static CorpusGraph linkedCorpus() {
    try {
      SpeakerDirectory directory =
          SpeakerDirectory.read(new StringReader("Q9\tHelena Varga\tVarga|Helena K. Varga\n"));
      return CorpusGraph.builder(corpus()).directory(directory).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
