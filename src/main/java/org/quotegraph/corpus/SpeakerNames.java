package org.quotegraph.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotegraph.internal.Lexicons;

/**
 * Names compared the way the corpus merges speakers: without case, accents, honorifics or
 * punctuation. Stateless and thread-safe.
 */
final class SpeakerNames {

  private SpeakerNames() {}

  /**
   * The words of {@code name}, lower-cased, without accents and punctuation, hyphens read as
   * spaces, and without the honorifics it starts with ("Dr. José Núñez-Ortega" gives {@code
   * [jose, nunez, ortega]}). A name that is nothing but honorifics keeps them.
   */
  static List<String> tokens(String name) {
    String bare = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("['\u2019\u02bc`]", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
    List<String> words = new ArrayList<>(List.of(bare.isEmpty() ? new String[0] : bare.split(" ")));
    int first = 0;
    while (first < words.size() - 1 && Lexicons.get().isHonorific(words.get(first))) {
      first++;
    }
    return List.copyOf(words.subList(first, words.size()));
  }

  /** The words of {@code name} joined by single spaces: the form two names are compared in. */
  static String normalised(String name) {
    return String.join(" ", tokens(name));
  }
}
