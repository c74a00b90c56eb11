package dev.glassbox.trace.explain;

import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.Trace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Which entries of a long vector an equation shows, and those entries as a vector expression. */
final class Shown {
  /** Vectors up to this long are shown whole. */
  static final int WHOLE = 10;
  /** Entries of a longer vector shown: the largest by magnitude. */
  static final int LARGEST = 6;

  private Shown() {}

  /**
   * All indices of a vector of up to {@link #WHOLE} entries; else the {@link #LARGEST} entries of
   * largest |key|, ascending.
   */
  static int[] indices(double[] key) {
    if (key.length <= WHOLE) {
      int[] all = new int[key.length];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] top = Terms.largest(key.length, i -> key[i], LARGEST);
    if (top.length == 0) {
      top = new int[] {0};
    }
    int[] sorted = top.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * The entries of layer l every equation about the whole layer shows: all of a short layer; of a
   * long one those with the largest |δ^l_j| (where backpropagation has something to show), so
   * z, a, δ and ∂C/∂b of one layer show the same neurons; the target's entry always, at the output.
   */
  static int[] layer(Trace t, int l) {
    int[] idx = indices(t.delta(l));
    if (t.droppedCount(l) > 0 && idx.length < t.size(l)) {
      idx = withDropped(t, l, idx);
    }
    if (l == t.outputLayer() && !Terms.contains(idx, t.label())) {
      int[] out = Arrays.copyOf(idx, idx.length + 1);
      out[idx.length] = t.label();
      Arrays.sort(out);
      return out;
    }
    return idx;
  }

  // the two of largest |δ| give way to the first two dropped neurons (δ = 0 would never show them)
  private static int[] withDropped(Trace t, int l, int[] largest) {
    int[] byDelta = Terms.largest(t.size(l), i -> t.delta(l, i), largest.length);
    int keep = Math.min(byDelta.length, Math.max(0, largest.length - 2));
    int[] out = Arrays.copyOf(byDelta, largest.length);
    int n = keep;
    for (int j = 0; j < t.size(l) && n < out.length; j++) {
      if (t.dropped(l, j)) {
        out[n++] = j;
      }
    }
    out = Arrays.copyOf(out, n);
    Arrays.sort(out);
    return out;
  }

  /** The vector's entries at {@code idx} as new values. */
  static Expr vector(double[] v, int[] idx) {
    return Expr.vector(values(v, idx), idx, v.length);
  }

  /** New values of {@code v} at {@code idx}. */
  static List<Value> values(double[] v, int[] idx) {
    List<Value> out = new ArrayList<>();
    for (int i : idx) {
      out.add(Value.of(v[i]));
    }
    return out;
  }

  /** mask^l at {@code idx}: 0 where the neuron was dropped, 1/(1-P) where it was kept. */
  static Expr mask(Trace t, int l, int[] idx) {
    List<Value> out = new ArrayList<>();
    for (int i : idx) {
      out.add(mask(t, l, i));
    }
    return Expr.vector(out, idx, t.size(l));
  }

  /**
   * mask^l_j as a number: 0 and a short 1/(1-P) (2 for P = 0.5, 1.25 for P = 0.2) whole, a long one
   * (1/0.7) with the digits its equation needs.
   */
  static Value mask(Trace t, int l, int j) {
    return mask(t.mask(l, j));
  }

  static Value mask(double m) {
    return m == 0 || new BigDecimal(m).stripTrailingZeros().precision() <= 6 ? Value.exact(m) : Value.of(m);
  }

  /** The one-hot target y = e_label at {@code idx}, shown exactly. */
  static Expr target(int label, int length, int[] idx) {
    List<Value> out = new ArrayList<>();
    for (int i : idx) {
      out.add(Value.exact(i == label ? 1 : 0));
    }
    return Expr.vector(out, idx, length);
  }
}
