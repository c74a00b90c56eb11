package dev.glassbox.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Hand-computed values, the fast SGD step against a plain one, and the symmetry lesson. */
class BackpropTest {

  @Test
  void tinyNetworkByHand() {
    // 2-2-1 sigmoid, quadratic; numbers worked out with a calculator
    Network net = new Network(new int[] {2, 2, 1}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    net.setWeight(1, 0, 0, 0.5);
    net.setWeight(1, 0, 1, -1.0);
    net.setWeight(1, 1, 0, 2.0);
    net.setWeight(1, 1, 1, 0.0);
    net.setBias(1, 0, 0.1);
    net.setBias(1, 1, -0.2);
    net.setWeight(2, 0, 0, 1.5);
    net.setWeight(2, 0, 1, -0.5);
    net.setBias(2, 0, 0.3);
    Inputs in = Inputs.single(new double[] {1.0, 0.5}, 0);
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(in, 0);
    Backprop.feedforward(net, ws, 0, 1);
    Backprop.backward(net, ws, 0, 1);
    // z1 = 0.5*1 - 1*0.5 + 0.1 = 0.1 ; z2 = 2*1 + 0 - 0.2 = 1.8
    assertEquals(0.1, ws.weightedInput(1, 0, 0), 1e-15);
    assertEquals(1.8, ws.weightedInput(1, 0, 1), 1e-15);
    double a1 = 1 / (1 + Math.exp(-0.1));
    double a2 = 1 / (1 + Math.exp(-1.8));
    double zOut = 1.5 * a1 - 0.5 * a2 + 0.3;
    double aOut = 1 / (1 + Math.exp(-zOut));
    assertEquals(aOut, ws.activation(2, 0, 0), 1e-15);
    // label 0 with one output neuron means y = 1
    double dOut = (aOut - 1) * aOut * (1 - aOut);
    assertEquals(dOut, ws.delta(2, 0, 0), 1e-15);
    assertEquals(1.5 * dOut * a1 * (1 - a1), ws.delta(1, 0, 0), 1e-15);
    assertEquals(-0.5 * dOut * a2 * (1 - a2), ws.delta(1, 0, 1), 1e-15);
    assertEquals(0.5 * (aOut - 1) * (aOut - 1), Backprop.cost(net, ws, 0), 1e-15);
  }

  @Test
  void sgdStepEqualsPlainSumOfPerSampleGradients() {
    for (double lambda : new double[] {0.0, 5.0}) {
      SplittableRandom rng = new SplittableRandom(7);
      Network net = new Network(new int[] {12, 6, 3}, Activation.TANH, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD);
      Init.SCALED.apply(net, 3);
      int m = 5;
      double[][] x = new double[m][12];
      int[] labels = new int[m];
      for (int s = 0; s < m; s++) {
        for (int k = 0; k < 12; k++) {
          x[s][k] = rng.nextDouble() < 0.6 ? 0.0 : rng.nextDouble();
        }
        labels[s] = rng.nextInt(3);
      }
      Inputs in = Inputs.fromDense(x, labels);
      double eta = 0.7;
      int n = 100;

      // plain reference: nabla summed from batches of one, then w ← (1-ηλ/n) w - (η/m) Σ nabla
      Network ref = net.copy();
      double[][][] nablaW = new double[3][][];
      double[][] nablaB = new double[3][];
      for (int l = 1; l < 3; l++) {
        nablaW[l] = new double[net.size(l - 1)][net.size(l)];
        nablaB[l] = new double[net.size(l)];
      }
      Workspace one = new Workspace(ref, 1);
      for (int s = 0; s < m; s++) {
        one.loadOne(in, s);
        Backprop.feedforward(ref, one, 0, 1);
        Backprop.backward(ref, one, 0, 1);
        for (int l = 1; l < 3; l++) {
          for (int k = 0; k < ref.size(l - 1); k++) {
            for (int j = 0; j < ref.size(l); j++) {
              nablaW[l][k][j] += one.activation(l - 1, 0, k) * one.delta(l, 0, j);
            }
          }
          for (int j = 0; j < ref.size(l); j++) {
            nablaB[l][j] += one.delta(l, 0, j);
          }
        }
      }
      for (int l = 1; l < 3; l++) {
        for (int k = 0; k < ref.size(l - 1); k++) {
          for (int j = 0; j < ref.size(l); j++) {
            double w = ref.weight(l, j, k);
            ref.setWeight(l, j, k, (1 - eta * lambda / n) * w - eta / m * nablaW[l][k][j]);
          }
        }
        for (int j = 0; j < ref.size(l); j++) {
          ref.setBias(l, j, ref.bias(l, j) - eta / m * nablaB[l][j]);
        }
      }

      Workspace ws = new Workspace(net, m);
      ws.load(in, null, 0, m);
      Backprop.feedforward(net, ws, 0, m);
      Backprop.backward(net, ws, 0, m);
      new Sgd(net, eta, lambda, 0, n).step(ws, new Scratch(net, m));

      for (int l = 1; l < 3; l++) {
        for (int k = 0; k < net.size(l - 1); k++) {
          for (int j = 0; j < net.size(l); j++) {
            assertEquals(ref.weight(l, j, k), net.weight(l, j, k), 1e-13, "w" + l + " " + j + "," + k);
          }
        }
        for (int j = 0; j < net.size(l); j++) {
          assertEquals(ref.bias(l, j), net.bias(l, j), 1e-13);
        }
      }
    }
  }

  /**
   * Layer 1's BP4 by scatter ({@link FirstLayerGradient}, for all neurons and for shares of them)
   * against the gather from the sorted batch: the same sums, and the same step, bit for bit.
   */
  @Test
  void theScatteredFirstLayerGradientIsTheGatheredOneBitForBit() {
    for (int hidden : new int[] {5, 8, 30, 33}) {
      for (double lambda : new double[] {0.0, 5.0}) {
        SplittableRandom rng = new SplittableRandom(hidden);
        Network net = new Network(new int[] {40, hidden, 4}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
        Init.GAUSSIAN.apply(net, 5);
        int m = 7;
        double[][] x = new double[m][40];
        int[] labels = new int[m];
        for (int s = 0; s < m; s++) {
          for (int k = 0; k < 40; k++) {
            x[s][k] = rng.nextDouble() < 0.7 ? 0.0 : rng.nextDouble();
          }
          labels[s] = rng.nextInt(4);
        }
        Inputs in = Inputs.fromDense(x, labels);
        Workspace ws = new Workspace(net, m);
        ws.load(in, null, 0, m);
        Backprop.feedforward(net, ws, 0, m);
        Backprop.backward(net, ws, 0, m);
        Backprop.prepareWeightGradients(ws);
        Scratch sc = new Scratch(net, m);
        int half = hidden / 2;
        FirstLayerGradient[] shares = {
          new FirstLayerGradient(net, 0, hidden), new FirstLayerGradient(net, 0, half),
          new FirstLayerGradient(net, half, hidden)};
        for (FirstLayerGradient fg : shares) {
          Backprop.firstLayerGradient(net, ws, fg);
        }
        for (int k = 0; k < 40; k++) {
          Backprop.weightGradientRow(net, ws, 1, k, sc);
          for (int j = 0; j < hidden; j++) {
            FirstLayerGradient share = j < half ? shares[1] : shares[2];
            assertEquals(Double.doubleToRawLongBits(sc.gradient()[j]), Double.doubleToRawLongBits(shares[0].sum(j, k)),
                "∂C/∂w " + j + "," + k);
            assertEquals(Double.doubleToRawLongBits(sc.gradient()[j]), Double.doubleToRawLongBits(share.sum(j, k)));
          }
        }
        // the step from the scattered rows, in two shares, against the gathered step
        Network gathered = net.copy();
        new Sgd(gathered, 0.7, lambda, 0, 100).stepWeightRows(ws, 1, 0, 40, sc);
        Sgd sgd = new Sgd(net, 0.7, lambda, 0, 100);
        sgd.stepFirstLayer(shares[1], m);
        sgd.stepFirstLayer(shares[2], m);
        for (int k = 0; k < 40; k++) {
          for (int j = 0; j < hidden; j++) {
            assertEquals(Double.doubleToRawLongBits(gathered.weight(1, j, k)), Double.doubleToRawLongBits(net.weight(1, j, k)),
                "w " + j + "," + k + " λ " + lambda);
            assertEquals(0.0, shares[1].sum(Math.min(j, half - 1), k), "cleared");
          }
        }
      }
    }
  }

  @Test
  void zeroInitialisedHiddenUnitsStayIdentical() {
    Network net = new Network(new int[] {8, 4, 3}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    Init.ZEROS.apply(net, 1);
    SplittableRandom rng = new SplittableRandom(11);
    double[][] x = new double[40][8];
    int[] labels = new int[40];
    for (int s = 0; s < 40; s++) {
      for (int k = 0; k < 8; k++) {
        x[s][k] = rng.nextDouble();
      }
      labels[s] = rng.nextInt(3);
    }
    Inputs in = Inputs.fromDense(x, labels);
    Workspace ws = new Workspace(net, 4);
    Sgd sgd = new Sgd(net, 3.0, 0, 0, 40);
    Scratch g = new Scratch(net, 4);
    for (int epoch = 0; epoch < 5; epoch++) {
      for (int from = 0; from < 40; from += 4) {
        ws.load(in, null, from, 4);
        Backprop.feedforward(net, ws, 0, 4);
        Backprop.backward(net, ws, 0, 4);
        sgd.step(ws, g);
      }
    }
    // the output layer did learn something ...
    assertFalse(net.weight(2, 0, 0) == 0.0 && net.weight(2, 1, 0) == 0.0);
    // ... but every hidden unit is still a copy of hidden unit 0
    for (int j = 1; j < 4; j++) {
      assertEquals(net.bias(1, 0), net.bias(1, j));
      for (int k = 0; k < 8; k++) {
        assertEquals(net.weight(1, 0, k), net.weight(1, j, k));
      }
      for (int i = 0; i < 3; i++) {
        assertEquals(net.weight(2, i, 0), net.weight(2, i, j));
      }
    }
  }

  @Test
  void softmaxOnlyOnOutputAndCostsCheckTheirOutput() {
    assertThrows(IllegalArgumentException.class,
        () -> new Network(new int[] {4, 3, 2}, Activation.SOFTMAX, Activation.SOFTMAX, Cost.QUADRATIC));
    assertThrows(IllegalArgumentException.class,
        () -> new Network(new int[] {4, 3, 2}, Activation.SIGMOID, Activation.SIGMOID, Cost.LOG_LIKELIHOOD));
    assertThrows(IllegalArgumentException.class,
        () -> new Network(new int[] {4, 3, 2}, Activation.SIGMOID, Activation.RELU, Cost.CROSS_ENTROPY));
  }

  @Test
  void softmaxOutputsSumToOneEvenForHugeInputs() {
    Network net = new Network(new int[] {2, 3}, Activation.SIGMOID, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD);
    net.setWeight(1, 0, 0, 1000);
    net.setWeight(1, 1, 1, 990);
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(Inputs.single(new double[] {1, 1}, 2), 0);
    Backprop.feedforward(net, ws, 0, 1);
    double[] a = ws.copy(Workspace.Quantity.ACTIVATION, 1, 0);
    assertEquals(1.0, a[0] + a[1] + a[2], 1e-12);
    double c = Backprop.cost(net, ws, 0);
    assertTrue(Double.isFinite(c) && c > 999, "cost " + c);
    assertArrayEquals(new double[] {1000, 990, 0}, ws.copy(Workspace.Quantity.WEIGHTED_INPUT, 1, 0), 0);
  }

  @Test
  void crossEntropyWithAConfidentSoftmaxHasAFiniteOutputError() {
    // z = (50, 0, 0): a_0 rounds to 1, where (a - y) / (a (1 - a)) would be 0/0
    Network net = new Network(new int[] {1, 3}, Activation.SIGMOID, Activation.SOFTMAX, Cost.CROSS_ENTROPY);
    net.setBias(1, 0, 50);
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(Inputs.single(new double[] {0}, 0), 0);
    Backprop.feedforward(net, ws, 0, 1);
    Backprop.backward(net, ws, 0, 1);
    double tiny = Math.exp(-50);
    // δ_0 = -1 - a_0 (-1 + 2 e^-50) ≈ -2 e^-50 + ..., δ_1 = δ_2 = e^-50 - e^-50 (-1 + ...) ≈ 2 e^-50
    assertEquals(2 * tiny, ws.delta(1, 0, 1), 1e-6 * tiny);
    assertEquals(2 * tiny, ws.delta(1, 0, 2), 1e-6 * tiny);
    assertTrue(Double.isFinite(ws.delta(1, 0, 0)) && Math.abs(ws.delta(1, 0, 0)) < 1e-15, "δ_0 " + ws.delta(1, 0, 0));
  }
}
