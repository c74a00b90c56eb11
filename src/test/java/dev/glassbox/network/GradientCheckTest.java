package dev.glassbox.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Backprop (BP1-BP4) against central finite differences, for every activation and cost pair. */
class GradientCheckTest {
  private static final double EPS = 1e-5;
  // a few units of round-off in C, divided by 2ε: what a central difference cannot resolve
  private static final double ROUND_OFF = 10 * Math.ulp(1.0) / EPS;

  static Stream<Arguments> combinations() {
    List<Arguments> list = new ArrayList<>();
    // every activation a hidden layer may use, from the enum itself: a new one is checked unasked
    for (Activation h : Activation.values()) {
      if (!h.elementwise()) {
        continue;
      }
      for (Activation o : Activation.values()) {
        for (Cost c : Cost.values()) {
          try {
            c.checkOutput(o);
          } catch (IllegalArgumentException undefined) {
            continue;
          }
          list.add(Arguments.of(h, o, c));
        }
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "{0} hidden, {1} output, {2}")
  @MethodSource("combinations")
  void backpropMatchesFiniteDifferences(Activation hidden, Activation output, Cost cost) {
    check(hidden, output, cost, null);
  }

  /** With a fixed dropout mask (both dropped and kept neurons in each hidden layer). */
  @ParameterizedTest(name = "{0} hidden, {1} output, {2}, dropout")
  @MethodSource("combinations")
  void backpropWithAFixedDropoutMaskMatchesFiniteDifferences(Activation hidden, Activation output, Cost cost) {
    Dropout d = new Dropout(0.4, 11, 1);
    for (int l = 1; l <= 2; l++) {
      int kept = 0;
      int n = l == 1 ? 5 : 4;
      for (int j = 0; j < n; j++) {
        kept += d.kept(0, l, j) ? 1 : 0;
      }
      assertTrue(kept > 0 && kept < n, "layer " + l + " keeps " + kept + " of " + n);
    }
    check(hidden, output, cost, d);
  }

  private static void check(Activation hidden, Activation output, Cost cost, Dropout d) {
    SplittableRandom rng = new SplittableRandom(hidden.ordinal() * 100 + output.ordinal() * 10 + cost.ordinal());
    Network net = new Network(new int[] {6, 5, 4, 4}, hidden, output, cost);
    Init.GAUSSIAN.apply(net, rng.nextLong());
    double[] x = new double[6];
    for (int k = 0; k < x.length; k++) {
      x[k] = k == 2 ? 0.0 : rng.nextDouble(); // one zero input exercises the sparse path
    }
    int label = rng.nextInt(4);
    Inputs in = Inputs.single(x, label);
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(in, 0);
    ws.dropout(d);
    Backprop.feedforward(net, ws, 0, 1);
    Backprop.backward(net, ws, 0, 1);
    Backprop.prepareWeightGradients(ws);

    double worst = 0;
    // below this size a gradient is compared by the central difference's round-off (see error)
    double floor = ROUND_OFF * Math.max(1.0, Math.abs(cost(net, in, d))) / 1e-6;
    Scratch sc = new Scratch(net, 1);
    double[] g = sc.gradient();
    for (int l = 1; l < net.layers(); l++) {
      for (int k = 0; k < net.size(l - 1); k++) {
        Backprop.weightGradientRow(net, ws, l, k, sc);
        for (int j = 0; j < net.size(l); j++) {
          double w = net.weight(l, j, k);
          net.setWeight(l, j, k, w + EPS);
          double plus = cost(net, in, d);
          net.setWeight(l, j, k, w - EPS);
          double minus = cost(net, in, d);
          net.setWeight(l, j, k, w);
          worst = Math.max(worst, error(g[j], (plus - minus) / (2 * EPS), floor));
        }
      }
      Backprop.biasGradient(net, ws, l, sc);
      for (int j = 0; j < net.size(l); j++) {
        double b = net.bias(l, j);
        net.setBias(l, j, b + EPS);
        double plus = cost(net, in, d);
        net.setBias(l, j, b - EPS);
        double minus = cost(net, in, d);
        net.setBias(l, j, b);
        worst = Math.max(worst, error(g[j], (plus - minus) / (2 * EPS), floor));
      }
    }
    assertTrue(worst < 1e-6, "worst relative error " + worst + " (C = " + cost(net, in, d) + ")");
  }

  private static double cost(Network net, Inputs in, Dropout d) {
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(in, 0);
    ws.dropout(d);
    Backprop.feedforward(net, ws, 0, 1);
    return Backprop.cost(net, ws, 0);
  }

  /**
   * Relative error |a-b| / (|a|+|b|). A central difference carries a round-off of a few
   * ulp · C / ε ≈ 2e-10 · C whatever the gradient, so small gradients (saturated units, or the
   * hundredth-slope side of a leaky ReLU) are compared by that absolute round-off instead: an
   * error of 10 ulp · max(1, C) / ε counts as 1e-6.
   */
  private static double error(double a, double b, double floor) {
    double scale = Math.abs(a) + Math.abs(b);
    return Math.abs(a - b) / Math.max(scale, floor);
  }
}
