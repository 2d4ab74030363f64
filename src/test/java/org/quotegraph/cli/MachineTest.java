package org.quotegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineTest {

  @Test
  void cpuTicks_procStatCpuLine_sumsTheFirstEightFieldsAndTakesStealFromTheEighth() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    long[] ticks = Machine.cpuTicks("cpu  4563715 0 153826 1750868 1556 0 600 46994 0 0");

    assertThat(ticks).containsExactly(4563715L + 153826 + 1750868 + 1556 + 600 + 46994, 46994L);
  }

  @Test
  void cpuTicks_guestTimes_areNotCountedTwice() {
    long[] ticks = Machine.cpuTicks("cpu 10 20 30 40 50 60 70 80 900 900");

    assertThat(ticks).containsExactly(360L, 80L);
  }

  @Test
  void cpuTicks_aLineThatIsNotTheCpuTotal_givesZeros() {
    assertThat(Machine.cpuTicks("cpu0 10 20 30 40 50 60 70 80")).containsExactly(0L, 0L);
    assertThat(Machine.cpuTicks("cpu 10 20 30")).containsExactly(0L, 0L);
    assertThat(Machine.cpuTicks(null)).containsExactly(0L, 0L);
  }
}
