package org.quotegraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quotegraph.EntityType;
import org.quotegraph.internal.Lexicons;
import org.quotegraph.internal.Lexicons.Gender;

/**
 * Decides which {@link SpeakerSource}s of a corpus are one speaker. Every decision reads the
 * whole set of sources and none depends on the order they were added in, so a corpus gives the
 * same speakers however its articles are ordered. In turn:
 *
 * <ol>
 *   <li>the same type and the same full name of two words or more are one speaker;
 *   <li>a person whose names link to one id of the {@link SpeakerDirectory} is one speaker with
 *       every other person linked to that id;
 *   <li>an initialled name ("Barack H. Obama") joins the full name without its initials ("Barack
 *       Obama") when the corpus has it and the two are not linked to different ids;
 *   <li>a one-word person ("Obama") joins the one full-name person speaker with that surname,
 *       unless their titles, affiliations or genders conflict; when several have that surname, or
 *       the word is a common first name ("David", on CoreNLP's first-name lists), it joins the
 *       one that shares a title or an affiliation with it, if exactly one does and nothing
 *       conflicts. A day or month name ("Tuesday") never joins one. Otherwise it stays its
 *       article's own speaker.
 * </ol>
 *
 * <p>Groups, and names with no letters, are never merged across articles. Not thread-safe; one
 * instance serves one call of {@link #clusters}.
 */
final class SpeakerIdentity {

  /** Words of a title that say nothing about which title it is. */
  private static final Set<String> TITLE_FILLERS =
      Set.of("former", "the", "of", "a", "an", "and", "for", "in", "on", "to", "us", "u", "s");

  private final List<SpeakerSource> sources;
  private final int[] parent;
  private final List<Optional<String>> kbIds = new ArrayList<>();

  private SpeakerIdentity(List<SpeakerSource> sources) {
    this.sources = sources;
    this.parent = new int[sources.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
  }

  /**
   * The speakers {@code sources} make: each a list of source indexes in ascending order, with the
   * directory id its sources link to; speakers in order of their first source.
   */
  static List<Cluster> clusters(List<SpeakerSource> sources, SpeakerDirectory directory) {
    SpeakerIdentity identity = new SpeakerIdentity(sources);
    identity.joinFullNames();
    identity.link(directory);
    identity.joinInitialled();
    identity.joinSurnames();
    return identity.result();
  }

  /** One speaker: the indexes of its sources and its directory id. */
  record Cluster(List<Integer> sources, Optional<String> kbId) {}

  private void joinFullNames() {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      Integer earlier = first.putIfAbsent(key(sources.get(i)), i);
      if (earlier != null) {
        union(earlier, i);
      }
    }
  }

