package dev.glassbox.network;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels#gatherRows} with the Vector API: up to 32 running sums stay in four vector
 * registers while the inputs stream past, so 30 outputs take one pass over the inputs instead of
 * several. Each lane does the scalar loop's multiply, then add (no fused multiply-add), in the same
 * order, so the results are identical to the scalar kernel's.
 *
 * <p>The remainder: when n is not a multiple of the vector length, the last vector is moved back
 * to end exactly at output n-1, overlapping its neighbour. The overlapping lanes compute the same
 * sums in the same order, so both write the same bits, and no vector reads or writes past the
 * row: the arrays need no spare room and no scratch. Rows shorter than one vector go to the
 * scalar kernel. Loaded only when the incubator module is present.
 *
 * <p>Every vector stays inside the method that makes it (the SGD step is written out in each
 * kernel, not called): a vector handed to a method the compiler did not inline is boxed into a
 * new object, and one such helper made training allocate 700 MB per epoch.
 */
final class VectorKernels {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_512.length() <= DoubleVector.SPECIES_PREFERRED.length()
      ? DoubleVector.SPECIES_512 : DoubleVector.SPECIES_PREFERRED;
  /** Lanes per vector: rows of at least this many outputs take the vector kernels. */
  static final int L = S.length();

  private VectorKernels() {}

  /**
   * {@link Kernels#gatherColumns} for n ≥ {@link #L}. With {@code update}: instead of storing the
   * sums c_j, applies the SGD update to the weight row y[yOff ..]: y_j ← decay · y_j - scale · c_j
   * (the same multiply, multiply, subtract as {@link #updateRow}), so BP4 and the update take one
   * pass and the gradient never goes to memory.
   */
  static void gather(double[] w, int stride, int col, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int n, boolean update, double decay, double scale) {
    int vectors = (n + L - 1) / L;
    // the first pass takes the odd vectors, so the last (overlapping) vector shares a pass with
    // its neighbour: an update then reads both from the weights before either is written
    int v = vectors % 4;
    switch (v) {
      case 3 -> three(w, stride, col, idx, val, p0, p1, init, y, yOff, n, 0, update, decay, scale);
      case 2 -> two(w, stride, col, idx, val, p0, p1, init, y, yOff, n, 0, update, decay, scale);
      case 1 -> one(w, stride, col, idx, val, p0, p1, init, y, yOff, n, 0, update, decay, scale);
      default -> { }
    }
    for (; v < vectors; v += 4) {
      four(w, stride, col, idx, val, p0, p1, init, y, yOff, n, v, update, decay, scale);
    }
  }

  // where vector v starts: v * L, or n - L for a last vector that would pass the end of the row
  private static int at(int v, int n) {
    return Math.min(v * L, n - L);
  }

  private static void four(double[] w, int stride, int col, int[] idx, double[] val,
      int p0, int p1, double[] init, double[] y, int yOff, int n, int v, boolean update, double decay, double scale) {
    int o0 = at(v, n);
    int o1 = at(v + 1, n);
    int o2 = at(v + 2, n);
    int o3 = at(v + 3, n);
    DoubleVector c0 = DoubleVector.fromArray(S, init, col + o0);
    DoubleVector c1 = DoubleVector.fromArray(S, init, col + o1);
    DoubleVector c2 = DoubleVector.fromArray(S, init, col + o2);
    DoubleVector c3 = DoubleVector.fromArray(S, init, col + o3);
    for (int p = p0; p < p1; p++) {
      DoubleVector a = DoubleVector.broadcast(S, val[p]);
      int base = (idx == null ? p - p0 : idx[p]) * stride + col;
      c0 = c0.add(a.mul(DoubleVector.fromArray(S, w, base + o0)));
      c1 = c1.add(a.mul(DoubleVector.fromArray(S, w, base + o1)));
      c2 = c2.add(a.mul(DoubleVector.fromArray(S, w, base + o2)));
      c3 = c3.add(a.mul(DoubleVector.fromArray(S, w, base + o3)));
    }
    if (update) {
      c0 = DoubleVector.fromArray(S, y, yOff + o0).mul(decay).sub(c0.mul(scale));
      c1 = DoubleVector.fromArray(S, y, yOff + o1).mul(decay).sub(c1.mul(scale));
      c2 = DoubleVector.fromArray(S, y, yOff + o2).mul(decay).sub(c2.mul(scale));
      c3 = DoubleVector.fromArray(S, y, yOff + o3).mul(decay).sub(c3.mul(scale));
    }
    c0.intoArray(y, yOff + o0);
    c1.intoArray(y, yOff + o1);
    c2.intoArray(y, yOff + o2);
    c3.intoArray(y, yOff + o3);
  }

