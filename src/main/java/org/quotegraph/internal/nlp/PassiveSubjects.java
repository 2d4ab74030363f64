package org.quotegraph.internal.nlp;

import java.util.List;

/**
 * CoreNLP's parser model leaves it to CoreNLP's conversion to Universal Dependencies to mark a
 * subject passive; this does the same after our parse: a plain subject ({@code nsubj}, {@code
 * csubj}) of a word with a passive auxiliary ({@code aux:pass}) becomes its passive form. A model
 * with other labels (not Universal Dependencies) gets no such rule. Immutable.
 */
final class PassiveSubjects {

  /** Indices in the model's label list of the labels the rule reads, or -1 for no rule. */
  private final int passiveAuxiliary;
  private final int nominalSubject;
  private final int passiveNominalSubject;
  private final int clausalSubject;
  private final int passiveClausalSubject;

  /** @param labels the relation names of the model's transitions, by label index */
  PassiveSubjects(List<String> labels) {
    int nominal = labels.indexOf("nsubj");
    int nominalPassive = labels.indexOf("nsubj:pass");
    int clausal = labels.indexOf("csubj");
    int clausalPassive = labels.indexOf("csubj:pass");
    boolean complete = nominal >= 0 && nominalPassive >= 0 && clausal >= 0 && clausalPassive >= 0;
    this.passiveAuxiliary = complete ? labels.indexOf("aux:pass") : -1;
    this.nominalSubject = nominal;
    this.passiveNominalSubject = nominalPassive;
    this.clausalSubject = clausal;
    this.passiveClausalSubject = clausalPassive;
  }

  /**
   * Relabels the subjects of passive words in one parse.
   *
   * @param head each token's head (tokens 1 to {@code n}; 0 is the root)
   * @param label each token's label index, changed in place
   */
  void mark(int[] head, int[] label, int n) {
    if (passiveAuxiliary < 0) {
      return;
    }
    boolean[] passive = new boolean[n + 1];
    for (int i = 1; i <= n; i++) {
      if (label[i] == passiveAuxiliary) {
        passive[head[i]] = true;
      }
    }
    for (int i = 1; i <= n; i++) {
      if (passive[head[i]]) {
        if (label[i] == nominalSubject) {
          label[i] = passiveNominalSubject;
        } else if (label[i] == clausalSubject) {
          label[i] = passiveClausalSubject;
        }
      }
    }
  }
}
