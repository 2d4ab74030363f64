package org.quotegraph.internal.confidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link ConfidenceModel} to judged statements: an L2-regularised logistic regression of
 * "right" on the model's terms, by Newton's method. The prior keeps a term seen on few statements
 * near 0, so a rare rule's confidence is its broader terms' (the rule's base, the intercept).
 * Not thread-safe; one fit per instance.
 */
public final class ConfidenceFit {

  /** The prior's weight on every term but the intercept: a weight of 1 per log-odds squared. */
  static final double PRIOR = 1.0;
  /**
   * The intercept's prior, weak enough not to move it on real data, strong enough that statements
   * all right (or all wrong) give a finite table.
   */
  static final double INTERCEPT_PRIOR = 0.01;
  private static final int MAX_STEPS = 50;
  private static final double CONVERGED = 1e-9;

  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final List<int[]> rows = new ArrayList<>();
  private final List<Boolean> outcomes = new ArrayList<>();

  /** Adds a statement with these features, right or not. */
  public void add(ConfidenceFeatures features, boolean right) {
    List<String> terms = ConfidenceModel.terms(features);
    int[] row = new int[terms.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = index.computeIfAbsent(terms.get(i), term -> index.size());
    }
    rows.add(row);
    outcomes.add(right);
  }

  /** How many statements were added. */
  public int size() {
    return rows.size();
  }

  /**
   * The model that best fits the statements added.
   *
   * @throws IllegalStateException if none were added
   */
  public ConfidenceModel fit() {
    if (rows.isEmpty()) {
      throw new IllegalStateException("no statements to fit the confidence on");
    }
    int n = index.size();
    double[] w = new double[n];
    int intercept = index.get("intercept");
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] gradient = new double[n];
      double[][] hessian = new double[n][n];
      for (int i = 0; i < n; i++) {
        double prior = i == intercept ? INTERCEPT_PRIOR : PRIOR;
        gradient[i] = -prior * w[i];
        hessian[i][i] = prior;
      }
      for (int r = 0; r < rows.size(); r++) {
        int[] row = rows.get(r);
        double logOdds = 0;
        for (int term : row) {
          logOdds += w[term];
        }
        double p = 1 / (1 + Math.exp(-logOdds));
        double residual = (outcomes.get(r) ? 1 : 0) - p;
        double curvature = p * (1 - p);
        for (int a : row) {
          gradient[a] += residual;
          for (int b : row) {
            hessian[a][b] += curvature;
          }
        }
      }
      double[] change = solve(hessian, gradient);
      double largest = 0;
      for (int i = 0; i < n; i++) {
        w[i] += change[i];
        largest = Math.max(largest, Math.abs(change[i]));
      }
      if (largest < CONVERGED) {
        break;
      }
    }
    for (double weight : w) {
      if (!Double.isFinite(weight)) {
        throw new IllegalStateException("the confidence fit did not converge on " + rows.size()
            + " statements; give it more, and both right and wrong ones");
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    index.keySet().stream().sorted().forEach(term -> weights.put(term, w[index.get(term)]));
    return new ConfidenceModel(weights);
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; {@code a} is square. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = new double[n + 1];
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int r = col + 1; r < n; r++) {
        double factor = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= factor * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = m[r][n];
      for (int c = r + 1; c < n; c++) {
        sum -= m[r][c] * x[c];
      }
      x[r] = sum / m[r][r];
    }
    return x;
  }
}
