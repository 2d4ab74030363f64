package org.quotegraph.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.quotegraph.EntityType;
import org.quotegraph.internal.nlp.HandParsed;
import org.quotegraph.internal.nlp.ParsedText;

class EntityClustererTest {

  private final EntityClusterer clusterer = new EntityClusterer();

  private static EntityRecord named(EntityTable table, String name) {
    return table.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void cluster_surnameAfterFullName_joinsThePerson() {
    ParsedText parsed = new HandParsed()
        .sentence("Lena/NNP/PERSON Okafor/NNP/PERSON arrived/VBD ./.")
        .sentence("Okafor/NNP/PERSON said/VBD no/DT ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name).containsExactly("Lena Okafor");
    assertThat(named(table, "Lena Okafor").mentions()).hasSize(2);
  }

  @Test
  void cluster_twoPeopleSharingASurname_surnameJoinsTheNearestEarlierOne() {
    ParsedText parsed = new HandParsed()
        .sentence("Maria/NNP/PERSON Holt/NNP/PERSON met/VBD Peter/NNP/PERSON Holt/NNP/PERSON ./.")
        .sentence("Later/RB Peter/NNP/PERSON Holt/NNP/PERSON left/VBD ./.")
        .sentence("Holt/NNP/PERSON said/VBD so/RB ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name)
        .containsExactly("Maria Holt", "Peter Holt");
    assertThat(named(table, "Peter Holt").mentions()).hasSize(3);
    assertThat(named(table, "Maria Holt").mentions()).hasSize(1);
  }

  @Test
  void cluster_surnameWithAnHonorificOfTheOtherGender_staysApartFromTheFullNameAndKeepsItsTitle() {
    ParsedText parsed = new HandParsed()
        .sentence("President/NNP Kessel/NNP/PERSON and/CC his/PRP$ wife/NN ,/, "
            + "Mary/NNP/PERSON Kessel/NNP/PERSON ,/, came/VBD ./.")
        .sentence("Mr./NNP Kessel/NNP/PERSON spoke/VBD ./.")
        .sentence("Mrs./NNP Kessel/NNP/PERSON smiled/VBD ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name)
        .containsExactly("Kessel", "Mary Kessel");
    assertThat(named(table, "Kessel").titles()).containsExactly("president");
    assertThat(named(table, "Kessel").mentions()).hasSize(2);
    assertThat(named(table, "Mary Kessel").titles()).isEmpty();
    assertThat(named(table, "Mary Kessel").mentions()).hasSize(2);
  }

  @Test
  void cluster_plainSurnameBeforeTwoFullNames_followsTheEntityItsHonorificFormJoined() {
    ParsedText parsed = new HandParsed()
        .sentence("President/NNP Kessel/NNP/PERSON spoke/VBD ./.")
        .sentence("Mr./NNP Kessel/NNP/PERSON left/VBD with/IN Mary/NNP/PERSON Kessel/NNP/PERSON ./.")
        .sentence("John/NNP/PERSON Kessel/NNP/PERSON waved/VBD ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name)
        .containsExactly("John Kessel", "Mary Kessel");
    assertThat(named(table, "John Kessel").mentions()).hasSize(3);
    assertThat(named(table, "John Kessel").titles()).containsExactly("president");
    assertThat(named(table, "Mary Kessel").titles()).isEmpty();
  }

  @Test
  void cluster_honorificAndTitle_areNotPartOfTheNameButTitleIsKept() {
    ParsedText parsed = new HandParsed()
        .sentence("Defence/NNP Secretary/NNP Mark/NNP/PERSON Osei/NNP/PERSON and/CC "
            + "Mr/NNP/PERSON Osei/NNP/PERSON spoke/VBD ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name).containsExactly("Mark Osei");
    assertThat(named(table, "Mark Osei").titles()).containsExactly("defence secretary");
  }

  @Test
  void cluster_appositionAfterName_givesTitleAndAffiliation() {
    ParsedText parsed = new HandParsed()
        .sentence("Rami/NNP/PERSON Haddad/NNP/PERSON ,/, deputy/JJ head/NN of/IN the/DT "
            + "Saqr/NNP/ORGANIZATION Front/NNP/ORGANIZATION ,/, spoke/VBD ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    EntityRecord person = named(table, "Rami Haddad");
    assertThat(person.titles()).containsExactly("deputy head");
    assertThat(person.affiliations()).containsExactly("Saqr Front");
  }

  @Test
  void cluster_nameTaggedDifferentlyOnce_takesTheMajorityType() {
    ParsedText parsed = new HandParsed()
        .sentence("Valdoria/NNP/LOCATION sent/VBD troops/NNS ./.")
        .sentence("Valdoria/NNP/LOCATION agreed/VBD ./.")
        .sentence("Valdoria/NNP/PERSON refused/VBD ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).hasSize(1);
    assertThat(table.entities().get(0).type()).isEqualTo(EntityType.LOCATION);
    assertThat(table.entities().get(0).mentions()).hasSize(3);
  }

  @Test
  void cluster_nameFollowedByGroup_isAnOrganisationAndItsShortFormJoinsIt() {
    ParsedText parsed = new HandParsed()
        .sentence("the/DT Harakat/NNP/LOCATION Al/NNP/LOCATION Zafar/NNP/LOCATION group/NN spoke/VBD ./.")
        .sentence("Zafar/NNP/PERSON is/VBZ small/JJ ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name, EntityRecord::type)
        .containsExactly(Tuple.tuple("Harakat Al Zafar", EntityType.ORGANIZATION));
  }

  @Test
  void cluster_acronym_joinsTheOrganisationWhoseInitialsItIs() {
    ParsedText parsed = new HandParsed()
        .sentence("the/DT Coastal/NNP/ORGANIZATION Shipping/NNP/ORGANIZATION Board/NNP/ORGANIZATION met/VBD ./.")
        .sentence("The/DT CSB/NNP/ORGANIZATION said/VBD no/DT ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name).containsExactly("Coastal Shipping Board");
    assertThat(table.entities().get(0).mentions()).hasSize(2);
  }

  @Test
  void cluster_placesWithDifferentNames_stayApart() {
    ParsedText parsed = new HandParsed()
        .sentence("From/IN Porto/NNP/LOCATION to/TO Porto/NNP/LOCATION Alegre/NNP/LOCATION ./.")
        .build();
    assertThat(clusterer.cluster(parsed).entities()).extracting(EntityRecord::name)
        .containsExactlyInAnyOrderElementsOf(List.of("Porto", "Porto Alegre"));
  }

  @Test
  void cluster_acronymSpelledOutWithoutATag_isNamedByItsLongForm() {
    ParsedText parsed = new HandParsed()
        .sentence("A/DT letter/NN from/IN Housing/NNP ,/, Lands/NNP and/CC Transit/NNP "
            + "Canada/NNP/LOCATION came/VBD ./.")
        .sentence("HLTC/NNP/ORGANIZATION said/VBD no/DT ./.")
        .build();
    EntityRecord agency = clusterer.cluster(parsed).entities().stream()
        .filter(e -> e.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
    assertThat(agency.name()).isEqualTo("Housing , Lands and Transit Canada");
  }

  @Test
  void cluster_acronymWhoseLongFormTailWasTagged_absorbsTheTail() {
    ParsedText parsed = new HandParsed()
        .sentence("Housing/NNP ,/, Lands/NNP/ORGANIZATION and/CC/ORGANIZATION "
            + "Transit/NNP/ORGANIZATION Canada/NNP/ORGANIZATION wrote/VBD ./.")
        .sentence("HLTC/NNP/ORGANIZATION said/VBD no/DT ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name)
        .containsExactly("Housing , Lands and Transit Canada");
    assertThat(table.entities().get(0).mentions()).hasSize(2);
  }

  @Test
  void cluster_acronymInsideAFullerTaggedName_joinsIt() {
    ParsedText parsed = new HandParsed()
        .sentence("The/DT U.S./NNP/ORGANIZATION Harbour/NNP/ORGANIZATION Council/NNP/ORGANIZATION "
            + "met/VBD ./.")
        .sentence("The/DT HC/NNP/ORGANIZATION said/VBD no/DT ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name)
        .containsExactly("U.S. Harbour Council");
    assertThat(table.entities().get(0).mentions()).hasSize(2);
  }

  @Test
  void cluster_personNameEndingAnOrganisationRun_isSplitOff() {
    ParsedText parsed = new HandParsed()
        .sentence("Lena/NNP/PERSON Okafor/NNP/PERSON spoke/VBD ./.")
        .sentence("Getty/NNP/ORGANIZATION Images/NNPS/ORGANIZATION Lena/NNP/ORGANIZATION "
            + "Okafor/NNP/ORGANIZATION waves/VBZ ./.")
        .sentence("Okafor/NNP/PERSON left/VBD ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name, EntityRecord::type)
        .containsExactlyInAnyOrder(Tuple.tuple("Lena Okafor", EntityType.PERSON),
            Tuple.tuple("Getty Images", EntityType.ORGANIZATION));
    assertThat(named(table, "Lena Okafor").mentions()).hasSize(3);
  }

  @Test
  void cluster_hyphenatedModifierRunIntoAName_isNotPartOfIt() {
    ParsedText parsed = new HandParsed()
        .sentence("Ottawa/NNP/ORGANIZATION -/HYPH/ORGANIZATION based/VBN/ORGANIZATION "
            + "Norvex/NNP/ORGANIZATION Mining/NNP/ORGANIZATION said/VBD so/RB ./.")
        .build();
    assertThat(clusterer.cluster(parsed).entities()).extracting(EntityRecord::name)
        .containsExactly("Norvex Mining");
  }

  @Test
  void cluster_givenNameBeforeATwoWordSurname_isTheNameThoughTheSurnameIsMoreFrequent() {
    ParsedText parsed = new HandParsed()
        .sentence("Abir/NNP/PERSON Al/NNP/PERSON Basha/NNP/PERSON arrived/VBD ./.")
        .sentence("Al/NNP/PERSON Basha/NNP/PERSON smiled/VBD ./.")
        .sentence("Al/NNP/PERSON Basha/NNP/PERSON left/VBD ./.")
        .build();
    EntityTable table = clusterer.cluster(parsed);
    assertThat(table.entities()).extracting(EntityRecord::name).containsExactly("Abir Al Basha");
    assertThat(table.entities().get(0).mentions()).hasSize(3);
  }

  @Test
  void cluster_nicknameInQuotationMarksInsideAName_isLeftOutAndTheGivenNameKept() {
    ParsedText parsed = new HandParsed()
        .sentence("Singer/NN Rudi/NNP “/`` Ari/NNP ”/'' Santoso/NNP/PERSON spoke/VBD ./.")
        .sentence("Dana/NNP/PERSON “/``/PERSON Dee/NNP/PERSON ”/''/PERSON Marsh/NNP/PERSON "
            + "left/VBD ./.")
        .build();
    assertThat(clusterer.cluster(parsed).entities()).extracting(EntityRecord::name)
        .containsExactly("Rudi Santoso", "Dana Marsh");
  }

  @Test
  void cluster_surnameTaggedAsAnInterjectionAfterAGivenName_isPartOfTheName() {
    ParsedText parsed = new HandParsed()
        .sentence("Hosts/NNS Sandra/NNP/PERSON Oh/UH and/CC Ann/NNP/PERSON Lee/NNP/PERSON "
            + "spoke/VBD ./.")
        .build();
    assertThat(clusterer.cluster(parsed).entities()).extracting(EntityRecord::name)
        .containsExactly("Sandra Oh", "Ann Lee");
  }

  @Test
  void cluster_givenNameInAppositionToSomeonesRelation_isAPersonOfItsOwn() {
    ParsedText parsed = new HandParsed()
        .sentence("Police/NN chief/NN John/NNP/PERSON Reyes/NNP/PERSON spoke/VBD ./.")
        .sentence("Berg/NNP/PERSON 's/POS father/NN ,/, John/NNP/PERSON ,/, spoke/VBD ./.",
            "nmod:poss 2 0, case 0 1, nsubj 6 2, punct 2 3, appos 2 4, punct 6 5, root -1 6, "
            + "punct 6 7")
        .build();
    assertThat(clusterer.cluster(parsed).entities()).extracting(EntityRecord::name)
        .containsExactlyInAnyOrder("John Reyes", "Berg", "John");
  }
}
