package dev.glassbox.network;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels#gatherRows} on whole blocks of eight outputs with the Vector API: up to 32
 * running sums stay in four vector registers while the inputs stream past. Each lane does the
 * scalar loop's multiply, then add (no fused multiply-add), in the same order, so the results are
 * identical to the scalar kernel's. Loaded only when the incubator module is present.
 */
final class VectorKernels {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_512.length() <= DoubleVector.SPECIES_PREFERRED.length()
      ? DoubleVector.SPECIES_512 : DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorKernels() {}

  /** Computes outputs [0, n - n % L) and returns where the scalar remainder starts. */
  static int gatherFullBlocks(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int n) {
    int j0 = 0;
    for (; j0 + 4 * L <= n; j0 += 4 * L) {
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
      c0.intoArray(y, yOff + j0);
      c1.intoArray(y, yOff + j0 + L);
      c2.intoArray(y, yOff + j0 + 2 * L);
      c3.intoArray(y, yOff + j0 + 3 * L);
    }
    int blocks = (n - j0) / L;
    if (blocks == 3) {
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
      c0.intoArray(y, yOff + j0);
      c1.intoArray(y, yOff + j0 + L);
      c2.intoArray(y, yOff + j0 + 2 * L);
      return j0 + 3 * L;
    }
    if (blocks == 2) {
      DoubleVector c0 = DoubleVector.fromArray(S, init, j0);
      DoubleVector c1 = DoubleVector.fromArray(S, init, j0 + L);
      for (int p = p0; p < p1; p++) {
        DoubleVector a = DoubleVector.broadcast(S, val[p]);
        int base = (idx == null ? p - p0 : idx[p]) * stride + j0;
        c0 = c0.add(a.mul(DoubleVector.fromArray(S, w, base)));
        c1 = c1.add(a.mul(DoubleVector.fromArray(S, w, base + L)));
      }
      c0.intoArray(y, yOff + j0);
      c1.intoArray(y, yOff + j0 + L);
      return j0 + 2 * L;
    }
    if (blocks == 1) {
      DoubleVector c0 = DoubleVector.fromArray(S, init, j0);
      for (int p = p0; p < p1; p++) {
        int base = (idx == null ? p - p0 : idx[p]) * stride + j0;
        c0 = c0.add(DoubleVector.broadcast(S, val[p]).mul(DoubleVector.fromArray(S, w, base)));
      }
      c0.intoArray(y, yOff + j0);
      return j0 + L;
    }
    return j0;
  }
}
