package dev.glassbox.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A batch read from the epoch's rows copied side by side is the batch of the shuffled rows read
 * in place: the same rows, labels and input values.
 */
class EpochRowsTest {
  private static Inputs randomInputs(SplittableRandom rng, int n, int dim, int percentNonZero) {
    double[][] x = new double[n][dim];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = rng.nextInt(10);
      for (int k = 0; k < dim; k++) {
        if (rng.nextInt(100) < percentNonZero) {
          x[i][k] = rng.nextDouble();
        }
      }
    }
    return Inputs.fromDense(x, labels);
  }

  @Test
  void aBatchOfTheCopiedRowsIsTheBatchOfTheShuffledRows() {
    SplittableRandom rng = new SplittableRandom(3);
    Network net = new Network(new int[] {40, 5, 10}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    EpochRows rows = new EpochRows();
    // the second set has more non-zeros, as a distorted epoch may: the copy grows
    for (Inputs in : new Inputs[] {randomInputs(rng, 57, 40, 20), randomInputs(rng, 57, 40, 60)}) {
      // a shuffled order: i ↦ 23 i mod 57 is a permutation, 23 and 57 having no common factor
      int[] order = new int[in.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = 23 * i % order.length;
      }
      rows.arrange(in, order);
      Workspace copied = new Workspace(net, 8);
      Workspace inPlace = new Workspace(net, 8);
      for (int from = 0; from < in.size(); from += 8) {
        int m = Math.min(8, in.size() - from);
        copied.load(rows, from, m);
        inPlace.load(in, order, from, m);
        assertEquals(m, copied.count());
        for (int s = 0; s < m; s++) {
          assertEquals(inPlace.label(s), copied.label(s));
          assertEquals(order[from + s], copied.row[s]);
          assertArrayEquals(inPlace.copy(Workspace.Quantity.ACTIVATION, 0, s),
              copied.copy(Workspace.Quantity.ACTIVATION, 0, s), 0.0);
          double[] x = new double[in.dim()];
          for (int p = copied.xFrom[s]; p < copied.xTo[s]; p++) {
            x[copied.xIndex[p]] = copied.xValue[p];
          }
          assertArrayEquals(in.dense(order[from + s]), x, 0.0, "slot " + s + " of the batch at " + from);
        }
      }
    }
  }

  @Test
  void rowsCopiedPieceByPieceInAnyOrderAreTheRowsCopiedAtOnce() {
    SplittableRandom rng = new SplittableRandom(5);
    Inputs in = randomInputs(rng, 61, 30, 30);
    int[] order = new int[in.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = 17 * i % order.length;
    }
    EpochRows whole = new EpochRows();
    whole.arrange(in, order);
    EpochRows pieces = new EpochRows();
    pieces.plan(in, order);
    assertEquals(in.size(), pieces.size());
    // pieces of 4 positions, the last first
    for (int i0 = (order.length - 1) / 4 * 4; i0 >= 0; i0 -= 4) {
      pieces.copy(i0, Math.min(order.length, i0 + 4));
    }
    assertArrayEquals(whole.start, pieces.start);
    int used = whole.start[order.length];
    assertArrayEquals(java.util.Arrays.copyOf(whole.index, used), java.util.Arrays.copyOf(pieces.index, used));
    assertArrayEquals(java.util.Arrays.copyOf(whole.value, used), java.util.Arrays.copyOf(pieces.value, used), 0.0);
  }
}
