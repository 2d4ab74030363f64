package org.quotegraph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void asWritten_softHyphensAndZeroWidthCharacters_areDropped() {
    assertThat(Names.asWritten("\u00ADAna Ho\u00ADlt\u200D")).isEqualTo("Ana Holt");
  }

  @Test
  void asWritten_runsOfWhiteSpaceAndNoBreakSpaces_becomeOneSpace() {
    assertThat(Names.asWritten("  Ana \n\u00A0 Holt ")).isEqualTo("Ana Holt");
  }
}
