package dev.glassbox.trace.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Network;
import dev.glassbox.trace.Samples;
import dev.glassbox.trace.Trace;
import org.junit.jupiter.api.Test;

/** The "check it" button on a real MNIST digit: backprop agrees with (C(w+ε) - C(w-ε)) / 2ε. */
class FiniteDifferenceTest {
  @Test
  void realDigitThroughAnUntrainedNetwork() throws Exception {
    Network net = Samples.network(new int[] {784, 30, 10}, Activation.SIGMOID, Activation.SIGMOID,
        Cost.QUADRATIC, 1);
    Trace t = Trace.record(net, Samples.mnistTest(1), 0, 3.0, 0, 0, 50000);
    // the weights with the largest gradient of each layer, where a wrong sign or factor would show
    for (int l = 1; l <= 2; l++) {
      int in = t.size(l - 1);
      double[] g = t.nablaWBook(l);
      int best = Terms.largest(g.length, i -> g[i], 1)[0];
      FiniteDifference.Check c = FiniteDifference.weight(t, l, best / in, best % in);
      assertEquals(t.nablaW(l, best / in, best % in), c.backprop(), 0.0);
      assertTrue(c.resolvable() && c.relativeError() < 1e-6, c + " rel " + c.relativeError());
      assertTrue(Math.abs(c.backprop()) > 1e-3, "a gradient worth checking: " + c);
    }
    FiniteDifference.Check b = FiniteDifference.bias(t, 1, 6);
    assertTrue(b.relativeError() < 1e-6, b.toString());
  }

  @Test
  void zeroInputGivesZeroGradientBothWays() throws Exception {
    Network net = Samples.network(new int[] {784, 30, 10}, Activation.SIGMOID, Activation.SIGMOID,
        Cost.QUADRATIC, 2);
    Trace t = Trace.record(net, Samples.mnistTest(1), 0, 3.0, 0, 0, 50000);
    // pixel 0 (the top-left corner) is blank in every MNIST digit
    FiniteDifference.Check c = FiniteDifference.weight(t, 1, 3, 0);
    assertEquals(0.0, c.backprop(), 0.0);
    assertEquals(0.0, c.numeric(), 0.0);
  }

  @Test
  void softmaxLogLikelihoodWeightsAndBiases() {
    Network net = Samples.network(new int[] {6, 5, 3}, Activation.RELU, Activation.SOFTMAX,
        Cost.LOG_LIKELIHOOD, 4);
    Trace t = Trace.record(net, Samples.random(1, 6, 3, 5), 0, 0.1, 0, 0, 10);
    for (int j = 0; j < 3; j++) {
      for (int k = 0; k < 5; k++) {
        FiniteDifference.Check c = FiniteDifference.weight(t, 2, j, k);
        assertTrue(Math.abs(c.backprop() - c.numeric()) < 1e-8, c.toString());
      }
      FiniteDifference.Check b = FiniteDifference.bias(t, 2, j);
      assertTrue(Math.abs(b.backprop() - b.numeric()) < 1e-8, b.toString());
    }
  }

  @Test
  void tinyGradientsAreNotJudgedByARelativeError() {
    FiniteDifference.Check tiny = new FiniteDifference.Check("w", -9.502e-16, -9.688e-16, 1e-5);
    assertTrue(!tiny.resolvable(), "below the resolution of a central difference");
    assertTrue(tiny.relativeError() > 0.005, "the honest relative error is about 1%: " + tiny.relativeError());
    assertTrue(new FiniteDifference.Check("w", 0.5, 0.5000001, 1e-5).resolvable());
  }
}
