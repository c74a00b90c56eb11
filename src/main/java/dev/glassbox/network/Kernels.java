package dev.glassbox.network;

/**
 * The inner loops, written so the JIT keeps eight running sums in registers: a floating-point sum
 * over k does not vectorise in Java, and a short vector update per k (length 30) costs more loop
 * overhead than arithmetic, so each kernel walks a block of eight outputs at a time and reads
 * each weight once. Every output element is summed in the same order as the plain loop
 * {@code y_j += Σ_p a_p x_{p,j}}, so results are bit-identical to it (a test checks this).
 */
final class Kernels {
  /**
   * Whether the Vector API (incubator module {@code jdk.incubator.vector}) is present and not
   * switched off with {@code -Dglassbox.vector=false}; the results are the same bit for bit.
   */
  static final boolean VECTOR =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
          && !"false".equals(System.getProperty("glassbox.vector"));

  private Kernels() {}

  /** "vector" or "scalar": which inner loops run, for reports. */
  static String kind() {
    return VECTOR ? "vector" : "scalar";
  }

  /**
   * y[yOff + j] = init[j] + Σ_{p in [p0,p1)} val[p] * w[idx[p] * stride + j] for j in [0, n).
   * {@code idx == null} means idx[p] = p - p0 (a dense input). Sums run in p order. Reads and
   * writes nothing outside those rows. Modifies {@code y[yOff .. yOff+n)}.
   */
  static void gatherRows(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int n) {
    gatherColumns(w, stride, 0, idx, val, p0, p1, init, y, yOff, n);
  }

  /**
   * {@link #gatherRows} for the columns [col, col + n) of w and init only:
   * y[yOff + j] = init[col + j] + Σ_p val[p] * w[idx[p] * stride + col + j] for j in [0, n), so
   * that threads can each take a range of the outputs.
   */
  static void gatherColumns(double[] w, int stride, int col, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int n) {
    if (VECTOR && n >= VectorKernels.L) {
      VectorKernels.gather(w, stride, col, idx, val, p0, p1, init, y, yOff, n, false, 0, 0);
      return;
    }
    gatherRowsScalar(w, stride, idx, val, p0, p1, init, y, yOff - col, col, col + n);
  }

  /** The scalar form of {@link #gatherRows} for outputs j in [j0, n). */
  static void gatherRowsScalar(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int j0, int n) {
    for (; j0 + 8 <= n; j0 += 8) {
      double c0 = init[j0];
      double c1 = init[j0 + 1];
      double c2 = init[j0 + 2];
      double c3 = init[j0 + 3];
      double c4 = init[j0 + 4];
      double c5 = init[j0 + 5];
      double c6 = init[j0 + 6];
      double c7 = init[j0 + 7];
      for (int p = p0; p < p1; p++) {
        double a = val[p];
        int base = (idx == null ? p - p0 : idx[p]) * stride + j0;
        c0 += a * w[base];
        c1 += a * w[base + 1];
        c2 += a * w[base + 2];
        c3 += a * w[base + 3];
        c4 += a * w[base + 4];
        c5 += a * w[base + 5];
        c6 += a * w[base + 6];
        c7 += a * w[base + 7];
      }
      y[yOff + j0] = c0;
      y[yOff + j0 + 1] = c1;
      y[yOff + j0 + 2] = c2;
      y[yOff + j0 + 3] = c3;
      y[yOff + j0 + 4] = c4;
      y[yOff + j0 + 5] = c5;
      y[yOff + j0 + 6] = c6;
      y[yOff + j0 + 7] = c7;
    }
    for (; j0 + 4 <= n; j0 += 4) {
      double c0 = init[j0];
      double c1 = init[j0 + 1];
      double c2 = init[j0 + 2];
      double c3 = init[j0 + 3];
      for (int p = p0; p < p1; p++) {
        double a = val[p];
        int base = (idx == null ? p - p0 : idx[p]) * stride + j0;
        c0 += a * w[base];
        c1 += a * w[base + 1];
        c2 += a * w[base + 2];
        c3 += a * w[base + 3];
      }
      y[yOff + j0] = c0;
      y[yOff + j0 + 1] = c1;
      y[yOff + j0 + 2] = c2;
      y[yOff + j0 + 3] = c3;
    }
    for (; j0 + 2 <= n; j0 += 2) {
      double c0 = init[j0];
      double c1 = init[j0 + 1];
      for (int p = p0; p < p1; p++) {
        double a = val[p];
        int base = (idx == null ? p - p0 : idx[p]) * stride + j0;
        c0 += a * w[base];
        c1 += a * w[base + 1];
      }
      y[yOff + j0] = c0;
      y[yOff + j0 + 1] = c1;
    }
    for (; j0 < n; j0++) {
      double c0 = init[j0];
      for (int p = p0; p < p1; p++) {
        c0 += val[p] * w[(idx == null ? p - p0 : idx[p]) * stride + j0];
      }
      y[yOff + j0] = c0;
    }
  }

  /**
   * BP4 and the SGD update of one weight row in one pass: with c_j = 0 + Σ_p val[p] d[idx[p] *
   * stride + j] (as {@link #gatherRows} with zero init), w[base + j] ← decay · w[base + j] - scale
   * · c_j. The same bits as {@link #gatherRows} into {@code g} followed by {@link #updateRow}, which
   * is what the scalar path does ({@code g} is its scratch for the gradient row).
   */
  static void gatherUpdateRow(double[] d, int stride, int[] idx, double[] val, int p0, int p1,
      double[] zeros, double[] w, int base, int n, double decay, double scale, double[] g) {
    gatherUpdateColumns(d, stride, 0, idx, val, p0, p1, zeros, w, base, n, decay, scale, g);
  }

