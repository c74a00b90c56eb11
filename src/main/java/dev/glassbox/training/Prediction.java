package dev.glassbox.training;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Backprop;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Workspace;
import java.util.Arrays;

/**
 * The network's answer for one image: the predicted digit (the largest output activation) and a
 * probability per digit. A softmax output already is one (a^L sums to 1); any other output
 * (sigmoid) is normalised, p_j = a^L_j / Σ_k a^L_k, which keeps the order of the answers and says
 * how the network's own outputs share out, without inventing a softmax the model was not trained
 * with.
 *
 * @param digit the predicted digit, argmax_j a^L_j
 * @param probabilities p_j for each digit
 * @param output the raw output activations a^L
 * @param normalised whether p was normalised from a non-softmax output
 */
public record Prediction(int digit, double[] probabilities, double[] output, boolean normalised) {
  /** One feedforward of {@code x} (784 values in [0, 1], not modified) through {@code net}. */
  public static Prediction of(Network net, double[] x) {
    Workspace ws = new Workspace(net, 1);
    ws.loadOne(Inputs.single(x, 0), 0);
    Backprop.feedforward(net, ws, 0, 1);
    double[] a = ws.copy(Workspace.Quantity.ACTIVATION, net.layers() - 1, 0);
    boolean softmax = net.outputActivation() == Activation.SOFTMAX;
    double[] p = a.clone();
    if (!softmax) {
      double sum = 0;
      for (double v : a) {
        sum += Math.max(0, v);
      }
      for (int j = 0; j < p.length; j++) {
        p[j] = sum > 0 ? Math.max(0, a[j]) / sum : 1.0 / p.length;
      }
    }
    return new Prediction(Backprop.predicted(net, ws, 0), p, a, !softmax);
  }

  /** Of pixels 0-255 (unsigned bytes), x = pixel / 255. */
  public static Prediction ofPixels(Network net, byte[] pixels) {
    double[] x = new double[pixels.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = (pixels[k] & 0xFF) / 255.0;
    }
    return of(net, x);
  }

  /** The {@code n} most probable digits, most probable first. */
  public int[] top(int n) {
    Integer[] order = new Integer[probabilities.length];
    for (int j = 0; j < order.length; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (i, j) -> Double.compare(probabilities[j], probabilities[i]));
    int[] top = new int[Math.min(n, order.length)];
    for (int i = 0; i < top.length; i++) {
      top[i] = order[i];
    }
    return top;
  }
}
