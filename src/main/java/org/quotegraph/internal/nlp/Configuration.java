package org.quotegraph.internal.nlp;

import java.util.Arrays;

/**
 * A configuration of the arc-standard transition system with a single root, as CoreNLP's parser
 * runs it: a stack, a buffer, the arcs so far, and each word's two nearest children on each side,
 * kept up to date as arcs are added. Token 0 is the root; the words are 1 to n. Mutable; one per
 * sentence being parsed.
 */
class Configuration {

  final int n;
  final int[] head;
  /** The label index of the arc to each token's head. */
  final int[] label;
  final int[] leftmost;
  final int[] secondLeftmost;
  final int[] rightmost;
  final int[] secondRightmost;
  final int[] stack;
  int stackSize;
  /** The first token of the buffer; the buffer is always that token to the last. */
  int next = 1;
  /** The labels: transition t is a left arc with label t, then right arcs, then the shift. */
  private final int labelCount;
  private final int transitions;

  Configuration(int n, int labelCount, int transitions) {
    this.n = n;
    this.labelCount = labelCount;
    this.transitions = transitions;
    head = new int[n + 1];
    label = new int[n + 1];
    leftmost = new int[n + 1];
    secondLeftmost = new int[n + 1];
    rightmost = new int[n + 1];
    secondRightmost = new int[n + 1];
    for (int[] array : new int[][] {head, leftmost, secondLeftmost, rightmost, secondRightmost}) {
      Arrays.fill(array, -1);
    }
    stack = new int[n + 1];
    stackSize = 1; // the root
  }

  /** The k-th token from the top of the stack, or -1. */
  int stackAt(int k) {
    return k < stackSize ? stack[stackSize - 1 - k] : -1;
  }

  int bufferAt(int k) {
    return next + k <= n ? next + k : -1;
  }

  static int child(int[] children, int token) {
    return token < 0 ? -1 : children[token];
  }

  /**
   * The highest-scoring transition that applies, the first of equals; as CoreNLP's arc-standard
   * system with a single root: an arc to the root only when it is the last arc.
   */
  int bestApplicable(float[] scores) {
    int best = -1;
    float bestScore = Float.NEGATIVE_INFINITY;
    boolean canShift = next <= n;
    boolean canLeft = stackSize > 2;
    boolean canRightToRoot = stackSize == 2 && !canShift;
    for (int t = 0; t < transitions; t++) {
      if (scores[t] > bestScore || best < 0) {
        boolean applies;
        if (t < labelCount) {
          applies = canLeft && t != 0; // label 0 is the root's
        } else if (t < 2 * labelCount) {
          applies = t == labelCount ? canRightToRoot : canLeft;
        } else {
          applies = canShift;
        }
        if (applies) {
          best = t;
          bestScore = scores[t];
        }
      }
    }
    return best;
  }

  /** Applies transition {@code transition}: a left arc, a right arc or the shift. */
  void apply(int transition) {
    if (transition < labelCount) {
      int governor = stackAt(0);
      int dependent = stackAt(1);
      attach(governor, dependent, transition);
      // the new child lies left of every earlier left child
      secondLeftmost[governor] = leftmost[governor];
      leftmost[governor] = dependent;
      stack[stackSize - 2] = governor;
      stackSize--;
    } else if (transition < 2 * labelCount) {
      int governor = stackAt(1);
      int dependent = stackAt(0);
      attach(governor, dependent, transition - labelCount);
      // the new child lies right of every earlier right child
      secondRightmost[governor] = rightmost[governor];
      rightmost[governor] = dependent;
      stackSize--;
    } else {
      stack[stackSize++] = next++;
    }
  }

  private void attach(int governor, int dependent, int labelIndex) {
    head[dependent] = governor;
    label[dependent] = labelIndex;
  }
}
