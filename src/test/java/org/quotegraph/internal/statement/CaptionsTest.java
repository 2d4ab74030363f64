package org.quotegraph.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.internal.quote.Paragraphs;

class CaptionsTest {

  private static boolean isCaption(String text, int paragraph) {
    return Captions.isCaption(text, new Paragraphs(text), paragraph);
  }

  @Test
  void isCaption_paragraphEndingWithACredit_isACaption() {
    String text = "Holt spoke first.\n\nHolt says the crew was paid. (Rui Lopes/Harbour News)\n";

    assertThat(isCaption(text, 0)).isFalse();
    assertThat(isCaption(text, 1)).isTrue();
  }

  @Test
  void isCaption_creditWithSpacesAndThreeParts_isACaption() {
    assertThat(isCaption("The quay at dawn. ( Rui Lopes / AFP / Getty Images )", 0)).isTrue();
  }

  @Test
  void isCaption_parenthesesWithoutASlash_isNoCaption() {
    assertThat(isCaption("Holt said the crew was paid (in cash).", 0)).isFalse();
  }

  @Test
  void isCaption_creditNotAtTheEnd_isNoCaption() {
    assertThat(isCaption("A photo (Rui Lopes/Harbour News) shows the quay, Holt said.", 0))
        .isFalse();
  }
}
