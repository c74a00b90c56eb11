package dev.glassbox.network;

/**
 * The one arithmetic of Glassbox: feedforward, backpropagation (BP1, BP2) and the gradients (BP3,
 * BP4) on the samples of a {@link Workspace}. Training, evaluation, the trace and the stepper all
 * call these methods; nothing else computes a z, an activation or a δ.
 *
 * <p>Each method works on a range of batch slots or weight rows so that a trainer can split the
 * work across threads; the result of each slot or row does not depend on how the work is split, so
 * training is bit-for-bit deterministic whatever the thread count.
 */
public final class Backprop {
  private Backprop() {}

  /**
   * Forward pass for slots [s0, s1): z^l = w^l a^{l-1} + b^l, a^l = σ(z^l), for every layer.
   * Modifies {@code ws.z} and {@code ws.a}; the network is not modified.
   */
  public static void feedforward(Network net, Workspace ws, int s0, int s1) {
    int layers = net.sizes.length;
    for (int s = s0; s < s1; s++) {
      int r = ws.row[s];
      Inputs in = ws.inputs;
      // layer 1 from the sparse input: z_j = b_j + Σ_{k: x_k ≠ 0} w_jk x_k
      int out = net.sizes[1];
      double[] z = ws.z[1];
      double[] w = net.weights[1];
      int off = s * out;
      System.arraycopy(net.biases[1], 0, z, off, out);
      for (int p = in.start[r]; p < in.start[r + 1]; p++) {
        axpy(in.value[p], w, in.index[p] * out, z, off, out);
      }
      net.activation[1].apply(z, off, ws.a[1], off, out);
      for (int l = 2; l < layers; l++) {
        forwardLayer(net, ws, l, s);
      }
    }
  }

  // z^l = w^l a^{l-1} + b^l for one slot of a dense layer, skipping zero activations (ReLU's)
  private static void forwardLayer(Network net, Workspace ws, int l, int s) {
    int in = net.sizes[l - 1];
    int out = net.sizes[l];
    double[] z = ws.z[l];
    double[] w = net.weights[l];
    double[] prev = ws.a[l - 1];
    int off = s * out;
    int prevOff = s * in;
    System.arraycopy(net.biases[l], 0, z, off, out);
    for (int k = 0; k < in; k++) {
      double ak = prev[prevOff + k];
      if (ak != 0.0) {
        axpy(ak, w, k * out, z, off, out);
      }
    }
    net.activation[l].apply(z, off, ws.a[l], off, out);
  }

  /** y[yOff + j] += alpha * x[xOff + j] for j in [0, n): the loop the JIT vectorises. */
  static void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int n) {
    for (int j = 0; j < n; j++) {
      y[yOff + j] += alpha * x[xOff + j];
    }
  }

  /**
   * Backward pass for slots [s0, s1), after {@link #feedforward}: BP1 gives δ^L from the cost,
   * then BP2 δ^{l} = ((w^{l+1})^T δ^{l+1}) ⊙ σ'(z^{l}) down to the first hidden layer. Modifies
   * {@code ws.delta}.
   */
  public static void backward(Network net, Workspace ws, int s0, int s1) {
    int last = net.sizes.length - 1;
    int nOut = net.sizes[last];
    for (int s = s0; s < s1; s++) {
      // BP1: δ^L = ∇_a C ⊙ σ'(z^L)  (a^L - y for the matched pairs)
      net.cost.outputDelta(
          net.activation[last], ws.z[last], ws.a[last], s * nOut, nOut, ws.label[s], ws.delta[last]);
      for (int l = last; l >= 2; l--) {
        backwardLayer(net, ws, l, s);
      }
    }
  }

  // BP2: δ^{l-1}_k = (Σ_j w^l_jk δ^l_j) σ'(z^{l-1}_k)
  private static void backwardLayer(Network net, Workspace ws, int l, int s) {
    int in = net.sizes[l - 1];
    int out = net.sizes[l];
    double[] w = net.weights[l];
    double[] d = ws.delta[l];
    double[] dPrev = ws.delta[l - 1];
    double[] zPrev = ws.z[l - 1];
    double[] aPrev = ws.a[l - 1];
    Activation act = net.activation[l - 1];
    int off = s * out;
    int prevOff = s * in;
    for (int k = 0; k < in; k++) {
      int base = k * out;
      double sum = 0;
      for (int j = 0; j < out; j++) {
        sum += w[base + j] * d[off + j];
      }
      dPrev[prevOff + k] = sum * act.derivative(zPrev[prevOff + k], aPrev[prevOff + k]);
    }
  }

  /**
   * BP4 for one row of w^l: g[j] = Σ_s a^{l-1}_{s,k} δ^l_{s,j} = Σ_s ∂C_s/∂w^l_{jk}, summed over
   * the slots of the batch in slot order. Modifies {@code g[0 .. sizes[l])}.
   */
  public static void weightGradientRow(Network net, Workspace ws, int l, int k, double[] g) {
    int in = net.sizes[l - 1];
    int out = net.sizes[l];
    double[] prev = ws.a[l - 1];
    double[] d = ws.delta[l];
    java.util.Arrays.fill(g, 0, out, 0.0);
    for (int s = 0; s < ws.count; s++) {
      double ak = prev[s * in + k];
      if (ak != 0.0) {
        axpy(ak, d, s * out, g, 0, out);
      }
    }
  }

  /**
   * BP3: g[j] = Σ_s δ^l_{s,j} = Σ_s ∂C_s/∂b^l_j, in slot order. Modifies {@code g[0 .. sizes[l])}.
   */
  public static void biasGradient(Network net, Workspace ws, int l, double[] g) {
    int out = net.sizes[l];
    double[] d = ws.delta[l];
    java.util.Arrays.fill(g, 0, out, 0.0);
    for (int s = 0; s < ws.count; s++) {
      axpy(1.0, d, s * out, g, 0, out);
    }
  }

  /**
   * ∂C/∂x_k = Σ_j w^1_jk δ^1_j for slot s: how the cost changes with each input pixel (BP2 taken
   * one layer further, to the input). Modifies {@code g[0 .. sizes[0])}.
   */
  public static void inputGradient(Network net, Workspace ws, int s, double[] g) {
    int in = net.sizes[0];
    int out = net.sizes[1];
    double[] w = net.weights[1];
    double[] d = ws.delta[1];
    int off = s * out;
    for (int k = 0; k < in; k++) {
      int base = k * out;
      double sum = 0;
      for (int j = 0; j < out; j++) {
        sum += w[base + j] * d[off + j];
      }
      g[k] = sum;
    }
  }

  /** Index of the largest output activation of slot s: the predicted digit. */
  public static int predicted(Network net, Workspace ws, int s) {
    int last = net.sizes.length - 1;
    int n = net.sizes[last];
    double[] a = ws.a[last];
    int best = 0;
    for (int j = 1; j < n; j++) {
      if (a[s * n + j] > a[s * n + best]) {
        best = j;
      }
    }
    return best;
  }

  /** The cost C of slot s, after {@link #feedforward}. */
  public static double cost(Network net, Workspace ws, int s) {
    int last = net.sizes.length - 1;
    int n = net.sizes[last];
    return net.cost.cost(net.activation[last], ws.z[last], ws.a[last], s * n, n, ws.label[s]);
  }
}
