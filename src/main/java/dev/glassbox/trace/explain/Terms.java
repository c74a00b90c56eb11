package dev.glassbox.trace.explain;

import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * A long sum Σ_i u_i v_i shown by its largest terms: {@code 0.82 × 0.99 + (-0.51) × 0.98 + 0.3 × 0.5
 * + [0.1234: 781 more terms]}. Which terms are largest is judged by |u_i v_i|.
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

  /**
   * The sum Σ_{i<n} u(i)·v(i) as an expression: short sums whole in index order; long ones by their
   * {@link #SHOWN} largest terms, largest first, and the total of the others (summed in index
   * order) as one number.
   */
  static Expr sum(int n, IntToDoubleFunction u, IntToDoubleFunction v) {
    List<Expr> terms = new ArrayList<>();
    if (n <= SHOWN + 1) {
      for (int i = 0; i < n; i++) {
        terms.add(term(u.applyAsDouble(i), v.applyAsDouble(i)));
      }
      return Expr.sum(terms, null, 0);
    }
    int[] top = largest(n, i -> u.applyAsDouble(i) * v.applyAsDouble(i), SHOWN);
    double rest = 0;
    for (int i = 0; i < n; i++) {
      if (!contains(top, i)) {
        rest += u.applyAsDouble(i) * v.applyAsDouble(i);
      }
    }
    for (int i : top) {
      terms.add(term(u.applyAsDouble(i), v.applyAsDouble(i)));
    }
    return Expr.sum(terms, Value.of(rest), n - top.length);
  }

  static Expr term(double u, double v) {
    return Expr.times(Value.of(u), Value.of(v));
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
