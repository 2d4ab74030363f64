package org.quotegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerNamesTest {

  @Test
  void tokens_accentsHyphensAndHonorific_areDropped() {
    assertThat(SpeakerNames.tokens("Dr. José Núñez-Ortega")).containsExactly("jose", "nunez", "ortega");
  }

  @Test
  void tokens_severalHonorifics_areAllDropped() {
    assertThat(SpeakerNames.tokens("Prof. Dr Ada Okafor")).containsExactly("ada", "okafor");
  }

  @Test
  void tokens_nameThatIsOnlyAnHonorific_keepsIt() {
    assertThat(SpeakerNames.tokens("Mr.")).containsExactly("mr");
  }

  @Test
  void normalised_straightAndCurlyApostrophes_areTheSame() {
    assertThat(SpeakerNames.normalised("Siobhan O\u2019Brien"))
        .isEqualTo(SpeakerNames.normalised("SIOBHAN O'BRIEN"))
        .isEqualTo("siobhan obrien");
  }

  @Test
  void tokens_blankName_givesNoWords() {
    assertThat(SpeakerNames.tokens(" -- ")).isEmpty();
  }
}
