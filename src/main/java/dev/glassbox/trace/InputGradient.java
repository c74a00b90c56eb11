package dev.glassbox.trace;

import dev.glassbox.network.Backprop;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Workspace;

/**
 * Which pixels pushed the answer: ∂C/∂x for one image, the network's own backprop taken one layer
 * further than the weights (BP2 to the input layer), ∂C/∂x_k = Σ_j w^1_jk δ^1_j. A negative value
 * means more ink at pixel k would lower the cost, i.e. make the image more like {@code label}.
 */
public final class InputGradient {
  private InputGradient() {}

  /**
   * ∂C/∂x of {@code net}'s own cost C(x; y = label).
   *
   * @param x the input, 784 values in [0, 1] (not modified)
   * @return a new array of the same length
   */
  public static double[] of(Network net, double[] x, int label) {
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(Inputs.single(x, label), 0);
    Backprop.feedforward(net, ws, 0, 1);
    Backprop.backward(net, ws, 0, 1);
    double[] g = new double[net.size(0)];
    Backprop.inputGradient(net, ws, 0, g);
    return g;
  }
}