  /**
   * {@link #gatherUpdateRow} for the columns [col, col + n) of d: the sums c_j read
   * d[idx[p] * stride + col + j] and update w[base + j], j in [0, n); {@code g[col ..]} is the
   * scalar path's scratch.
   */
  static void gatherUpdateColumns(double[] d, int stride, int col, int[] idx, double[] val, int p0,
      int p1, double[] zeros, double[] w, int base, int n, double decay, double scale, double[] g) {
    if (VECTOR && n >= VectorKernels.L) {
      VectorKernels.gather(d, stride, col, idx, val, p0, p1, zeros, w, base, n, true, decay, scale);
      return;
    }
    gatherRowsScalar(d, stride, idx, val, p0, p1, zeros, g, 0, col, col + n);
    for (int j = 0; j < n; j++) {
      w[base + j] = decay * w[base + j] - scale * g[col + j];
    }
  }

  /**
   * The length of a row of n values rounded up to whole vectors (n itself for the scalar loops):
   * the stride of a {@link #scatterRows} buffer.
   */
  static int padded(int n) {
    if (VECTOR && n >= VectorKernels.L) {
      return (n + VectorKernels.L - 1) / VectorKernels.L * VectorKernels.L;
    }
    return n;
  }

  /**
   * BP4 of one sample as a scatter: g[gOff + idx[p] * gStride + j] += val[p] * d[dOff + j] for p
   * in [p0, p1) and j in [0, n) (gOff: where row 0 starts, see {@link Aligned}). Called for the
   * samples of a batch in slot order on rows that start at zero, each g element adds the same
   * terms in the same order as {@link #gatherRows} over the batch's column lists, so it ends with
   * the same bits. {@code gStride ≥ padded(n)}; the lanes
   * [n, padded(n)) of each row receive only zeros. {@code pad} (length ≥ padded(n)) is scratch.
   */
  static void scatterRows(double[] g, int gOff, int gStride, int[] idx, double[] val, int p0, int p1,
      double[] d, int dOff, int n, double[] pad) {
    if (VECTOR && n >= VectorKernels.L) {
      // δ copied into whole vectors, zeros after n, so that every lane is one multiply-add
      System.arraycopy(d, dOff, pad, 0, n);
      java.util.Arrays.fill(pad, n, padded(n), 0.0);
      VectorKernels.scatter(g, gOff, gStride, idx, val, p0, p1, pad, padded(n) / VectorKernels.L);
      return;
    }
    scatterRowsScalar(g, gOff, gStride, idx, val, p0, p1, d, dOff, n);
  }

  /** The plain loops of {@link #scatterRows}. */
  static void scatterRowsScalar(double[] g, int gOff, int gStride, int[] idx, double[] val, int p0, int p1,
      double[] d, int dOff, int n) {
    for (int p = p0; p < p1; p++) {
      double a = val[p];
      int base = gOff + idx[p] * gStride;
      for (int j = 0; j < n; j++) {
        g[base + j] += a * d[dOff + j];
      }
    }
  }

  /**
   * The SGD step of one weight row from a {@link #scatterRows} row, which is then cleared for the
   * next batch: w[base + j] ← decay · w[base + j] - scale · g[gOff + j] for j in [0, n) (the same
   * bits as {@link #updateRow}), then g[gOff .. gOff + padded(n)) = 0.
   */
  static void updateRowAndClear(double[] w, int base, double[] g, int gOff, int n, double decay,
      double scale) {
    if (VECTOR && n >= VectorKernels.L) {
      VectorKernels.updateRowAndClear(w, base, g, gOff, n, decay, scale);
      return;
    }
    for (int j = 0; j < n; j++) {
      w[base + j] = decay * w[base + j] - scale * g[gOff + j];
      g[gOff + j] = 0.0;
    }
  }

  /** w[base + j] = decay * w[base + j] - scale * g[j] for j in [0, n). */
  static void updateRow(double[] w, int base, double[] g, int n, double decay, double scale) {
    if (VECTOR && n >= VectorKernels.L) {
      VectorKernels.updateRow(w, base, g, n, decay, scale);
      return;
    }
    for (int j = 0; j < n; j++) {
      w[base + j] = decay * w[base + j] - scale * g[j];
    }
  }

  /**
   * BP3's sum over the batch: g[j] = Σ_{s in [0, rows)} d[s * stride + j] for j in [0, n), summed
   * in s order from 0 (the same bits as {@link #gatherRows} with every value 1 and a zero init).
   * The loop over j is a plain vector add, which the JIT vectorises. Modifies {@code g[0 .. n)}.
   */
  static void sumRows(double[] d, int stride, int rows, double[] g, int n) {
    sumColumns(d, stride, 0, rows, g, n);
  }

  /** {@link #sumRows} for the columns [col, col + n): g[col + j] = Σ_s d[s * stride + col + j]. */
  static void sumColumns(double[] d, int stride, int col, int rows, double[] g, int n) {
    java.util.Arrays.fill(g, col, col + n, 0.0);
    for (int s = 0; s < rows; s++) {
      int base = s * stride;
      for (int j = col; j < col + n; j++) {
        g[j] += d[base + j];
      }
    }
  }

  /** Σ_j x[xOff + j] * y[yOff + j] for j in [0, n), summed in j order. */
  static double dot(double[] x, int xOff, double[] y, int yOff, int n) {
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += x[xOff + j] * y[yOff + j];
    }
    return sum;
  }
}
