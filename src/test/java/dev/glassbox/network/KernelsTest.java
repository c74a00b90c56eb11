package dev.glassbox.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast inner loop against the plain loop it replaces: the same bits, for every shape. */
class KernelsTest {

  /** The obviously correct version: y_j = init_j + Σ_p val_p w[row_p, j], in p order. */
  private static void plain(double[] w, int stride, int[] idx, double[] val, int p0, int p1,
      double[] init, double[] y, int yOff, int n) {
    for (int j = 0; j < n; j++) {
      double c = init[j];
      for (int p = p0; p < p1; p++) {
        c += val[p] * w[(idx == null ? p - p0 : idx[p]) * stride + j];
      }
      y[yOff + j] = c;
    }
  }

  @Test
  void gatherRowsIsBitIdenticalToThePlainLoop() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int n = 1; n <= 41; n++) {
      int rows = 50;
      double[] w = new double[rows * n];
      double[] init = new double[n];
      for (int i = 0; i < rows * n; i++) {
        w[i] = rng.nextGaussian();
      }
      for (int j = 0; j < n; j++) {
        init[j] = rng.nextGaussian();
      }
      int[] idx = new int[20];
      double[] val = new double[20];
      for (int p = 0; p < 20; p++) {
        idx[p] = rng.nextInt(rows);
        val[p] = rng.nextDouble();
      }
      for (boolean sparse : new boolean[] {true, false}) {
        // y has neighbours on both sides that must stay untouched
        double[] fast = new double[n + 20];
        double[] slow = new double[n + 20];
        java.util.Arrays.fill(fast, 7.0);
        java.util.Arrays.fill(slow, 7.0);
        Kernels.gatherRows(w, n, sparse ? idx : null, val, 3, 17, init, fast, 10, n);
        plain(w, n, sparse ? idx : null, val, 3, 17, init, slow, 10, n);
        assertArrayEquals(slow, fast, 0.0, "n=" + n + " sparse=" + sparse + " (" + Kernels.kind() + ")");
        double[] scalar = new double[n + 20];
        java.util.Arrays.fill(scalar, 7.0);
        Kernels.gatherRowsScalar(w, n, sparse ? idx : null, val, 3, 17, init, scalar, 10, 0, n);
        assertArrayEquals(slow, scalar, 0.0, "scalar n=" + n);
      }
    }
  }

  /** A thread's share of the outputs: columns [col, col + n) of rows 2n+5 wide, against the plain loop. */
  @Test
  void columnRangesAreBitIdenticalToThePlainLoop() {
    SplittableRandom rng = new SplittableRandom(21);
    for (int n = 1; n <= 41; n++) {
      for (int col : new int[] {0, 1, n, n + 5}) {
        int stride = 2 * n + 5;
        int rows = 12;
        double[] w = new double[rows * stride];
        for (int i = 0; i < w.length; i++) {
          w[i] = rng.nextGaussian();
        }
        double[] init = new double[stride];
        for (int j = 0; j < stride; j++) {
          init[j] = rng.nextGaussian();
        }
        int[] idx = {0, 3, 4, 9, 11};
        double[] val = {0.5, -0.25, 1.0, 0.75, 0.125};
        // gather: y_j = init[col + j] + Σ_p val_p w[idx_p, col + j]
        double[] expected = new double[n + 6];
        double[] fast = new double[n + 6];
        java.util.Arrays.fill(expected, 7.0);
        java.util.Arrays.fill(fast, 7.0);
        for (int j = 0; j < n; j++) {
          double c = init[col + j];
          for (int p = 0; p < idx.length; p++) {
            c += val[p] * w[idx[p] * stride + col + j];
          }
          expected[3 + j] = c;
        }
        Kernels.gatherColumns(w, stride, col, idx, val, 0, idx.length, init, fast, 3, n);
        assertArrayEquals(expected, fast, 0.0, "gather n=" + n + " col=" + col + " (" + Kernels.kind() + ")");
        // gather and update: row 1 of a weight matrix, columns [col, col + n) of the sums
        double[] weights = new double[3 * n];
        for (int i = 0; i < weights.length; i++) {
          weights[i] = rng.nextGaussian();
        }
        double[] plain = weights.clone();
        for (int j = 0; j < n; j++) {
          double c = 0.0;
          for (int p = 0; p < idx.length; p++) {
            c += val[p] * w[idx[p] * stride + col + j];
          }
          plain[n + j] = 0.999 * plain[n + j] - 0.3 * c;
        }
        Kernels.gatherUpdateColumns(w, stride, col, idx, val, 0, idx.length, new double[stride], weights,
            n, n, 0.999, 0.3, new double[stride]);
        assertArrayEquals(plain, weights, 0.0, "update n=" + n + " col=" + col + " (other rows untouched)");
        // BP3's column sums
        double[] sums = new double[stride + 1];
        java.util.Arrays.fill(sums, 9.0);
        Kernels.sumColumns(w, stride, col, rows, sums, n);
        for (int j = 0; j < stride + 1; j++) {
          double e = 9.0;
          if (j >= col && j < col + n) {
            e = 0.0;
            for (int r = 0; r < rows; r++) {
              e += w[r * stride + j];
            }
          }
          assertEquals(e, sums[j], 0.0, "sumColumns n=" + n + " col=" + col + " j=" + j);
        }
      }
    }
  }

  @Test
  void theTestsRunTheVectorKernelWhereTheModuleIsPresent() {
    boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    assertEquals(module && !"false".equals(System.getProperty("glassbox.vector")), Kernels.VECTOR);
    assertTrue(Network.kernelKind().equals("vector") || Network.kernelKind().equals("scalar"));
  }

  @Test
  void updateRowIsBitIdenticalToThePlainLoop() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int n = 1; n <= 41; n++) {
      double[] w = new double[3 * n];
      double[] g = new double[n];
      for (int i = 0; i < w.length; i++) {
        w[i] = rng.nextGaussian();
      }
      for (int j = 0; j < n; j++) {
        g[j] = rng.nextGaussian();
      }
      double[] plain = w.clone();
      for (int j = 0; j < n; j++) {
        plain[n + j] = 0.999 * plain[n + j] - 0.3 * g[j];
      }
      Kernels.updateRow(w, n, g, n, 0.999, 0.3);
      assertArrayEquals(plain, w, 0.0, "n=" + n + " (rows before and after untouched)");
    }
  }

  @Test
  void gatherUpdateRowIsTheGradientThenTheUpdateBitForBit() {
    SplittableRandom rng = new SplittableRandom(9);
    for (int n = 1; n <= 41; n++) {
      int rows = 12;
      double[] d = new double[rows * n];
      for (int i = 0; i < rows * n; i++) {
        d[i] = rng.nextGaussian();
      }
      int[] idx = {3, 0, 7, 11, 5};
      double[] val = {0.5, 0.25, 1.0, 0.75, 0.125};
      double[] w = new double[4 * n];
      for (int i = 0; i < 4 * n; i++) {
        w[i] = rng.nextGaussian();
      }
      double[] zeros = new double[n];
      // the plain way: c_j = 0 + Σ val d, then w_j = decay w_j - scale c_j, on row 2 only
      double[] expected = w.clone();
      for (int j = 0; j < n; j++) {
        double c = 0.0;
        for (int p = 0; p < idx.length; p++) {
          c += val[p] * d[idx[p] * n + j];
        }
        expected[2 * n + j] = 0.9999 * expected[2 * n + j] - 0.3 * c;
      }
      Kernels.gatherUpdateRow(d, n, idx, val, 0, idx.length, zeros, w, 2 * n, n, 0.9999, 0.3,
          new double[n]);
      assertArrayEquals(expected, w, 0.0, "n=" + n + " (" + Kernels.kind() + "; other rows untouched)");
    }
  }

  /**
   * BP4 by scatter, sample after sample, then the step from the scattered rows: the same bits as
   * the plain gather of the same terms in the same order (c_j = 0 + Σ_p val d, p in sample
   * order), then w_j ← decay w_j - scale c_j; the rows end cleared, the padding lanes get zeros.
   */
  @Test
  void scatterThenUpdateIsTheGatherThenTheUpdateBitForBit() {
    SplittableRandom rng = new SplittableRandom(13);
    for (int n = 1; n <= 41; n++) {
      int samples = 4;
      int rows = 9;
      double[] delta = new double[samples * n + 3];
      for (int i = 0; i < delta.length; i++) {
        delta[i] = rng.nextGaussian();
      }
      // each sample's non-zero inputs: increasing row indices, some rows shared, row 8 in none
      int[][] rowsOf = {{0, 2, 3, 7}, {2, 3, 4}, {1, 3, 7}, {0, 5, 6}};
      int[] idx = new int[13];
      double[] val = new double[13];
      int[] start = new int[samples + 1];
      for (int s = 0, p = 0; s < samples; s++) {
        start[s] = p;
        for (int k : rowsOf[s]) {
          idx[p] = k;
          val[p++] = rng.nextDouble();
        }
        start[s + 1] = p;
      }
      double[] w = new double[rows * n];
      for (int i = 0; i < w.length; i++) {
        w[i] = rng.nextGaussian();
      }
      double[] expected = w.clone();
      for (int k = 0; k < rows; k++) {
        for (int j = 0; j < n; j++) {
          double c = 0.0;
          for (int s = 0; s < samples; s++) {
            for (int p = start[s]; p < start[s + 1]; p++) {
              if (idx[p] == k) {
                c += val[p] * delta[s * n + 1 + j];
              }
            }
          }
          expected[k * n + j] = 0.9999 * expected[k * n + j] - 0.3 * c;
        }
      }
      int stride = Kernels.padded(n);
      assertTrue(stride >= n && stride < n + 8, "padded " + stride + " for " + n);
      // the buffer the trainer uses, its rows from an offset (Aligned), against plain rows from 0
      Aligned buffer = Aligned.doubles(rows * stride);
      double[] g = buffer.array();
      int off = buffer.offset();
      assertTrue(g.length - off >= rows * stride, "room for the rows");
      double[] scalar = new double[rows * stride];
      double[] pad = new double[stride];
      for (int s = 0; s < samples; s++) {
        Kernels.scatterRows(g, off, stride, idx, val, start[s], start[s + 1], delta, s * n + 1, n, pad);
        Kernels.scatterRowsScalar(scalar, 0, stride, idx, val, start[s], start[s + 1], delta, s * n + 1, n);
      }
      assertArrayEquals(scalar, java.util.Arrays.copyOfRange(g, off, off + rows * stride), 0.0,
          "scatter n=" + n + " (" + Kernels.kind() + ")");
      for (int k = 0; k < rows; k++) {
        Kernels.updateRowAndClear(w, k * n, g, off + k * stride, n, 0.9999, 0.3);
      }
      assertArrayEquals(expected, w, 0.0, "update n=" + n + " (" + Kernels.kind() + ")");
      assertArrayEquals(new double[g.length], g, 0.0, "cleared for the next batch");
    }
  }
}
