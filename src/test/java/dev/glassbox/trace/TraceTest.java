package dev.glassbox.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Backprop;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Scratch;
import dev.glassbox.network.Sgd;
import dev.glassbox.network.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trace is the training arithmetic on a batch of one: same gradients, same update, bit for bit. */
class TraceTest {
  private static final int[] SIZES = {12, 7, 5, 4};

  @ParameterizedTest(name = "λ={0}, μ={1}")
  @CsvSource({"0, 0", "5, 0", "0, 0.9", "5, 0.5"})
  void gradientsAndUpdateEqualATrainingBatchOfOnlyThatSample(double lambda, double momentum) {
    Network net = Samples.network(SIZES, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC, 5);
    Inputs in = Samples.random(6, 12, 4, 9);
    int row = 3;
    double eta = 0.8;
    int n = 60;
    Trace t = Trace.record(net, in, row, eta, lambda, momentum, n);

    // the trainer's path: a workspace with room for a whole mini-batch, holding only `row`
    Network trained = net.copy();
    Workspace ws = new Workspace(trained, 5);
    ws.load(in, new int[] {0, row}, 1, 1);
    Backprop.feedforward(trained, ws, 0, 1);
    Backprop.backward(trained, ws, 0, 1);
    Backprop.prepareWeightGradients(ws);
    Scratch sc = new Scratch(trained, 5);
    double[] g = sc.gradient();
    for (int l = 1; l < SIZES.length; l++) {
      for (int k = 0; k < SIZES[l - 1]; k++) {
        Backprop.weightGradientRow(trained, ws, l, k, sc);
        for (int j = 0; j < SIZES[l]; j++) {
          assertEquals(g[j], t.nablaW(l, j, k), 0.0, "∂C/∂w " + l + "," + j + "," + k);
        }
      }
      Backprop.biasGradient(trained, ws, l, sc);
      for (int j = 0; j < SIZES[l]; j++) {
        assertEquals(g[j], t.nablaB(l, j), 0.0, "∂C/∂b " + l + "," + j);
      }
    }
    new Sgd(trained, eta, lambda, momentum, n).step(ws, sc);
    assertTrue(t.after().sameParameters(trained), "after equals the trainer's step");
    assertTrue(t.networkAfter().sameParameters(trained));
    assertFalse(t.before().sameParameters(trained), "the step changed something");
    assertTrue(t.before().sameParameters(net));
  }

  @Test
  void gradientsFollowBp3AndBp4FromTheRecordedDeltas() {
    Network net = Samples.network(SIZES, Activation.TANH, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD, 2);
    Trace t = Trace.record(net, Samples.random(3, 12, 4, 4), 1, 0.5, 0, 0, 10);
    for (int l = 1; l < SIZES.length; l++) {
      for (int j = 0; j < SIZES[l]; j++) {
        // BP3: ∂C/∂b_j = δ_j ; BP4: ∂C/∂w_jk = a_k δ_j (exact: a batch of one sums a single term)
        assertEquals(t.delta(l, j), t.nablaB(l, j), 0.0);
        for (int k = 0; k < SIZES[l - 1]; k++) {
          assertEquals(t.a(l - 1, k) * t.delta(l, j), t.nablaW(l, j, k), 0.0);
        }
      }
    }
  }

  @Test
  void forwardPassMatchesAPlainDenseComputation() {
    Network net = Samples.network(SIZES, Activation.SIGMOID, Activation.SIGMOID, Cost.CROSS_ENTROPY, 3);
    Inputs in = Samples.random(2, 12, 4, 1);
    Trace t = Trace.record(net, in, 0, 1, 0, 0, 10);
    double[] prev = in.dense(0);
    assertEquals(0, java.util.Arrays.compare(prev, t.x()));
    for (int l = 1; l < SIZES.length; l++) {
      double[] a = new double[SIZES[l]];
      for (int j = 0; j < SIZES[l]; j++) {
        double z = net.bias(l, j);
        for (int k = 0; k < SIZES[l - 1]; k++) {
          z += net.weight(l, j, k) * prev[k];
        }
        assertEquals(z, t.z(l, j), 1e-12);
        a[j] = 1 / (1 + Math.exp(-z));
        assertEquals(a[j], t.a(l, j), 1e-12);
      }
      prev = a;
    }
    int best = 0;
    for (int j = 1; j < prev.length; j++) {
      best = prev[j] > prev[best] ? j : best;
    }
    assertEquals(best, t.predicted());
    assertEquals(in.label(0), t.label());
  }

  @Test
  void traceIsIsolatedFromTheNetworkAndFromItsCallers() {
    Network net = Samples.network(SIZES, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC, 1);
    Network original = net.copy();
    Trace t = Trace.record(net, Samples.random(2, 12, 4, 2), 0, 3, 0, 0, 10);
    assertTrue(net.sameParameters(original), "recording does not train the caller's network");
    double z = t.z(1, 0);
    t.z(1)[0] = 99;
    net.setWeight(1, 0, 0, 42);
    assertEquals(z, t.z(1, 0), 0.0);
    assertTrue(t.before().sameParameters(original));
  }

  @Test
  void bookOrderIsTheTransposeOfTheNetworkLayout() {
    Network net = Samples.network(SIZES, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC, 8);
    Trace t = Trace.record(net, Samples.random(1, 12, 4, 3), 0, 3, 0, 0, 10);
    double[] book = t.nablaWBook(2);
    for (int j = 0; j < SIZES[2]; j++) {
      double[] row = t.nablaWRow(2, j);
      for (int k = 0; k < SIZES[1]; k++) {
        assertEquals(t.nablaW(2, j, k), book[j * SIZES[1] + k], 0.0);
        assertEquals(t.nablaW(2, j, k), row[k], 0.0);
      }
    }
  }

  @Test
  void refusesUnlabeledSamples() {
    Network net = Samples.network(new int[] {3, 2}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC, 1);
    Inputs unlabeled = Inputs.fromDense(new double[][] {{1, 0, 1}}, null);
    assertThrows(IllegalArgumentException.class, () -> Trace.record(net, unlabeled, 0, 1, 0, 0, 1));
  }
}
