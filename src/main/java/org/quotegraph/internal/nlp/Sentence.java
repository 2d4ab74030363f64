package org.quotegraph.internal.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence: its tokens and, when it was parsed, its dependency arcs. Sentences that were not
 * parsed (no quotation mark, no reporting cue) have no arcs; every token is then its own root.
 *
 *
 * <p>Immutable; the arcs are indexed once on construction.
 */
public final class Sentence {

  private final int index;
  private final List<Token> tokens;
  private final List<Dependency> dependencies;
  private final Dependency[] arcsByDependent;
  /** The arcs leaving each token, in the order of {@link #dependencies}. */
  private final List<List<Dependency>> arcsByGovernor;

  public Sentence(int index, List<Token> tokens, List<Dependency> dependencies) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence has at least one token");
    }
    this.index = index;
    this.tokens = List.copyOf(tokens);
    this.dependencies = List.copyOf(dependencies);
    this.arcsByDependent = new Dependency[tokens.size()];
    List<List<Dependency>> byGovernor = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      byGovernor.add(new ArrayList<>(2));
    }
    for (Dependency arc : dependencies) {
      arcsByDependent[arc.dependent()] = arc;
      if (arc.governor() >= 0) {
        byGovernor.get(arc.governor()).add(arc);
      }
    }
    this.arcsByGovernor = byGovernor;
  }

  public int index() {
    return index;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  public boolean isParsed() {
    return !dependencies.isEmpty();
  }

  public int start() {
    return tokens.get(0).start();
  }

  public int end() {
    return tokens.get(tokens.size() - 1).end();
  }

  public Token token(int index) {
    return tokens.get(index);
  }

  public int size() {
    return tokens.size();
  }

  /** The governor's index of token {@code index}, or -1 for the root or an unparsed sentence. */
  public int governor(int index) {
    Dependency arc = arcsByDependent[index];
    return arc == null ? -1 : arc.governor();
  }

  /** The relation of token {@code index} to its governor, or "" when unparsed. */
  public String relation(int index) {
    Dependency arc = arcsByDependent[index];
    return arc == null ? "" : arc.relation();
  }

  /** The arcs leaving token {@code index}, in token order. */
  public List<Dependency> children(int index) {
    return new ArrayList<>(arcsFrom(index));
  }

  private List<Dependency> arcsFrom(int index) {
    if (index < 0 || index >= tokens.size()) {
      // the root's arc (governor -1), or no token: the rare case, answered by a scan
      return dependencies.stream().filter(arc -> arc.governor() == index).toList();
    }
    return arcsByGovernor.get(index);
  }

  /** The first dependent of {@code index} whose relation starts with {@code relationPrefix}. */
  public Optional<Integer> child(int index, String relationPrefix) {
    for (Dependency arc : arcsFrom(index)) {
      if (arc.relation().startsWith(relationPrefix)) {
        return Optional.of(arc.dependent());
      }
    }
    return Optional.empty();
  }

  /** Whether token {@code descendant} lies in the subtree headed by {@code ancestor}. */
  public boolean dominates(int ancestor, int descendant) {
    int current = descendant;
    for (int steps = 0; current >= 0 && steps <= tokens.size(); steps++) {
      if (current == ancestor) {
        return true;
      }
      current = governor(current);
    }
    return false;
  }

  /** The indices of the subtree headed by {@code head}, in token order, {@code head} included. */
  public List<Integer> subtree(int head) {
    if (head < 0 || head >= tokens.size()) {
      return new ArrayList<>();
    }
    // walks down from the head (linear) rather than up from every token (quadratic)
    boolean[] inside = new boolean[tokens.size()];
    inside[head] = true;
    ArrayDeque<Integer> pending = new ArrayDeque<>();
    pending.push(head);
    while (!pending.isEmpty()) {
      for (Dependency arc : arcsByGovernor.get(pending.pop())) {
        if (!inside[arc.dependent()]) {
          inside[arc.dependent()] = true;
          pending.push(arc.dependent());
        }
      }
    }
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < inside.length; i++) {
      if (inside[i]) {
        members.add(i);
      }
    }
    return members;
  }

  /** The text from the first to the last of {@code indices} (which must be in order). */
  public String text(String articleText, List<Integer> indices) {
    return articleText.substring(
        tokens.get(indices.get(0)).start(), tokens.get(indices.get(indices.size() - 1)).end());
  }

  @Override
  public String toString() {
    return "Sentence" + index + tokens.stream().map(Token::word).toList();
  }
}
