package org.quotegraph.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code models/}, read once per JVM, plus CoreNLP's first-name lists.
 * Immutable and thread-safe.
 */
public final class Lexicons {

  /** A gender that a name, honorific or pronoun implies. */
  public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  private static final String OWN = "/org/quotegraph/models/";
  private static final String CORENLP_GENDER = "/edu/stanford/nlp/models/gender/";

  private static final Lexicons INSTANCE = new Lexicons();

  private final Set<String> reportingVerbs = words(OWN + "reporting-verbs.txt");
  private final Set<String> cognitionVerbs = words(OWN + "cognition-verbs.txt");
  private final Set<String> broadVerbs = words(OWN + "broad-verbs.txt");
  private final Map<String, Gender> honorifics = honorificGenders(OWN + "honorifics.txt");
  private final Set<String> titles = words(OWN + "titles.txt");
  private final Set<String> organisationWords = words(OWN + "organisation-words.txt");
  private final Set<String> groupWords = words(OWN + "group-words.txt");
  private final Set<String> documentWords = words(OWN + "document-words.txt");
  private final Set<String> calendarWords = words(OWN + "calendar-words.txt");
  private final Set<String> maleNames = words(CORENLP_GENDER + "male_first_names.txt");
  private final Set<String> femaleNames = words(CORENLP_GENDER + "female_first_names.txt");

  private Lexicons() {}

  public static Lexicons get() {
    return INSTANCE;
  }

  public boolean isReportingVerb(String lemma) {
    return reportingVerbs.contains(lower(lemma));
  }

  public boolean isCognitionVerb(String lemma) {
    return cognitionVerbs.contains(lower(lemma));
  }

  /** Verbs of stance, wish and finding, counted only in the broad attribution scope. */
  public boolean isBroadVerb(String lemma) {
    return broadVerbs.contains(lower(lemma));
  }

  /** Whether {@code word} (with or without a final full stop) is an honorific. */
  public boolean isHonorific(String word) {
    return honorifics.containsKey(bare(word));
  }

  public Gender honorificGender(String word) {
    return honorifics.getOrDefault(bare(word), Gender.UNKNOWN);
  }

  /** Whether {@code word} (with or without a final full stop) is a title or role word. */
  public boolean isTitle(String word) {
    return titles.contains(bare(word));
  }

  public boolean isOrganisationWord(String word) {
    return organisationWords.contains(lower(word));
  }

  public boolean isGroupWord(String word) {
    return groupWords.contains(lower(word));
  }

  public boolean isDocumentWord(String word) {
    return documentWords.contains(lower(word));
  }

  /** Whether {@code word} names a day of the week or a month that is not also a person's name. */
  public boolean isCalendarWord(String word) {
    return calendarWords.contains(lower(word));
  }

  /** Whether {@code name} is on CoreNLP's list of common male or female first names. */
  public boolean isFirstName(String name) {
    String key = lower(name);
    return maleNames.contains(key) || femaleNames.contains(key);
  }

  /** The gender a first name usually has, or {@link Gender#UNKNOWN}. */
  public Gender firstNameGender(String name) {
    String key = lower(name);
    boolean male = maleNames.contains(key);
    boolean female = femaleNames.contains(key);
    if (male == female) {
      return Gender.UNKNOWN;
    }
    return male ? Gender.MALE : Gender.FEMALE;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static String bare(String word) {
    String lower = lower(word);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private static Set<String> words(String resource) {
    Set<String> words = new HashSet<>();
    forEachEntry(resource, entry -> words.add(lower(entry)));
    return Set.copyOf(words);
  }

  private static Map<String, Gender> honorificGenders(String resource) {
    Map<String, Gender> genders = new HashMap<>();
    forEachEntry(resource, entry -> {
      int equals = entry.indexOf('=');
      String word = equals < 0 ? entry : entry.substring(0, equals).trim();
      String mark = equals < 0 ? "" : entry.substring(equals + 1).trim();
      genders.put(lower(word),
          mark.equals("m") ? Gender.MALE : mark.equals("f") ? Gender.FEMALE : Gender.UNKNOWN);
    });
    return Map.copyOf(genders);
  }

  private static void forEachEntry(String resource, java.util.function.Consumer<String> action) {
    try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource
            + ": the quotegraph jar (or, for first names, the CoreNLP models jar) is incomplete");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String entry = (hash < 0 ? line : line.substring(0, hash)).trim();
        if (!entry.isEmpty()) {
          action.accept(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