  private void link(SpeakerDirectory directory) {
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      Optional<String> id = isPerson(i) ? directory.idOf(sources.get(i).name()) : Optional.empty();
      kbIds.add(id);
      if (id.isPresent()) {
        Integer earlier = byId.putIfAbsent(id.get(), i);
        if (earlier != null) {
          union(earlier, i);
        }
      }
    }
  }

  private void joinInitialled() {
    Map<String, Integer> plain = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      List<String> words = words(i);
      if (isPerson(i) && words.size() >= 2 && words.stream().allMatch(w -> w.length() > 1)) {
        plain.putIfAbsent(String.join(" ", words), i);
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      List<String> full = words(i).stream().filter(w -> w.length() > 1).toList();
      if (!isPerson(i) || full.size() < 2 || full.size() == words(i).size()) {
        continue;
      }
      Integer target = plain.get(String.join(" ", full));
      if (target != null && !kbConflict(find(i), find(target))) {
        union(target, i);
      }
    }
  }

  private void joinSurnames() {
    // the candidates are the speakers of full names as steps 1 to 3 made them, read before any
    // one-word name joins one, so no join depends on another
    Map<String, Set<Integer>> bySurname = new HashMap<>();
    Map<Integer, Evidence> evidence = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      List<String> words = words(i);
      if (isPerson(i) && words.size() >= 2) {
        int root = find(i);
        bySurname.computeIfAbsent(words.get(words.size() - 1), k -> new TreeSet<>()).add(root);
        evidence.computeIfAbsent(root, r -> new Evidence()).add(sources.get(i), words.get(0));
      }
    }
    Map<Integer, Integer> joins = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      List<String> words = words(i);
      if (!isPerson(i) || words.size() != 1 || kbIds.get(i).isPresent()
          || Lexicons.get().isCalendarWord(words.get(0))) {
        continue;
      }
      Evidence own = new Evidence().add(sources.get(i), null);
      List<Integer> fitting = new ArrayList<>();
      List<Integer> supported = new ArrayList<>();
      Set<Integer> candidates = bySurname.getOrDefault(words.get(0), Set.of());
      for (int candidate : candidates) {
        Evidence theirs = evidence.get(candidate);
        if (!own.conflicts(theirs) && !kbConflict(find(i), candidate)) {
          fitting.add(candidate);
          if (own.supports(theirs)) {
            supported.add(candidate);
          }
        }
      }
      // a common first name ("David") names as many people as a surname several full names
      // share, most of them not the one full name of the corpus that ends in it
      boolean ambiguous = candidates.size() > 1 || Lexicons.get().isFirstName(words.get(0));
      if (!ambiguous && fitting.size() == 1) {
        joins.put(i, fitting.get(0));
      } else if (supported.size() == 1) {
        joins.put(i, supported.get(0));
      }
    }
    joins.forEach(this::union);
  }

  private boolean kbConflict(int rootA, int rootB) {
    Optional<String> a = kbIdOf(rootA);
    Optional<String> b = kbIdOf(rootB);
    return a.isPresent() && b.isPresent() && !a.equals(b);
  }

  private Optional<String> kbIdOf(int root) {
    for (int i = 0; i < sources.size(); i++) {
      if (kbIds.get(i).isPresent() && find(i) == root) {
        return kbIds.get(i);
      }
    }
    return Optional.empty();
  }

  private List<Cluster> result() {
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    Map<Integer, Optional<String>> ids = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      int root = find(i);
      members.computeIfAbsent(root, r -> new ArrayList<>()).add(i);
      if (kbIds.get(i).isPresent()) {
        ids.put(root, kbIds.get(i));
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    members.forEach((root, indexes) ->
        clusters.add(new Cluster(List.copyOf(indexes), ids.getOrDefault(root, Optional.empty()))));
    return clusters;
  }

  /**
   * The key under which sources are one speaker before any evidence is weighed: type and full
   * name, plus the article id when the name is one word or a group's (see {@link
   * CorpusGraph#speakerKey}).
   */
  static String key(SpeakerSource source) {
    List<String> tokens = SpeakerNames.tokens(source.name());
    String name = tokens.isEmpty() ? "#" + source.entityId() : String.join(" ", tokens);
    // neither the type nor the name's words hold a '/', so the parts cannot run into each other
    String key = source.type() + "/" + name;
    boolean strong = tokens.size() >= 2 && source.type() != EntityType.GROUP;
    return strong ? key : key + "/" + source.articleId();
  }

  private List<String> words(int index) {
    return SpeakerNames.tokens(sources.get(index).name());
  }

  private boolean isPerson(int index) {
    return sources.get(index).type() == EntityType.PERSON;
  }

  private int find(int index) {
    int root = index;
    while (parent[root] != root) {
      root = parent[root];
    }
    parent[index] = root;
    return root;
  }

  /** Joins two speakers; the one with the earlier first source is the root, whatever the order. */
  private void union(int a, int b) {
    int rootA = find(a);
    int rootB = find(b);
    if (rootA != rootB) {
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }

  /** What the articles say of one speaker: title words, affiliations, genders. */
  private static final class Evidence {
    final Set<String> titleWords = new HashSet<>();
    final Set<String> affiliations = new HashSet<>();
    final Set<Gender> genders = new HashSet<>();

    Evidence add(SpeakerSource source, String firstName) {
      Lexicons lexicons = Lexicons.get();
      for (String title : source.titles()) {
        for (String word : SpeakerNames.tokens(title)) {
          if (!TITLE_FILLERS.contains(word)) {
            titleWords.add(word);
          }
          genders.add(lexicons.honorificGender(word));
        }
      }
      source.affiliations().forEach(org -> affiliations.add(SpeakerNames.normalised(org)));
      if (firstName != null) {
        genders.add(lexicons.firstNameGender(firstName));
      }
      genders.remove(Gender.UNKNOWN);
      return this;
    }

    boolean supports(Evidence other) {
      return titleWords.stream().anyMatch(other.titleWords::contains)
          || affiliations.stream().anyMatch(other.affiliations::contains);
    }

    boolean conflicts(Evidence other) {
      boolean titles = !titleWords.isEmpty() && !other.titleWords.isEmpty()
          && titleWords.stream().noneMatch(other.titleWords::contains);
      boolean organisations = !affiliations.isEmpty() && !other.affiliations.isEmpty()
          && affiliations.stream().noneMatch(other.affiliations::contains);
      boolean gender = genders.size() == 1 && other.genders.size() == 1
          && !genders.equals(other.genders);
      return titles || organisations || gender;
    }
  }
}
