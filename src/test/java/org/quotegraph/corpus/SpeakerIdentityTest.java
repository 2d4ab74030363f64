package org.quotegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotegraph.HandMade.entity;
import static org.quotegraph.HandMade.extraction;
import static org.quotegraph.HandMade.person;
import static org.quotegraph.HandMade.said;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quotegraph.Entity;
import org.quotegraph.EntityType;
import org.quotegraph.Extraction;
import org.quotegraph.Quote;

/** Who is one speaker across articles: the rules of {@link SpeakerIdentity}, through the graph. */
class SpeakerIdentityTest {

  private static Extraction article(String id, Entity... speakers) {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < speakers.length; i++) {
      quotes.add(said("q" + (i + 1), speakers[i], 100 * i, "words of " + speakers[i].name()));
    }
    return extraction(id, List.of(speakers), quotes);
  }

  private static Entity titled(String id, String name, String... titles) {
    return entity(id, EntityType.PERSON, name, List.of(titles), List.of());
  }

  private static CorpusGraph corpusOf(SpeakerDirectory directory, List<Extraction> articles) {
    CorpusGraph.Builder builder = CorpusGraph.builder().directory(directory);
    articles.forEach(builder::add);
    return builder.build();
  }

  private static CorpusGraph corpusOf(Extraction... articles) {
    return corpusOf(SpeakerDirectory.empty(), List.of(articles));
  }

  /** Each speaker as the sorted set of its articles, in name order: the partition, not the ids. */
  private static Set<String> partition(CorpusGraph corpus) {
    return corpus.speakers().stream()
        .map(s -> s.name() + s.kbId().map(id -> "#" + id).orElse("") + new TreeSet<>(s.articleIds()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> articlesOf(CorpusGraph corpus, String name) {
    return corpus.speakersNamed(name).stream().map(CorpusSpeaker::articleIds).findFirst()
        .orElse(List.of());
  }

  @Test
  void build_oneWordNameAndTheOneFullNameWithThatSurname_areOneSpeakerNamedInFull() {
    CorpusGraph corpus = corpusOf(
        article("a1", titled("e1", "Kessel", "mayor")),
        article("a2", titled("e3", "Ilse Kessel", "mayor")),
        article("a3", person("e2", "Kessel")));

    assertThat(corpus.speakers()).singleElement().satisfies(kessel -> {
      assertThat(kessel.name()).isEqualTo("Ilse Kessel");
      assertThat(kessel.articleIds()).containsExactly("a1", "a2", "a3");
      assertThat(kessel.quoteCount()).isEqualTo(3);
    });
    assertThat(corpus.sources(corpus.speakers().get(0))).extracting(SpeakerSource::name)
        .containsExactly("Kessel", "Ilse Kessel", "Kessel");
  }

  @Test
  void build_twoSmithsAndABareSmith_keepsAllThreeApart() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Ann Smith")),
        article("a2", person("e1", "Bob Smith")),
        article("a3", person("e1", "Smith")));

    assertThat(corpus.speakers()).extracting(CorpusSpeaker::name)
        .containsExactly("Ann Smith", "Bob Smith", "Smith");
  }

  @Test
  void build_bareSmithSharingATitleWithOneOfTwoSmiths_joinsThatOne() {
    CorpusGraph corpus = corpusOf(
        article("a1", titled("e1", "Ann Smith", "senator")),
        article("a2", titled("e1", "Bob Smith", "coach")),
        article("a3", titled("e1", "Smith", "Senator")));

    assertThat(articlesOf(corpus, "Ann Smith")).containsExactly("a1", "a3");
    assertThat(articlesOf(corpus, "Bob Smith")).containsExactly("a2");
  }

  @Test
  void build_bareSurnameWithATitleBothNamesHold_staysApart() {
    CorpusGraph corpus = corpusOf(
        article("a1", titled("e1", "Karl Kessel", "president")),
        article("a2", titled("e1", "Ilse Kessel", "president")),
        article("a3", titled("e1", "Kessel", "president")));

    assertThat(corpus.speakers()).hasSize(3);
  }

  @Test
  void build_bareSurnameWhoseHonorificGenderConflicts_staysApartFromTheOnlyFullName() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Margaret Holloway")),
        article("a2", titled("e1", "Holloway", "Mr.")));

    assertThat(corpus.speakers()).hasSize(2);
  }

  @Test
  void build_bareSurnameWhoseTitlesConflict_staysApartFromTheOnlyFullName() {
    CorpusGraph corpus = corpusOf(
        article("a1", titled("e1", "Tomas Reyes", "goalkeeper")),
        article("a2", titled("e1", "Reyes", "bishop")));

    assertThat(corpus.speakers()).hasSize(2);
  }

  @Test
  void build_bareCommonFirstNameAndTheOneFullNameEndingInIt_staysApart() {
    // "Dwight" alone is more likely some Dwight than the corpus's one person surnamed Dwight
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Marisol Dwight")),
        article("a2", person("e1", "Dwight")));

    assertThat(corpus.speakers()).extracting(CorpusSpeaker::name)
        .containsExactly("Marisol Dwight", "Dwight");
  }

  @Test
  void build_bareCommonFirstNameSharingATitleWithTheOneFullNameEndingInIt_joinsIt() {
    CorpusGraph corpus = corpusOf(
        article("a1", titled("e1", "Henrik Nelson", "governor")),
        article("a2", titled("e1", "Nelson", "Governor")));

    assertThat(corpus.speakers()).singleElement().satisfies(nelson -> {
      assertThat(nelson.name()).isEqualTo("Henrik Nelson");
      assertThat(nelson.articleIds()).containsExactly("a1", "a2");
    });
  }

  @Test
  void build_dayOrMonthName_isNeverJoinedToAFullNameEndingInIt() {
    // "Thursday said": a date the parser read as a name, even when it shares a title
    CorpusGraph corpus = corpusOf(
        article("a1", titled("e1", "Grand Thursday", "host")),
        article("a2", titled("e1", "Thursday", "host")),
        article("a3", person("e1", "Odile October")),
        article("a4", person("e1", "October")));

    assertThat(corpus.speakers()).extracting(CorpusSpeaker::name)
        .containsExactly("Grand Thursday", "Thursday", "Odile October", "October");
  }

  @Test
  void build_initialledName_joinsTheSameNameWithoutInitials() {
    CorpusGraph corpus = corpusOf(
        article("a1", person("e1", "Ilse M. Kessel")),
        article("a2", person("e1", "Ilse Kessel")),
        article("a3", person("e1", "Ilse R. Vann")));

    assertThat(corpus.speakers()).extracting(CorpusSpeaker::name)
        .containsExactly("Ilse Kessel", "Ilse R. Vann");
  }

  @Test
  void build_oneWordOrganisation_isNotJoinedToAFullName() {
    CorpusGraph corpus = corpusOf(
        article("a1", entity("e1", EntityType.ORGANIZATION, "Harbour Trust", List.of(), List.of())),
        article("a2", entity("e1", EntityType.ORGANIZATION, "Trust", List.of(), List.of())));

    assertThat(corpus.speakers()).hasSize(2);
  }

  @Test
  void build_articlesInAnyOrder_makesTheSameSpeakers() {
    List<Extraction> articles = List.of(
        article("a1", titled("e1", "Kessel", "president")),
        article("a2", titled("e1", "Karl Kessel", "president"), person("e2", "Smith")),
        article("a3", titled("e1", "Ilse Kessel", "first lady"), person("e2", "Ann Smith")),
        article("a4", person("e1", "Bob Smith"), titled("e2", "Karl J. Kessel")),
        article("a5", person("e1", "Vann"), person("e2", "Kessel")),
        article("a6", person("e1", "Ilse R. Vann"), person("e2", "Obi")));
    Set<String> expected = partition(corpusOf(SpeakerDirectory.empty(), articles));
    Random random = new Random(16);

    for (int run = 0; run < 20; run++) {
      List<Extraction> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, random);
      assertThat(partition(corpusOf(SpeakerDirectory.empty(), shuffled))).isEqualTo(expected);
    }
    assertThat(expected).contains("Karl Kessel[a1, a2, a4]", "Ilse R. Vann[a5, a6]",
        "Smith[a2]", "Kessel[a5]");
  }

  @Test
  void build_withDirectory_linksNamesAndAliasesToOneIdAndLeavesAmbiguousAliasesUnlinked()
      throws IOException {
    SpeakerDirectory directory = SpeakerDirectory.read(new StringReader(String.join("\n",
        "Q1\tKarl Kessel\tKessel|Karl Anton Kessel|Charlie",
        "Q2\tIlse Kessel\tIlse Maria Kessel|Charlie",
        "Q3\tBob Smith\t")));
    CorpusGraph corpus = corpusOf(directory, List.of(
        article("a1", person("e1", "Karl Anton Kessel")),
        article("a2", person("e1", "Kessel")),
        article("a3", person("e1", "Karl Kessel"), person("e2", "Ilse Maria Kessel")),
        article("a4", person("e1", "Charlie"), person("e2", "Bob Smith"))));

    assertThat(partition(corpus)).containsExactlyInAnyOrder(
        "Karl Anton Kessel#Q1[a1, a2, a3]", "Ilse Maria Kessel#Q2[a3]", "Charlie[a4]",
        "Bob Smith#Q3[a4]");
  }
}
