package dev.glassbox.network;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels#gatherRows} with the Vector API: up to 32 running sums stay in four vector
 * registers while the inputs stream past, and a last, partly used vector covers the remainder, so
 * 30 outputs take one pass over the inputs instead of several. Each lane does the scalar loop's
 * multiply, then add (no fused multiply-add), in the same order, so the results are identical to
 * the scalar kernel's. A partial vector reads a few doubles past its row: the weight, bias and δ
 * arrays carry {@link Network#SLACK} spare zeros so that this stays inside the array; those lanes
 * are never stored. Loaded only when the incubator module is present.
 */
final class VectorKernels {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_512.length() <= DoubleVector.SPECIES_PREFERRED.length()
      ? DoubleVector.SPECIES_512 : DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorKernels() {}

  /** Whether a partial vector's reads past a row stay within the arrays' spare doubles. */
  static boolean fitsSlack() {
    return L <= Network.SLACK;
  }

  /**
   * All n outputs of {@link Kernels#gatherRows}, in passes of up to four vectors. A partial last
   * vector is stored whole into {@code tail[tailOff ..]} (8 doubles), and only its used lanes are
   * copied to y: a masked store is not compiled to one instruction on Java 17.
   */
  static void gather(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int n, double[] tail, int tailOff) {
    gather(w, stride, idx, val, p0, p1, init, y, yOff, n, tail, tailOff, false, 0, 0);
  }

  /**
   * With {@code update}: instead of storing the sums c_j, applies the SGD update to the weight row
   * y[yOff ..]: y_j ← decay · y_j - scale · c_j (the same multiply, multiply, subtract as
   * {@link #updateRow}), so BP4 and the update take one pass and the gradient never goes to memory.
   */
  static void gather(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int n, double[] tail, int tailOff,
      boolean update, double decay, double scale) {
    for (int j0 = 0; j0 < n; j0 += 4 * L) {
      int lanes = Math.min(4 * L, n - j0);
      int vectors = (lanes + L - 1) / L;
      int used = lanes - (vectors - 1) * L;
      switch (vectors) {
        case 4 -> four(w, stride, idx, val, p0, p1, init, y, yOff, j0, used, tail, tailOff, update, decay, scale);
        case 3 -> three(w, stride, idx, val, p0, p1, init, y, yOff, j0, used, tail, tailOff, update, decay, scale);
        case 2 -> two(w, stride, idx, val, p0, p1, init, y, yOff, j0, used, tail, tailOff, update, decay, scale);
        default -> one(w, stride, idx, val, p0, p1, init, y, yOff, j0, used, tail, tailOff, update, decay, scale);
      }
    }
  }

  private static void four(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int j0, int used, double[] tail, int tailOff,
      boolean update, double decay, double scale) {
    DoubleVector c0 = DoubleVector.fromArray(S, init, j0);
    DoubleVector c1 = DoubleVector.fromArray(S, init, j0 + L);
    DoubleVector c2 = DoubleVector.fromArray(S, init, j0 + 2 * L);
    DoubleVector c3 = DoubleVector.fromArray(S, init, j0 + 3 * L);
    for (int p = p0; p < p1; p++) {
      DoubleVector a = DoubleVector.broadcast(S, val[p]);
      int base = (idx == null ? p - p0 : idx[p]) * stride + j0;
      c0 = c0.add(a.mul(DoubleVector.fromArray(S, w, base)));
      c1 = c1.add(a.mul(DoubleVector.fromArray(S, w, base + L)));
      c2 = c2.add(a.mul(DoubleVector.fromArray(S, w, base + 2 * L)));
      c3 = c3.add(a.mul(DoubleVector.fromArray(S, w, base + 3 * L)));
    }
    put(c0, y, yOff + j0, update, decay, scale);
    put(c1, y, yOff + j0 + L, update, decay, scale);
    put(c2, y, yOff + j0 + 2 * L, update, decay, scale);
    store(c3, y, yOff + j0 + 3 * L, used, tail, tailOff, update, decay, scale);
  }

  private static void three(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int j0, int used, double[] tail, int tailOff,
      boolean update, double decay, double scale) {
    DoubleVector c0 = DoubleVector.fromArray(S, init, j0);
    DoubleVector c1 = DoubleVector.fromArray(S, init, j0 + L);
    DoubleVector c2 = DoubleVector.fromArray(S, init, j0 + 2 * L);
    for (int p = p0; p < p1; p++) {
      DoubleVector a = DoubleVector.broadcast(S, val[p]);
      int base = (idx == null ? p - p0 : idx[p]) * stride + j0;
      c0 = c0.add(a.mul(DoubleVector.fromArray(S, w, base)));
      c1 = c1.add(a.mul(DoubleVector.fromArray(S, w, base + L)));
      c2 = c2.add(a.mul(DoubleVector.fromArray(S, w, base + 2 * L)));
    }
    put(c0, y, yOff + j0, update, decay, scale);
    put(c1, y, yOff + j0 + L, update, decay, scale);
    store(c2, y, yOff + j0 + 2 * L, used, tail, tailOff, update, decay, scale);
  }

  private static void two(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int j0, int used, double[] tail, int tailOff,
      boolean update, double decay, double scale) {
    DoubleVector c0 = DoubleVector.fromArray(S, init, j0);
    DoubleVector c1 = DoubleVector.fromArray(S, init, j0 + L);
    for (int p = p0; p < p1; p++) {
      DoubleVector a = DoubleVector.broadcast(S, val[p]);
      int base = (idx == null ? p - p0 : idx[p]) * stride + j0;
      c0 = c0.add(a.mul(DoubleVector.fromArray(S, w, base)));
      c1 = c1.add(a.mul(DoubleVector.fromArray(S, w, base + L)));
    }
    put(c0, y, yOff + j0, update, decay, scale);
    store(c1, y, yOff + j0 + L, used, tail, tailOff, update, decay, scale);
  }

  private static void one(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int j0, int used, double[] tail, int tailOff,
      boolean update, double decay, double scale) {
    DoubleVector c0 = DoubleVector.fromArray(S, init, j0);
    for (int p = p0; p < p1; p++) {
      int base = (idx == null ? p - p0 : idx[p]) * stride + j0;
      c0 = c0.add(DoubleVector.broadcast(S, val[p]).mul(DoubleVector.fromArray(S, w, base)));
    }
    store(c0, y, yOff + j0, used, tail, tailOff, update, decay, scale);
  }

  // the last vector of a pass: whole when all its lanes are outputs, else through the tail scratch
  private static void store(DoubleVector c, double[] y, int at, int used, double[] tail, int tailOff,
      boolean update, double decay, double scale) {
    if (used == L) {
      put(c, y, at, update, decay, scale);
    } else {
      // y has spare room past the row: read a whole vector, write back only the used lanes
      if (update) {
        DoubleVector.fromArray(S, y, at).mul(decay).sub(c.mul(scale)).intoArray(tail, tailOff);
      } else {
        c.intoArray(tail, tailOff);
      }
      System.arraycopy(tail, tailOff, y, at, used);
    }
  }

  // a whole vector of sums: stored, or applied to the weights as an SGD update
  private static void put(DoubleVector c, double[] y, int at, boolean update, double decay, double scale) {
    if (update) {
      DoubleVector.fromArray(S, y, at).mul(decay).sub(c.mul(scale)).intoArray(y, at);
    } else {
      c.intoArray(y, at);
    }
  }

  /**
   * w[base + j] = decay * w[base + j] - scale * g[j] for j in [0, n): the SGD update of one weight
   * row, lane by lane the same multiply, multiply, subtract as the scalar loop.
   */
  static void updateRow(double[] w, int base, double[] g, int n, double decay, double scale,
      double[] tail, int tailOff) {
    int j = 0;
    for (; j + L <= n; j += L) {
      DoubleVector wv = DoubleVector.fromArray(S, w, base + j);
      DoubleVector gv = DoubleVector.fromArray(S, g, j);
      wv.mul(decay).sub(gv.mul(scale)).intoArray(w, base + j);
    }
    if (j < n) {
      // the last lanes: whole vectors read (the arrays have spare room), only n - j written back
      DoubleVector wv = DoubleVector.fromArray(S, w, base + j);
      DoubleVector gv = DoubleVector.fromArray(S, g, j);
      wv.mul(decay).sub(gv.mul(scale)).intoArray(tail, tailOff);
      System.arraycopy(tail, tailOff, w, base + j, n - j);
    }
  }
}
