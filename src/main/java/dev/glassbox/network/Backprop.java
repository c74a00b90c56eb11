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
    int out = net.sizes[1];
    for (int s = s0; s < s1; s++) {
      firstLayer(net, ws, s, 0, out);
      net.activation[1].apply(ws.z[1], s * out, ws.a[1], s * out, out);
      drop(net, ws, 1, s, 0, out);
    }
    feedforwardAbove(net, ws, s0, s1);
  }

  /**
   * The first layer of {@link #feedforward} for the neurons of {@code c}, [j0, j1), of every slot of
   * the batch, so that threads can each take a share of the neurons, reading their weights and
   * biases where the thread keeps them: the same numbers. Layer 1 must be a hidden layer (its
   * activation element-wise). Then {@link #feedforwardAbove}.
   */
  public static void feedforwardFirstLayer(Network net, Workspace ws, FirstLayerColumns c) {
    int out = net.sizes[1];
    int n = c.j1 - c.j0;
    for (int s = 0; s < ws.count; s++) {
      Kernels.gatherColumns(c.w, c.stride, c.col, ws.xIndex, ws.xValue, ws.xFrom[s], ws.xTo[s],
          c.b, ws.z[1], s * out + c.j0, n);
      net.activation[1].apply(ws.z[1], s * out + c.j0, ws.a[1], s * out + c.j0, n);
      drop(net, ws, 1, s, c.j0, c.j1);
    }
  }

  // dropout after σ on a hidden layer l, neurons [j0, j1) of slot s: a^l_j ← a^l_j · mask^l_j
  private static void drop(Network net, Workspace ws, int l, int s, int j0, int j1) {
    Dropout d = ws.dropout;
    if (d == null || l == net.sizes.length - 1) {
      return;
    }
    int n = net.sizes[l];
    long key = d.key(ws.row[s], l);
    for (int j = j0; j < j1; j++) {
      ws.a[l][s * n + j] *= d.factor(key, j);
    }
  }

  // layer 1 from the sparse input, neurons [j0, j1) of slot s: z_j = Σ_{k: x_k ≠ 0} w_jk x_k + b_j
  private static void firstLayer(Network net, Workspace ws, int s, int j0, int j1) {
    int out = net.sizes[1];
    Kernels.gatherColumns(net.weights[1], out, j0, ws.xIndex, ws.xValue, ws.xFrom[s], ws.xTo[s],
        net.biases[1], ws.z[1], s * out + j0, j1 - j0);
  }

  /** Layers 2 .. L of {@link #feedforward} for slots [s0, s1), once a^1 is complete. */
  public static void feedforwardAbove(Network net, Workspace ws, int s0, int s1) {
    int layers = net.sizes.length;
    for (int s = s0; s < s1; s++) {
      for (int l = 2; l < layers; l++) {
        int n = net.sizes[l];
        int prevOff = s * net.sizes[l - 1];
        // z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j
        Kernels.gatherRows(net.weights[l], n, null, ws.a[l - 1], prevOff, prevOff + net.sizes[l - 1],
            net.biases[l], ws.z[l], s * n, n);
        net.activation[l].apply(ws.z[l], s * n, ws.a[l], s * n, n);
        drop(net, ws, l, s, 0, n);
      }
    }
  }

  /**
   * Backward pass for slots [s0, s1), after {@link #feedforward}: BP1 gives δ^L from the cost,
   * then BP2 δ^l = ((w^{l+1})^T δ^{l+1}) ⊙ σ'(z^l) down to the first hidden layer. Modifies
   * {@code ws.delta}.
   */
  public static void backward(Network net, Workspace ws, int s0, int s1) {
    backward(net, ws, s0, s1, 1);
  }

  /**
   * {@link #backward} down to δ^{lowest} only (lowest ≥ 1); with lowest = 2, threads then share
   * out δ^1 by neuron with {@link #firstLayerDelta}.
   */
  public static void backward(Network net, Workspace ws, int s0, int s1, int lowest) {
    int last = net.sizes.length - 1;
    int nOut = net.sizes[last];
    for (int s = s0; s < s1; s++) {
      // BP1: δ^L = ∇_a C ⊙ σ'(z^L)  (a^L - y for the matched pairs)
      net.cost.outputDelta(
          net.activation[last], ws.z[last], ws.a[last], s * nOut, nOut, ws.label[s], ws.delta[last]);
      for (int l = last; l >= lowest + 1; l--) {
        delta(net, ws, l, s, 0, net.sizes[l - 1]);
      }
    }
  }

  /** BP2 into layer 1 for neurons [k0, k1) of every slot, once δ^2 is known ({@code backward(.., 2)}). */
  public static void firstLayerDelta(Network net, Workspace ws, int k0, int k1) {
    for (int s = 0; s < ws.count; s++) {
      delta(net, ws, 2, s, k0, k1);
    }
  }

  // BP2: δ^{l-1}_k = (Σ_j w^l_jk δ^l_j) σ'(z^{l-1}_k) for k in [k0, k1) of slot s
  private static void delta(Network net, Workspace ws, int l, int s, int k0, int k1) {
    int in = net.sizes[l - 1];
    int out = net.sizes[l];
    Activation act = net.activation[l - 1];
    Dropout d = ws.dropout;
    if (d != null) {
      // with dropout: ⊙ mask^{l-1}, and σ' from z (a holds the masked activation)
      long key = d.key(ws.row[s], l - 1);
      for (int k = k0; k < k1; k++) {
        int p = s * in + k;
        double m = d.factor(key, k);
        ws.delta[l - 1][p] = m == 0.0 ? 0.0
            : Kernels.dot(net.weights[l], k * out, ws.delta[l], s * out, out) * act.derivativeAt(ws.z[l - 1][p]) * m;
      }
      return;
    }
    for (int k = k0; k < k1; k++) {
      int p = s * in + k;
      double sum = Kernels.dot(net.weights[l], k * out, ws.delta[l], s * out, out);
      ws.delta[l - 1][p] = sum * act.derivative(ws.z[l - 1][p], ws.a[l - 1][p]);
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
    weightRowUpdate(net, ws, l, k, 0, net.sizes[l], sc, decay, scale);
  }

  /** {@link #weightRowUpdate} for the weights w^l_jk, j in [j0, j1), of row k only. */
  static void weightRowUpdate(Network net, Workspace ws, int l, int k, int j0, int j1, Scratch sc,
      double decay, double scale) {
    selectTerms(net, ws, l, k, sc);
    int out = net.sizes[l];
    Kernels.gatherUpdateColumns(ws.delta[l], out, j0, sc.tSlot, sc.tValue, sc.tFrom, sc.tTo, sc.zeros,
        net.weights[l], k * out + j0, j1 - j0, decay, scale, sc.g);
  }

  /**
   * BP4 of layer 1 for the neurons of {@code fg}, as a scatter: adds each slot's x_k δ^1_j, in slot
   * order, to the rows of its non-zero inputs k, and marks those rows. The same sums, bit for bit,
   * as {@link #weightGradientRow} for l = 1 (which gathers them row by row from the sorted batch).
   */
  public static void firstLayerGradient(Network net, Workspace ws, FirstLayerGradient fg) {
    int out = net.sizes[1];
    int n = fg.j1 - fg.j0;
    long[] touched = fg.touched;
    for (int s = 0; s < ws.count; s++) {
      int p0 = ws.xFrom[s];
      int p1 = ws.xTo[s];
      markRows(ws.xIndex, p0, p1, touched);
      Kernels.scatterRows(fg.g, fg.off, fg.stride, ws.xIndex, ws.xValue, p0, p1, ws.delta[1], s * out + fg.j0, n, fg.pad);
    }
  }

  // sets bit k of touched for each k = idx[p], p in [p0, p1), increasing: the bits of one word are
  // gathered in a register (not read back from memory for every input)
  private static void markRows(int[] idx, int p0, int p1, long[] touched) {
    int word = -1;
    long bits = 0;
    for (int p = p0; p < p1; p++) {
      int k = idx[p];
      if (k >>> 6 != word) {
        if (word >= 0) {
          touched[word] |= bits;
        }
        word = k >>> 6;
        bits = 0;
      }
      bits |= 1L << k;
    }
    if (word >= 0) {
      touched[word] |= bits;
    }
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

  /** BP3 for neurons [j0, j1) of layer l only: g[j] = Σ_s δ^l_{s,j}, j in [j0, j1). Modifies those g[j]. */
  public static void biasGradient(Network net, Workspace ws, int l, int j0, int j1, double[] g) {
    Kernels.sumColumns(ws.delta[l], net.sizes[l], j0, ws.count, g, j1 - j0);
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
