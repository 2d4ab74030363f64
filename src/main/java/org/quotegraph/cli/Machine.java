package org.quotegraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the bench reads off the JVM and the machine: time, heap, the JIT, CPU ticks. */
final class Machine {

  private Machine() {}

  /** The seconds since {@code began}, a {@link System#nanoTime()}. */
  static double seconds(long began) {
    return (System.nanoTime() - began) / 1e9;
  }

  /** The heap in use after a few garbage collections, in megabytes. */
  static double heapMegabytes() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
  }

  /** The JIT's compilation milliseconds so far, summed over its threads; -1 if not known. */
  static long compilationMillis() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? compiler.getTotalCompilationTime() : -1;
  }

  /**
   * The JIT's compilation time since {@code compilingBefore} over the time since {@code began};
   * NaN if not known.
   */
  static double jitShare(long compilingBefore, long began) {
    long compiling = compilationMillis();
    return compilingBefore < 0 || compiling < 0 ? Double.NaN
        : (compiling - compilingBefore) / 1e3 / seconds(began);
  }

  /**
   * The CPU ticks of all cores so far, in all and stolen: on a virtual machine, time the host
   * gave to other machines while this one had work to run. From the first line of Linux's
   * {@code /proc/stat}; {@code {0, 0}} where that cannot be read.
   */
  static long[] cpuTicks() {
    try (BufferedReader reader = Files.newBufferedReader(Path.of("/proc/stat"))) {
      return cpuTicks(reader.readLine());
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /**
   * The ticks in all and the stolen ticks on a {@code /proc/stat} "cpu" line (user, nice, system,
   * idle, iowait, irq, softirq, steal, then guest times, which user already counts); {@code {0,
   * 0}} for any other line.
   */
  static long[] cpuTicks(String line) {
    String[] fields = line == null ? new String[0] : line.trim().split("\\s+");
    if (fields.length < 9 || !fields[0].equals("cpu")) {
      return new long[] {0, 0};
    }
    long total = 0;
    for (int i = 1; i <= 8; i++) {
      total += Long.parseLong(fields[i]);
    }
    return new long[] {total, Long.parseLong(fields[8])};
  }
}
