package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void new_negativeStart_isRejectedWithTheValue() {
    assertThatThrownBy(() -> new Span(-1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void new_endBeforeStart_isRejected() {
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlaps_touchingSpans_doNotOverlap() {
    assertThat(new Span(0, 3).overlaps(new Span(3, 5))).isFalse();
    assertThat(new Span(0, 4).overlaps(new Span(3, 5))).isTrue();
  }

  @Test
  void of_returnsTheSpannedText() {
    assertThat(new Span(4, 9).of("the quick fox")).isEqualTo("quick");
  }

  @Test
  void quote_textNotFittingSpan_isRejected() {
    assertThatThrownBy(() -> new Mention(new Span(0, 3), "four"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
