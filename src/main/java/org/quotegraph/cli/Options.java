package org.quotegraph.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command's arguments split into {@code --name value} options and the positional arguments
 * between them. Immutable.
 */
final class Options {

  private final Map<String, String> values;
  private final Set<String> flags;
  private final List<String> positional;

  private Options(Map<String, String> values, Set<String> flags, List<String> positional) {
    this.values = Map.copyOf(values);
    this.flags = Set.copyOf(flags);
    this.positional = List.copyOf(positional);
  }

  /**
   * Splits {@code args}; each option in {@code known} takes one value, as {@code --name value} or
   * {@code --name=value}.
   *
   * @throws IllegalArgumentException for an unknown option, one without a value, or one given twice
   */
  static Options parse(String command, List<String> args, Set<String> known) {
    return parse(command, args, known, Set.of());
  }

  /**
   * Splits {@code args}, as {@link #parse(String, List, Set)} does, where the options in {@code
   * switches} take no value ({@code --ours-only}).
   *
   * @throws IllegalArgumentException also for a switch given a value ({@code --ours-only=yes})
   */
  static Options parse(String command, List<String> args, Set<String> known,
      Set<String> switches) {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      if (switches.contains(name)) {
        if (equals >= 0) {
          throw new IllegalArgumentException("--" + name + " is a switch and takes no value; give it"
              + " as --" + name);
        }
        if (!flags.add(name)) {
          throw new IllegalArgumentException("--" + name + " is given twice; give it once");
        }
        continue;
      }
      if (!known.contains(name)) {
        Set<String> all = new TreeSet<>(known);
        all.addAll(switches);
        throw new IllegalArgumentException(command + " has no option --" + name
            + "; its options are --" + String.join(", --", all));
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      if (values.put(name, value) != null) {
        throw new IllegalArgumentException("--" + name + " is given twice; give it once");
      }
    }
    return new Options(values, flags, positional);
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Whether the switch {@code name} was given. */
  boolean flag(String name) {
    return flags.contains(name);
  }

  /**
   * The whole number given for {@code name}, or {@code otherwise} if it was not given.
   *
   * @throws IllegalArgumentException if the value is not a whole number of at least {@code
   *     least}
   */
  int number(String name, int least, int otherwise) {
    Optional<String> value = value(name);
    if (value.isEmpty()) {
      return otherwise;
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number >= least) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--" + name + " needs " + (least == 1 ? "a positive number"
        : "a number of at least " + least) + ", got \"" + value.get() + "\"");
  }

  List<String> positional() {
    return positional;
  }
}
