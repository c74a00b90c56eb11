package dev.glassbox.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Network;
import org.junit.jupiter.api.Test;

/** The equations name the book's layers and BP1 matches the cost and output activation pair. */
class EquationsTest {
  private static Trace trace(Activation out, Cost cost) {
    Network net = Samples.network(new int[] {5, 4, 3}, Activation.SIGMOID, out, cost, 6);
    return Trace.record(net, Samples.random(1, 5, 3, 2), 0, 1.0, 0, 0, 10);
  }

  private static Step step(Trace t, StepKind kind, int layer, int neuron) {
    return new Step(t, kind, layer, neuron);
  }

  @Test
  void bookNumberingInTheForwardEquations() {
    Trace t = trace(Activation.SIGMOID, Cost.QUADRATIC);
    assertEquals("z^2_3 = Σ_k w^2_3k a^1_k + b^2_3", step(t, StepKind.WEIGHTED_INPUT, 1, 3).equation());
    assertEquals("z^3 = w^3 a^2 + b^3", step(t, StepKind.WEIGHTED_INPUT, 2, -1).equation());
    assertEquals("a^2_1 = σ(z^2_1)", step(t, StepKind.ACTIVATION, 1, 1).equation());
    assertEquals("δ^2 = ((w^3)^T δ^3) ⊙ σ'(z^2)", step(t, StepKind.BACKPROP_DELTA, 1, -1).equation());
    assertEquals("∂C/∂w^3_1k = a^2_k δ^3_1", step(t, StepKind.WEIGHT_GRADIENT, 2, 1).equation());
    assertEquals("∂C/∂b^2_0 = δ^2_0", step(t, StepKind.BIAS_GRADIENT, 1, 0).equation());
    assertEquals("w^2 → w^2 - η ∂C/∂w^2, b^2 → b^2 - η ∂C/∂b^2", step(t, StepKind.UPDATE, 1, -1).equation());
  }

  @Test
  void bp1ForEachCostAndOutput() {
    assertEquals("δ^L = (a^L - y) ⊙ σ'(z^L)",
        step(trace(Activation.SIGMOID, Cost.QUADRATIC), StepKind.OUTPUT_ERROR, 2, -1).equation());
    assertEquals("δ^L = a^L - y",
        step(trace(Activation.SIGMOID, Cost.CROSS_ENTROPY), StepKind.OUTPUT_ERROR, 2, -1).equation());
    assertEquals("δ^L = a^L - y",
        step(trace(Activation.SOFTMAX, Cost.LOG_LIKELIHOOD), StepKind.OUTPUT_ERROR, 2, -1).equation());
    assertEquals("δ^L_2 = (a^L_2 - y_2) tanh'(z^L_2)",
        step(trace(Activation.TANH, Cost.QUADRATIC), StepKind.OUTPUT_ERROR, 2, 2).equation());
    String jacobian = step(trace(Activation.SOFTMAX, Cost.QUADRATIC), StepKind.OUTPUT_ERROR, 2, 1).equation();
    assertTrue(jacobian.contains("Σ_i a^L_i ∂C/∂a^L_i") && jacobian.contains("a^L_i - y_i"), jacobian);
    String ce = step(trace(Activation.SOFTMAX, Cost.CROSS_ENTROPY), StepKind.OUTPUT_ERROR, 2, 1).equation();
    assertTrue(ce.contains("(a^L_i - y_i) / (a^L_i (1 - a^L_i))"), ce);
  }

  @Test
  void substitutedBp1NumbersReproduceTheDelta() {
    // quadratic + sigmoid: the shown (a - y) and σ'(z) multiply to the recorded δ
    Trace t = trace(Activation.SIGMOID, Cost.QUADRATIC);
    int j = t.label();
    double a = t.a(2, j);
    double sp = a * (1 - a);
    String text = step(t, StepKind.OUTPUT_ERROR, 2, j).substituted();
    assertTrue(text.contains("(" + Num.format(a) + " - 1)"), text);
    assertTrue(text.contains("× " + Num.format(sp) + " ="), text);
    assertEquals((a - 1) * sp, t.delta(2, j), 1e-15);
  }

  @Test
  void weightedInputShowsItsLargestTerm() {
    Trace t = trace(Activation.SIGMOID, Cost.QUADRATIC);
    Network net = t.networkBefore();
    int best = 0;
    for (int k = 1; k < 5; k++) {
      if (Math.abs(net.weight(1, 2, k) * t.a(0, k)) > Math.abs(net.weight(1, 2, best) * t.a(0, best))) {
        best = k;
      }
    }
    String text = step(t, StepKind.WEIGHTED_INPUT, 1, 2).substituted();
    String first = "(" + Num.format(net.weight(1, 2, best)) + "×" + Num.format(t.a(0, best)) + ")";
    assertTrue(text.startsWith("z^2_2 = " + first), text);
    assertTrue(text.contains("+ b (" + Num.format(net.bias(1, 2)) + ")"), text);
  }
}
