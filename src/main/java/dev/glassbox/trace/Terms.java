package dev.glassbox.trace;

import java.util.function.IntToDoubleFunction;

/**
 * A long sum Σ_i u_i v_i shown by its largest terms: {@code (0.82×0.99) + (-0.51×0.98) + (0.3×0.5)
 * + 781 more terms (Σ 0.1234)}. Which terms are largest is judged by |u_i v_i|.
 */
final class Terms {
  /** Terms shown before "more terms". */
  static final int SHOWN = 3;

  private Terms() {}

  /**
   * Indices of the {@code k} largest |f(i)| for i in [0, n), largest first; ties keep the smaller
   * index first. Zero values are never chosen, so the result may be shorter than k.
   */
  static int[] largest(int n, IntToDoubleFunction f, int k) {
    int[] idx = new int[k];
    double[] mag = new double[k];
    int count = 0;
    for (int i = 0; i < n; i++) {
      double m = Math.abs(f.applyAsDouble(i));
      if (!(m > 0) && !Double.isNaN(m)) {
        continue;
      }
      if (count == k && !(m > mag[k - 1])) {
        continue;
      }
      // insertion into the short sorted list
      int p = count < k ? count++ : k - 1;
      while (p > 0 && m > mag[p - 1]) {
        mag[p] = mag[p - 1];
        idx[p] = idx[p - 1];
        p--;
      }
      mag[p] = m;
      idx[p] = i;
    }
    return java.util.Arrays.copyOf(idx, count);
  }

  /** The sum Σ_{i<n} u(i)·v(i) written by its largest terms, without the "= total". */
  static String sum(int n, IntToDoubleFunction u, IntToDoubleFunction v) {
    IntToDoubleFunction product = i -> u.applyAsDouble(i) * v.applyAsDouble(i);
    if (n <= SHOWN + 1) {
      // short sums are shown whole, in index order
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(i == 0 ? "" : " + ").append(term(u.applyAsDouble(i), v.applyAsDouble(i)));
      }
      return sb.toString();
    }
    int[] top = largest(n, product, SHOWN);
    StringBuilder sb = new StringBuilder();
    double rest = 0;
    for (int i = 0; i < n; i++) {
      if (!contains(top, i)) {
        rest += product.applyAsDouble(i);
      }
    }
    for (int t = 0; t < top.length; t++) {
      sb.append(t == 0 ? "" : " + ").append(term(u.applyAsDouble(top[t]), v.applyAsDouble(top[t])));
    }
    int more = n - top.length;
    if (top.length > 0) {
      sb.append(" + ");
    }
    sb.append(more).append(" more terms (Σ ").append(Num.format(rest)).append(')');
    return sb.toString();
  }

  /** Σ_{i<n} u(i)·v(i) in index order: the value {@link #sum} displays (for the display only). */
  static double total(int n, IntToDoubleFunction u, IntToDoubleFunction v) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += u.applyAsDouble(i) * v.applyAsDouble(i);
    }
    return s;
  }

  static String term(double u, double v) {
    return "(" + Num.format(u) + "×" + Num.format(v) + ")";
  }

  static boolean contains(int[] a, int x) {
    for (int v : a) {
      if (v == x) {
        return true;
      }
    }
    return false;
  }
}
