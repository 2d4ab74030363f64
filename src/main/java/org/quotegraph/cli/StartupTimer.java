package org.quotegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.quotegraph.NewsExtractor;
import org.quotegraph.internal.nlp.StockPipeline;

/**
 * Times the start-up of one side of the bench in a fresh JVM: what a user waits for, with
 * nothing borrowed from classes or compiled code the other side loaded.
 */
final class StartupTimer {

  /** The command a fresh JVM runs to time one side's start-up; not meant for users. */
  static final String STARTUP_COMMAND = "bench-startup";

  static final String OURS = "ours";
  static final String STOCK = "stock";

  private StartupTimer() {}

  /**
   * Builds one side ({@code ours} or {@code stock}) and prints the seconds it took: the body of
   * the fresh JVM that {@link #inFreshJvm} starts.
   */
  static void startup(List<String> args, PrintStream out) {
    if (args.size() != 1 || !List.of(OURS, STOCK).contains(args.get(0))) {
      throw new IllegalArgumentException(STARTUP_COMMAND + " takes " + OURS + " or " + STOCK);
    }
    long began = System.nanoTime();
    Object built = args.get(0).equals(OURS) ? NewsExtractor.builder().build()
        : StockPipeline.load(false);
    double startup = Machine.seconds(began);
    Reference.reachabilityFence(built);
    out.printf(Locale.ROOT, "%.3f%n", startup);
  }

  /**
   * The start-up seconds of one side, measured in a new JVM with this JVM's class path and
   * options; empty, with the reason on {@code err}, if that JVM could not be run.
   */
  static OptionalDouble inFreshJvm(String side, PrintStream err) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
        STARTUP_COMMAND, side));
    err.printf(Locale.ROOT, "bench: start-up of %s in a fresh JVM...%n", side);
    try {
      Path log = Files.createTempFile("quotegraph-bench-", ".log");
      try {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        int status = process.waitFor();
        List<String> lines = Files.readAllLines(log);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        if (status == 0 && last.matches("\\d+\\.\\d+")) {
          return OptionalDouble.of(Double.parseDouble(last));
        }
        err.printf(Locale.ROOT, "bench: the fresh JVM for %s failed (status %d): %s%n", side,
            status, String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      err.println("bench: could not start a fresh JVM for " + side + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return OptionalDouble.empty();
  }
}
