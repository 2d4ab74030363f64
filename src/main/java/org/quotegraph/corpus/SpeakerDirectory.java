package org.quotegraph.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A knowledge-base alias table supplied by the user: people with an id, a canonical name and
 * aliases, read from tab-separated lines {@code id<TAB>canonical name<TAB>alias|alias|...} (the
 * shape of a Wikidata people extract: {@code Q76	Barack Obama	Obama|Barack Hussein Obama}). Blank
 * lines and lines starting with {@code #} are skipped; the aliases column may be missing.
 *
 * <p>A name links to an id when it matches the canonical name or an alias of exactly one person,
 * compared as corpus speakers are (without case, accents, punctuation or leading honorifics). A
 * one-word name links only through a one-word alias or canonical name, never through a surname
 * taken out of a longer one. A name that matches several people links to none.
 *
 * <p>The library ships no table. Instances are immutable and thread-safe.
 */
public final class SpeakerDirectory {

  private static final SpeakerDirectory EMPTY = new SpeakerDirectory(Map.of(), 0);

  private final Map<String, Set<String>> idsByName;
  private final int size;

  private SpeakerDirectory(Map<String, Set<String>> idsByName, int size) {
    this.idsByName = idsByName;
    this.size = size;
  }

  /** {@return a directory with nobody in it: no speaker is linked} */
  public static SpeakerDirectory empty() {
    return EMPTY;
  }

  /**
   * Reads a table from a UTF-8 file.
   *
   * @param file the table
   * @return the directory
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line is not {@code id<TAB>name[<TAB>aliases]}
   */
  public static SpeakerDirectory load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /**
   * Reads a table; the reader is read to its end but not closed.
   *
   * @param in the table's lines
   * @return the directory
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if a line is not {@code id<TAB>name[<TAB>aliases]}
   */
  public static SpeakerDirectory read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    BufferedReader lines = new BufferedReader(in);
    Map<String, Set<String>> byName = new HashMap<>();
    Set<String> ids = new TreeSet<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length < 2 || columns.length > 3 || columns[0].isBlank()
          || columns[1].isBlank()) {
        throw new IllegalArgumentException("alias table line " + number + " is not"
            + " id<TAB>canonical name<TAB>aliases separated by |: \"" + line + "\"");
      }
      String id = columns[0].strip();
      ids.add(id);
      List<String> names = new java.util.ArrayList<>(List.of(columns[1]));
      if (columns.length == 3 && !columns[2].isBlank()) {
        names.addAll(List.of(columns[2].split("\\|")));
      }
      for (String name : names) {
        String key = SpeakerNames.normalised(name);
        if (!key.isEmpty()) {
          byName.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
        }
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    byName.forEach((name, owners) -> frozen.put(name, Set.copyOf(owners)));
    return new SpeakerDirectory(Map.copyOf(frozen), ids.size());
  }

  /** {@return the number of people in the table} */
  public int size() {
    return size;
  }

  /**
   * The id of the one person named {@code name}, if exactly one is.
   *
   * @param name a speaker's name
   * @return the id, or empty when nobody or several people have that name or alias
   */
  public Optional<String> idOf(String name) {
    Objects.requireNonNull(name, "name");
    Set<String> owners = idsByName.getOrDefault(SpeakerNames.normalised(name), Set.of());
    return owners.size() == 1 ? Optional.of(owners.iterator().next()) : Optional.empty();
  }
}
