package dev.glassbox.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path (Backprop, Sgd, the kernels) against the book's plain loops in {@link Reference}:
 * the same output, gradients and mini-batch update within 1e-12 of each layer's largest value, for
 * several shapes and every activation and cost that go together.
 */
class ReferenceTest {
  private static final double TOLERANCE = 1e-12;
  private static final int[][] SHAPES = {{5, 3}, {12, 6, 3}, {9, 8, 7, 4}, {30, 33, 17, 10}};

  static Stream<Arguments> networks() {
    List<Arguments> list = new ArrayList<>();
    for (int[] sizes : SHAPES) {
      for (Activation hidden : Activation.values()) {
        if (!hidden.elementwise()) {
          continue;
        }
        for (Activation output : Activation.values()) {
          for (Cost cost : Cost.values()) {
            try {
              cost.checkOutput(output);
            } catch (IllegalArgumentException undefined) {
              continue;
            }
            list.add(Arguments.of(Arrays.toString(sizes), sizes, hidden, output, cost));
          }
        }
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "{0} {2} hidden, {3} output, {4}")
  @MethodSource("networks")
  void gradientsAndOneMiniBatchUpdateMatchTheBook(
      String name, int[] sizes, Activation hidden, Activation output, Cost cost) {
    SplittableRandom rng = new SplittableRandom(Arrays.hashCode(sizes) * 31L + hidden.ordinal() * 7 + cost.ordinal());
    Network net = new Network(sizes, hidden, output, cost);
    Init.SCALED.apply(net, rng.nextLong());
    int m = 6;
    Inputs in = randomInputs(rng, m, sizes[0], sizes[sizes.length - 1]);
    Reference book = new Reference(net);

    // one sample: the output, ∇b and ∇w
    for (int s = 0; s < m; s++) {
      Workspace ws = new Workspace(net, 1);
      ws.loadOne(in, s);
      Backprop.feedforward(net, ws, 0, 1);
      Backprop.backward(net, ws, 0, 1);
      int last = sizes.length - 1;
      assertClose(book.feedforward(in.dense(s)), ws.copy(Workspace.Quantity.ACTIVATION, last, 0), "a^L of sample " + s);
      Reference.Gradient g = book.backprop(in.dense(s), in.label(s));
      assertGradients(net, ws, g, "sample " + s);
    }

    // the batch: the fast sums over slots equal the sum of the book's per-sample gradients
    Workspace batch = new Workspace(net, m);
    batch.load(in, null, 0, m);
    Backprop.feedforward(net, batch, 0, m);
    Backprop.backward(net, batch, 0, m);
    Reference.Gradient sum = book.backprop(in.dense(0), in.label(0));
    for (int s = 1; s < m; s++) {
      add(sum, book.backprop(in.dense(s), in.label(s)));
    }
    assertGradients(net, batch, sum, "batch of " + m);

    // one mini-batch update, without and with L2 regularisation
    for (double lambda : new double[] {0.0, 5.0}) {
      Network fast = net.copy();
      Reference slow = new Reference(net);
      double[][] xs = new double[m][];
      int[] ys = new int[m];
      for (int s = 0; s < m; s++) {
        xs[s] = in.dense(s);
        ys[s] = in.label(s);
      }
      slow.updateMiniBatch(xs, ys, 0.5, lambda, 60);
      Workspace ws = new Workspace(fast, m);
      ws.load(in, null, 0, m);
      Backprop.feedforward(fast, ws, 0, m);
      Backprop.backward(fast, ws, 0, m);
      new Sgd(fast, 0.5, lambda, 0, 60).step(ws, new Scratch(fast, m));
      for (int l = 1; l < sizes.length; l++) {
        double[][] w = new double[sizes[l]][sizes[l - 1]];
        double[] b = new double[sizes[l]];
        for (int j = 0; j < sizes[l]; j++) {
          b[j] = fast.bias(l, j);
          for (int k = 0; k < sizes[l - 1]; k++) {
            w[j][k] = fast.weight(l, j, k);
          }
        }
        assertClose(slow.b[l], b, "b^" + l + " after the update, λ = " + lambda);
        assertClose(flat(slow.w[l]), flat(w), "w^" + l + " after the update, λ = " + lambda);
      }
    }
  }

  @Test
  void sumRowsIsBitIdenticalToTheGatherAgainstOnesItReplaced() {
    SplittableRandom rng = new SplittableRandom(13);
    for (int n = 1; n <= 41; n++) {
      for (int rows : new int[] {0, 1, 7, 10}) {
        double[] d = new double[rows * n];
        for (int i = 0; i < rows * n; i++) {
          d[i] = rng.nextGaussian() * (i % 5 == 0 ? 0.0 : 1.0) * (i % 7 == 0 ? -1e-300 : 1.0);
        }
        double[] ones = new double[rows];
        Arrays.fill(ones, 1.0);
        double[] gathered = new double[n];
        Kernels.gatherRows(d, n, null, ones, 0, rows, new double[n], gathered, 0, n);
        double[] summed = new double[n + 1];
        Arrays.fill(summed, 9.0);
        Kernels.sumRows(d, n, rows, summed, n);
        assertArrayEquals(Arrays.copyOf(gathered, n), Arrays.copyOf(summed, n), 0.0,
            "n=" + n + " rows=" + rows + " (" + Kernels.kind() + ")");
        for (int j = 0; j < n; j++) {
          assertEquals(Double.doubleToRawLongBits(gathered[j]), Double.doubleToRawLongBits(summed[j]), "sign of zero");
        }
        assertEquals(9.0, summed[n], "past the row untouched");
      }
    }
  }

  @Test
  void theBookTrainsToo() {
    // a few updates of the book's loops lower the cost on their batch: it is a working network
    SplittableRandom rng = new SplittableRandom(21);
    Network net = new Network(new int[] {8, 5, 3}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    Init.GAUSSIAN.apply(net, 4);
    Inputs in = randomInputs(rng, 10, 8, 3);
    double[][] xs = new double[10][];
    int[] ys = new int[10];
    for (int s = 0; s < 10; s++) {
      xs[s] = in.dense(s);
      ys[s] = in.label(s);
    }
    Reference book = new Reference(net);
    double before = quadraticCost(book, xs, ys);
    for (int i = 0; i < 100; i++) {
      book.updateMiniBatch(xs, ys, 3.0);
    }
    double after = quadraticCost(book, xs, ys);
    assertTrue(after < 0.5 * before, "cost " + before + " -> " + after);
  }

  private static double quadraticCost(Reference book, double[][] xs, int[] ys) {
    double c = 0;
    for (int s = 0; s < xs.length; s++) {
      double[] a = book.feedforward(xs[s]);
      for (int j = 0; j < a.length; j++) {
        double d = a[j] - (j == ys[s] ? 1 : 0);
        c += 0.5 * d * d;
      }
    }
    return c;
  }

  /** Inputs with about half the values zero (the sparse path) and a label each. */
  private static Inputs randomInputs(SplittableRandom rng, int m, int dim, int classes) {
    double[][] x = new double[m][dim];
    int[] labels = new int[m];
    for (int s = 0; s < m; s++) {
      for (int k = 0; k < dim; k++) {
        x[s][k] = rng.nextDouble() < 0.5 ? 0.0 : rng.nextDouble();
      }
      labels[s] = rng.nextInt(classes);
    }
    return Inputs.fromDense(x, labels);
  }

  /** The fast ∇b (BP3) and ∇w (BP4) of the batch in {@code ws} against the book's. */
  private static void assertGradients(Network net, Workspace ws, Reference.Gradient g, String what) {
    Backprop.prepareWeightGradients(ws);
    Scratch sc = new Scratch(net, ws.count());
    for (int l = 1; l < net.layers(); l++) {
      Backprop.biasGradient(net, ws, l, sc);
      assertClose(g.nablaB()[l], Arrays.copyOf(sc.gradient(), net.size(l)), "∇b^" + l + ", " + what);
      double[][] fast = new double[net.size(l)][net.size(l - 1)];
      for (int k = 0; k < net.size(l - 1); k++) {
        Backprop.weightGradientRow(net, ws, l, k, sc);
        for (int j = 0; j < net.size(l); j++) {
          fast[j][k] = sc.gradient()[j];
        }
      }
      assertClose(flat(g.nablaW()[l]), flat(fast), "∇w^" + l + ", " + what);
    }
  }

  private static void add(Reference.Gradient sum, Reference.Gradient g) {
    for (int l = 1; l < sum.nablaB().length; l++) {
      for (int j = 0; j < sum.nablaB()[l].length; j++) {
        sum.nablaB()[l][j] += g.nablaB()[l][j];
        for (int k = 0; k < sum.nablaW()[l][j].length; k++) {
          sum.nablaW()[l][j][k] += g.nablaW()[l][j][k];
        }
      }
    }
  }

  private static double[] flat(double[][] m) {
    return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
  }

  /** Every value within TOLERANCE of the largest magnitude in {@code expected}. */
  private static void assertClose(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what);
    double scale = 0;
    for (double e : expected) {
      scale = Math.max(scale, Math.abs(e));
    }
    for (int i = 0; i < expected.length; i++) {
      double err = Math.abs(expected[i] - actual[i]);
      assertTrue(err <= TOLERANCE * scale, what + " [" + i + "]: book " + expected[i] + ", fast "
          + actual[i] + " (relative error " + err / scale + ")");
    }
  }
}
