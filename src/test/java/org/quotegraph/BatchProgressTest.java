package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchProgressTest {

  @Test
  void articlesPerSecond_isDoneOverElapsed() {
    assertThat(new BatchProgress(10, 1, Duration.ofSeconds(4)).articlesPerSecond())
        .isEqualTo(2.5);
  }

  @Test
  void articlesPerSecond_noTimeYet_isZero() {
    assertThat(new BatchProgress(1, 0, Duration.ZERO).articlesPerSecond()).isZero();
  }

  @Test
  void new_moreFailedThanDone_throws() {
    assertThatThrownBy(() -> new BatchProgress(1, 2, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failed=2");
  }
}
