package org.quotegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerDirectoryTest {

  private static final String TABLE = String.join("\n",
      "# id, canonical name, aliases",
      "Q10\tKarl Kessel\tKessel|Karl Anton Kessel|President Kessel",
      "",
      "Q11\tIlse Kessel\tIlse Maria Kessel|Kessel",
      "Q12\tTomas Reyes",
      "Q13\tAda Okafor\tOkafor");

  private static SpeakerDirectory table() throws IOException {
    return SpeakerDirectory.read(new StringReader(TABLE));
  }

  @Test
  void idOf_canonicalNameOrAliasOfOnePerson_givesItsIdWhateverTheCaseAndAccents()
      throws IOException {
    SpeakerDirectory directory = table();

    assertThat(directory.size()).isEqualTo(4);
    assertThat(directory.idOf("karl anton kessel")).contains("Q10");
    assertThat(directory.idOf("Dr. Tomás Reyes")).contains("Q12");
    assertThat(directory.idOf("Okafor")).contains("Q13");
  }

  @Test
  void idOf_aliasOfTwoPeople_givesNone() throws IOException {
    assertThat(table().idOf("Kessel")).isEmpty();
  }

  @Test
  void idOf_surnameThatIsNoAlias_givesNone() throws IOException {
    assertThat(table().idOf("Reyes")).isEmpty();
    assertThat(table().idOf("Helena Varga")).isEmpty();
  }

  @Test
  void load_file_readsTheSameTable(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("people.tsv");
    Files.writeString(file, TABLE);

    assertThat(SpeakerDirectory.load(file).idOf("Ilse Maria Kessel")).contains("Q11");
  }

  @Test
  void read_lineWithoutATab_throwsNamingTheLine() {
    assertThatThrownBy(() -> SpeakerDirectory.read(new StringReader("Q1\tA B\nQ2 Bob Smith\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("Q2 Bob Smith");
  }

  @Test
  void empty_linksNobody() {
    assertThat(SpeakerDirectory.empty().idOf("Karl Kessel")).isEmpty();
    assertThat(SpeakerDirectory.empty().size()).isZero();
  }
}
