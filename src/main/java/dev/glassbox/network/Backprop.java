package dev.glassbox.network;

/**
 * The one arithmetic of Glassbox: feedforward, backpropagation (BP1, BP2) and the gradients (BP3,
 * BP4) on the samples of a {@link Workspace}. Training, evaluation, the trace and the stepper all
 * call these methods; nothing else computes a z, an activation or a δ.
 *
 * <p>Each method works on a range of batch slots or one weight row so that a trainer can share the
 * work out across threads; the result of each slot or row does not depend on how the work is
 * split, so training is bit-for-bit deterministic whatever the thread count.
 *
 * <p>The same maths in the book's plain loops, to read first: {@link Reference#feedforward} and
 * {@link Reference#backprop}. {@code ReferenceTest} holds these methods to it.
 */
public final class Backprop {
  private Backprop() {}

  /**
   * Forward pass for slots [s0, s1): z^l = w^l a^{l-1} + b^l, a^l = σ(z^l), for every layer. Also
   * fills the slot's dense input a^0. Modifies {@code ws}; the network is not modified.
   */
  public static void feedforward(Network net, Workspace ws, int s0, int s1) {
    int layers = net.sizes.length;
    Inputs in = ws.inputs;
    int out = net.sizes[1];
    for (int s = s0; s < s1; s++) {
      int r = ws.row[s];
      int off = s * out;
      // layer 1 from the sparse input: z_j = Σ_{k: x_k ≠ 0} w_jk x_k + b_j
      Kernels.gatherRows(net.weights[1], out, in.index, in.value, in.start[r], in.start[r + 1],
          net.biases[1], ws.z[1], off, out);
      net.activation[1].apply(ws.z[1], off, ws.a[1], off, out);
      for (int l = 2; l < layers; l++) {
        int n = net.sizes[l];
        int prevOff = s * net.sizes[l - 1];
        // z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j
        Kernels.gatherRows(net.weights[l], n, null, ws.a[l - 1], prevOff, prevOff + net.sizes[l - 1],
            net.biases[l], ws.z[l], s * n, n);
        net.activation[l].apply(ws.z[l], s * n, ws.a[l], s * n, n);
      }
    }
  }

  /**
   * Backward pass for slots [s0, s1), after {@link #feedforward}: BP1 gives δ^L from the cost,
   * then BP2 δ^l = ((w^{l+1})^T δ^{l+1}) ⊙ σ'(z^l) down to the first hidden layer. Modifies
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
        int in = net.sizes[l - 1];
        int out = net.sizes[l];
        Activation act = net.activation[l - 1];
        // BP2: δ^{l-1}_k = (Σ_j w^l_jk δ^l_j) σ'(z^{l-1}_k)
        for (int k = 0; k < in; k++) {
          int p = s * in + k;
          double sum = Kernels.dot(net.weights[l], k * out, ws.delta[l], s * out, out);
          ws.delta[l - 1][p] = sum * act.derivative(ws.z[l - 1][p], ws.a[l - 1][p]);
        }
      }
    }
  }

  /**
   * Gets the batch ready for {@link #weightGradientRow} on layer 1 when one thread does all rows
   * (the trainer instead sorts each thread's share of the columns, see {@link Sgd}).
   */
  public static void prepareWeightGradients(Workspace ws) {
    ws.sortColumns(0, ws.sizes[0]);
  }

  /**
   * BP4 for one row of w^l: g[j] = Σ_s a^{l-1}_{s,k} δ^l_{s,j} = Σ_s ∂C_s/∂w^l_{jk}, summed over
   * the batch in slot order (slots with a^{l-1}_{s,k} = 0 add nothing and are skipped). Writes
   * {@code sc.gradient()[0 .. sizes[l])}. For l = 1 the batch's columns must be sorted first
   * ({@link #prepareWeightGradients} or {@link Workspace#sortColumns}).
   */
  public static void weightGradientRow(Network net, Workspace ws, int l, int k, Scratch sc) {
    selectTerms(net, ws, l, k, sc);
    Kernels.gatherRows(ws.delta[l], net.sizes[l], sc.tSlot, sc.tValue, sc.tFrom, sc.tTo, sc.zeros,
        sc.g, 0, net.sizes[l]);
  }

  /**
   * BP4 for row k of w^l and the plain SGD update of that row in one pass (no momentum):
   * w^l_jk ← decay · w^l_jk - scale · Σ_s a^{l-1}_{s,k} δ^l_{s,j}, the same bits as
   * {@link #weightGradientRow} followed by {@link Sgd#stepWeightRow}. Modifies the weights.
   */
  static void weightRowUpdate(Network net, Workspace ws, int l, int k, Scratch sc, double decay, double scale) {
    selectTerms(net, ws, l, k, sc);
    int out = net.sizes[l];
    Kernels.gatherUpdateRow(ws.delta[l], out, sc.tSlot, sc.tValue, sc.tFrom, sc.tTo, sc.zeros,
        net.weights[l], k * out, out, decay, scale, sc.g);
  }

  // the terms of row k's gradient: the slots where a^{l-1}_{s,k} ≠ 0 and those values, in slot order
  private static void selectTerms(Network net, Workspace ws, int l, int k, Scratch sc) {
    if (l == 1) {
      // the input is sparse: the batch's column lists (empty when x_k = 0 in every sample)
      sc.tSlot = ws.colSlot;
      sc.tValue = ws.colValue;
      boolean any = ws.isTouched(k);
      sc.tFrom = any ? ws.colStart[k] : 0;
      sc.tTo = any ? ws.colEnd[k] : 0;
      return;
    }
    int in = net.sizes[l - 1];
    double[] prev = ws.a[l - 1];
    int m = 0;
    for (int s = 0; s < ws.count; s++) {
      double ak = prev[s * in + k];
      if (ak != 0.0) {
        sc.slots[m] = s;
        sc.values[m] = ak;
        m++;
      }
    }
    sc.tSlot = sc.slots;
    sc.tValue = sc.values;
    sc.tFrom = 0;
    sc.tTo = m;
  }

  /** BP3: g[j] = Σ_s δ^l_{s,j} = Σ_s ∂C_s/∂b^l_j, in slot order. Writes {@code sc.gradient()}. */
  public static void biasGradient(Network net, Workspace ws, int l, Scratch sc) {
    int out = net.sizes[l];
    Kernels.sumRows(ws.delta[l], out, ws.count, sc.g, out);
  }

  /**
   * ∂C/∂x_k = Σ_j w^1_jk δ^1_j for slot s: how the cost changes with each input pixel (BP2 taken
   * one layer further, to the input). Modifies {@code g[0 .. sizes[0])}.
   */
  public static void inputGradient(Network net, Workspace ws, int s, double[] g) {
    int out = net.sizes[1];
    for (int k = 0; k < net.sizes[0]; k++) {
      g[k] = Kernels.dot(net.weights[1], k * out, ws.delta[1], s * out, out);
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
