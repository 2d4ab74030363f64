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
  void withThreads_withoutAWindowSet_setsWindowToFourPerThread() {
    BatchOptions options = BatchOptions.serial().withThreads(3);

    assertThat(options.threads()).isEqualTo(3);
    assertThat(options.maxInFlight()).isEqualTo(12);
  }

  @Test
  void withThreads_afterWithMaxInFlight_keepsTheWindowTheCallerSet() {
    BatchOptions options = BatchOptions.serial().withMaxInFlight(20).withThreads(3);

    assertThat(options.maxInFlight()).isEqualTo(20);
    assertThat(options).isEqualTo(BatchOptions.serial().withThreads(3).withMaxInFlight(20));
  }

  @Test
  void withThreads_moreThanTheWindowSet_throwsNamingBoth() {
    assertThatThrownBy(() -> BatchOptions.serial().withMaxInFlight(2).withThreads(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxInFlight must be at least threads (4), got 2");
  }

  @Test
  void equals_aWindowSetToFourPerThreadDiffersFromNoWindowSet() {
    BatchOptions set = BatchOptions.serial().withMaxInFlight(4);

    assertThat(set.maxInFlight()).isEqualTo(BatchOptions.serial().maxInFlight());
    assertThat(set.withThreads(2).maxInFlight()).isEqualTo(4);
    assertThat(BatchOptions.serial().withThreads(2).maxInFlight()).isEqualTo(8);
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