  private static void three(double[] w, int stride, int col, int[] idx, double[] val,
      int p0, int p1, double[] init, double[] y, int yOff, int n, int v, boolean update, double decay, double scale) {
    int o0 = at(v, n);
    int o1 = at(v + 1, n);
    int o2 = at(v + 2, n);
    DoubleVector c0 = DoubleVector.fromArray(S, init, col + o0);
    DoubleVector c1 = DoubleVector.fromArray(S, init, col + o1);
    DoubleVector c2 = DoubleVector.fromArray(S, init, col + o2);
    for (int p = p0; p < p1; p++) {
      DoubleVector a = DoubleVector.broadcast(S, val[p]);
      int base = (idx == null ? p - p0 : idx[p]) * stride + col;
      c0 = c0.add(a.mul(DoubleVector.fromArray(S, w, base + o0)));
      c1 = c1.add(a.mul(DoubleVector.fromArray(S, w, base + o1)));
      c2 = c2.add(a.mul(DoubleVector.fromArray(S, w, base + o2)));
    }
    if (update) {
      c0 = DoubleVector.fromArray(S, y, yOff + o0).mul(decay).sub(c0.mul(scale));
      c1 = DoubleVector.fromArray(S, y, yOff + o1).mul(decay).sub(c1.mul(scale));
      c2 = DoubleVector.fromArray(S, y, yOff + o2).mul(decay).sub(c2.mul(scale));
    }
    c0.intoArray(y, yOff + o0);
    c1.intoArray(y, yOff + o1);
    c2.intoArray(y, yOff + o2);
  }

  private static void two(double[] w, int stride, int col, int[] idx, double[] val,
      int p0, int p1, double[] init, double[] y, int yOff, int n, int v, boolean update, double decay, double scale) {
    int o0 = at(v, n);
    int o1 = at(v + 1, n);
    DoubleVector c0 = DoubleVector.fromArray(S, init, col + o0);
    DoubleVector c1 = DoubleVector.fromArray(S, init, col + o1);
    for (int p = p0; p < p1; p++) {
      DoubleVector a = DoubleVector.broadcast(S, val[p]);
      int base = (idx == null ? p - p0 : idx[p]) * stride + col;
      c0 = c0.add(a.mul(DoubleVector.fromArray(S, w, base + o0)));
      c1 = c1.add(a.mul(DoubleVector.fromArray(S, w, base + o1)));
    }
    if (update) {
      c0 = DoubleVector.fromArray(S, y, yOff + o0).mul(decay).sub(c0.mul(scale));
      c1 = DoubleVector.fromArray(S, y, yOff + o1).mul(decay).sub(c1.mul(scale));
    }
    c0.intoArray(y, yOff + o0);
    c1.intoArray(y, yOff + o1);
  }

  private static void one(double[] w, int stride, int col, int[] idx, double[] val,
      int p0, int p1, double[] init, double[] y, int yOff, int n, int v, boolean update, double decay, double scale) {
    int o0 = at(v, n);
    DoubleVector c0 = DoubleVector.fromArray(S, init, col + o0);
    for (int p = p0; p < p1; p++) {
      int base = (idx == null ? p - p0 : idx[p]) * stride + col;
      c0 = c0.add(DoubleVector.broadcast(S, val[p]).mul(DoubleVector.fromArray(S, w, base + o0)));
    }
    if (update) {
      c0 = DoubleVector.fromArray(S, y, yOff + o0).mul(decay).sub(c0.mul(scale));
    }
    c0.intoArray(y, yOff + o0);
  }

  /**
   * w[base + j] = decay * w[base + j] - scale * g[j] for j in [0, n), n ≥ {@link #L}: the SGD
   * update of one weight row, lane by lane the same multiply, multiply, subtract as the scalar loop.
   */
  static void updateRow(double[] w, int base, double[] g, int n, double decay, double scale) {
    updateRow(w, base, g, 0, n, decay, scale);
  }

