package org.quotegraph.cli;

import java.util.Arrays;
import java.util.Locale;

/**
 * A timed pass of the bench: how many articles it analysed, in how many seconds, and the
 * machine's CPU ticks over it, in all and stolen (see {@link Machine#cpuTicks}); the ticks are 0
 * where not known.
 */
record Pass(int articles, double seconds, long ticks, long stolenTicks) {

  double rate() {
    return articles / seconds;
  }

  /** The median rate; of an even count of passes, the mean of the middle two. */
  static double median(Pass[] passes) {
    double[] rates = Arrays.stream(passes).mapToDouble(Pass::rate).sorted().toArray();
    int middle = rates.length / 2;
    return rates.length % 2 == 1 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2;
  }

  /** The articles per second of the slowest and the fastest pass. */
  static String range(Pass[] passes) {
    return String.format(Locale.ROOT, "%.2f to %.2f",
        Arrays.stream(passes).mapToDouble(Pass::rate).min().orElseThrow(),
        Arrays.stream(passes).mapToDouble(Pass::rate).max().orElseThrow());
  }

  /** The share of the passes' CPU ticks that were stolen; NaN if not known. */
  static double stolenShare(Pass[] passes) {
    long ticks = Arrays.stream(passes).mapToLong(Pass::ticks).sum();
    return ticks <= 0 ? Double.NaN
        : Arrays.stream(passes).mapToLong(Pass::stolenTicks).sum() / (double) ticks;
  }
}
