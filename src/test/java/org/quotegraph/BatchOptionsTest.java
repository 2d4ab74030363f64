package org.quotegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BatchOptionsTest {

  @Test
  void defaults_oneThreadPerCoreAndFourInFlightEach() {
    BatchOptions options = BatchOptions.defaults();

    assertThat(options.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(options.maxInFlight()).isEqualTo(4 * options.threads());
    assertThat(options.listener()).isSameAs(BatchListener.NONE);
  }

  @Test
  void withThreads_setsWindowToFourPerThread() {
    assertThat(BatchOptions.serial().withThreads(3)).isEqualTo(
        new BatchOptions(3, 12, BatchListener.NONE));
  }

  @Test
  void new_zeroThreads_throwsNamingTheValue() {
    assertThatThrownBy(() -> BatchOptions.serial().withThreads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
  }

  @Test
  void new_tooManyThreads_throws() {
    assertThatThrownBy(() -> BatchOptions.serial().withThreads(BatchOptions.MAX_THREADS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void new_windowSmallerThanThreads_throwsSayingWhatToChange() {
    assertThatThrownBy(() -> BatchOptions.serial().withThreads(4).withMaxInFlight(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxInFlight must be at least threads (4)");
  }

  @Test
  void new_nullListener_throws() {
    assertThatThrownBy(() -> BatchOptions.serial().withListener(null))
        .isInstanceOf(NullPointerException.class).hasMessage("listener");
  }
}
