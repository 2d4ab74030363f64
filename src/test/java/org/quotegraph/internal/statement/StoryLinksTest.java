package org.quotegraph.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotegraph.internal.quote.Paragraphs;

class StoryLinksTest {

  private static boolean isLink(String text, int paragraph) {
    return StoryLinks.isLink(text, new Paragraphs(text), paragraph);
  }

  @Test
  void isLink_readMoreLabel_isALink() {
    String text = "Holt spoke first.\n\nREAD MORE: Mayor says the bridge will open in May\n";

    assertThat(isLink(text, 0)).isFalse();
    assertThat(isLink(text, 1)).isTrue();
  }

  @Test
  void isLink_watchLabelInAnyCase_isALink() {
    assertThat(isLink("Watch: Holt says the ferry is safe", 0)).isTrue();
  }

  @Test
  void isLink_colonLaterInTheParagraph_isNoLink() {
    assertThat(isLink("Holt said one thing was certain: the ferry would run.", 0)).isFalse();
  }

  @Test
  void isLink_wordStartingLikeALabel_isNoLink() {
    assertThat(isLink("Readers wrote: the ferry is late.", 0)).isFalse();
  }
}
