package org.quotegraph.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments split into {@code --name value} options and the positional arguments
 * between them. Immutable.
 */
final class Options {

  private final Map<String, String> values;
  private final List<String> positional;

  private Options(Map<String, String> values, List<String> positional) {
    this.values = Map.copyOf(values);
    this.positional = List.copyOf(positional);
  }

  /**
   * Splits {@code args}; each option in {@code known} takes one value, as {@code --name value} or
   * {@code --name=value}.
   *
   * @throws IllegalArgumentException for an unknown option, one without a value, or one given twice
   */
  static Options parse(String command, List<String> args, Set<String> known) {
    Map<String, String> values = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      if (!known.contains(name)) {
        throw new IllegalArgumentException(command + " has no option --" + name
            + "; its options are --" + String.join(", --", known.stream().sorted().toList()));
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
    return new Options(values, positional);
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  List<String> positional() {
    return positional;
  }
}