  /** {@link #updateRow} reading the gradient from g[gOff ..]. */
  static void updateRow(double[] w, int base, double[] g, int gOff, int n, double decay, double scale) {
    // the last vector, moved back to end the row, is read before its neighbour is written
    int o = n - L;
    DoubleVector last = DoubleVector.fromArray(S, w, base + o).mul(decay)
        .sub(DoubleVector.fromArray(S, g, gOff + o).mul(scale));
    for (int j = 0; j + L <= n; j += L) {
      DoubleVector wv = DoubleVector.fromArray(S, w, base + j);
      DoubleVector gv = DoubleVector.fromArray(S, g, gOff + j);
      wv.mul(decay).sub(gv.mul(scale)).intoArray(w, base + j);
    }
    last.intoArray(w, base + o);
  }

  /**
   * {@link #updateRow} reading the gradient from g[gOff ..], a row of whole vectors, which is then
   * zeroed (all of its ⌈n / L⌉ vectors).
   */
  static void updateRowAndClear(double[] w, int base, double[] g, int gOff, int n, double decay,
      double scale) {
    DoubleVector zero = DoubleVector.zero(S);
    int o = n - L;
    DoubleVector last = DoubleVector.fromArray(S, w, base + o).mul(decay)
        .sub(DoubleVector.fromArray(S, g, gOff + o).mul(scale));
    int j = 0;
    for (; j + L <= n; j += L) {
      DoubleVector wv = DoubleVector.fromArray(S, w, base + j);
      DoubleVector gv = DoubleVector.fromArray(S, g, gOff + j);
      wv.mul(decay).sub(gv.mul(scale)).intoArray(w, base + j);
      zero.intoArray(g, gOff + j);
    }
    last.intoArray(w, base + o);
    if (j < n) {
      zero.intoArray(g, gOff + j);
    }
  }

  /**
   * {@link Kernels#scatterRows} on whole vectors: g[idx[p] * gStride + j] += val[p] * d[j] for
   * j in [0, vectors · L). Blocks of four vectors of d stay in registers while the inputs stream
   * past; each lane is the scalar loop's multiply, then add.
   */
  static void scatter(double[] g, int gOff, int gStride, int[] idx, double[] val, int p0, int p1, double[] d,
      int vectors) {
    int v = 0;
    for (; v + 4 <= vectors; v += 4) {
      int o = v * L;
      DoubleVector d0 = DoubleVector.fromArray(S, d, o);
      DoubleVector d1 = DoubleVector.fromArray(S, d, o + L);
      DoubleVector d2 = DoubleVector.fromArray(S, d, o + 2 * L);
      DoubleVector d3 = DoubleVector.fromArray(S, d, o + 3 * L);
      for (int p = p0; p < p1; p++) {
        DoubleVector a = DoubleVector.broadcast(S, val[p]);
        int base = gOff + idx[p] * gStride + o;
        DoubleVector.fromArray(S, g, base).add(a.mul(d0)).intoArray(g, base);
        DoubleVector.fromArray(S, g, base + L).add(a.mul(d1)).intoArray(g, base + L);
        DoubleVector.fromArray(S, g, base + 2 * L).add(a.mul(d2)).intoArray(g, base + 2 * L);
        DoubleVector.fromArray(S, g, base + 3 * L).add(a.mul(d3)).intoArray(g, base + 3 * L);
      }
    }
    if (v + 2 <= vectors) {
      // two vectors (a share of 9-16 neurons) in one pass over the inputs
      int o = v * L;
      DoubleVector d0 = DoubleVector.fromArray(S, d, o);
      DoubleVector d1 = DoubleVector.fromArray(S, d, o + L);
      for (int p = p0; p < p1; p++) {
        DoubleVector a = DoubleVector.broadcast(S, val[p]);
        int base = gOff + idx[p] * gStride + o;
        DoubleVector.fromArray(S, g, base).add(a.mul(d0)).intoArray(g, base);
        DoubleVector.fromArray(S, g, base + L).add(a.mul(d1)).intoArray(g, base + L);
      }
      v += 2;
    }
    for (; v < vectors; v++) {
      int o = v * L;
      DoubleVector d0 = DoubleVector.fromArray(S, d, o);
      for (int p = p0; p < p1; p++) {
        int base = gOff + idx[p] * gStride + o;
        DoubleVector.fromArray(S, g, base).add(DoubleVector.broadcast(S, val[p]).mul(d0)).intoArray(g, base);
      }
    }
  }
}
