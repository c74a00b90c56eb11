package dev.glassbox.network;

/**
 * One step of mini-batch stochastic gradient descent with L2 regularisation and momentum
 * (Nielsen ch. 1 and 3):
 *
 * <pre>
 *   v ← μ v - (η/m) Σ_x ∂C_x/∂w - η (λ/n) w,   w ← w + v
 *   v_b ← μ v_b - (η/m) Σ_x ∂C_x/∂b,          b ← b + v_b
 * </pre>
 *
 * With μ = 0 this is exactly Nielsen's w ← (1 - ηλ/n) w - (η/m) Σ_x ∂C_x/∂w. Biases are not
 * regularised, as in the book. Holds the velocities, so it belongs to one network.
 *
 * <p>Read {@link Reference#updateMiniBatch} first: it is Nielsen's {@code update_mini_batch} in
 * plain loops over the book's (out, in) layout, and without momentum this class computes the same
 * numbers ({@code ReferenceTest} holds the two together). Here each step reads the same way, one
 * weight row or bias vector at a time: the gradient from {@link Backprop} (BP3, BP4), then the
 * step. Without momentum the two are fused into one pass over the row, with the same bits.
 */
public final class Sgd {
  private final Network net;
  // the one setting a schedule changes between epochs (training.LearningRate)
  private double eta;
  private final double lambda;
  private final double momentum;
  private final int n;
  private final double[][] velocityW;
  private final double[][] velocityB;

  /**
   * @param net the network this trains, in place
   * @param eta learning rate η
   * @param lambda L2 regularisation λ (0 for none)
   * @param momentum momentum coefficient μ in [0, 1) (0 for plain SGD)
   * @param n training set size (the n in λ/n)
   */
  public Sgd(Network net, double eta, double lambda, double momentum, int n) {
    if (!(eta > 0) || !Double.isFinite(eta)) {
      throw new IllegalArgumentException("learning rate eta must be a positive number, got " + eta);
    }
    if (!(lambda >= 0) || !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("lambda must be 0 or more, got " + lambda);
    }
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
    }
    this.net = net;
    this.eta = eta;
    this.lambda = lambda;
    this.momentum = momentum;
    this.n = Math.max(1, n);
    int layers = net.layers();
    velocityW = new double[layers][];
    velocityB = new double[layers][];
    if (momentum > 0) {
      for (int l = 1; l < layers; l++) {
        velocityW[l] = new double[net.weights[l].length];
        velocityB[l] = new double[net.biases[l].length];
      }
    }
  }

  /**
   * An Sgd with the same η, λ and n for {@code other}, a network of the same sizes (a thread's copy
   * of the layers above layer 1, {@link Network#sharingFirstLayer}). Without momentum only: the
   * velocities belong to this one.
   */
  public Sgd on(Network other) {
    if (momentum != 0) {
      throw new IllegalStateException("an Sgd with momentum keeps its velocities: it cannot be copied");
    }
    if (!java.util.Arrays.equals(other.sizes, net.sizes)) {
      throw new IllegalArgumentException("another shape: " + other.sizesString() + " vs " + net.sizesString());
    }
    return new Sgd(other, eta, lambda, 0, n);
  }

  /** The network this trains. */
  public Network network() {
    return net;
  }

  public double eta() {
    return eta;
  }

  /** Sets η for the following steps (a learning-rate schedule, between epochs). */
  public void setEta(double eta) {
    if (!(eta > 0) || !Double.isFinite(eta)) {
      throw new IllegalArgumentException("learning rate eta must be a positive number, got " + eta);
    }
    this.eta = eta;
  }

  public double lambda() {
    return lambda;
  }

  public double momentum() {
    return momentum;
  }

  /**
   * Whether a weight row whose gradient is zero is left unchanged (no decay, no velocity), so that
   * rows of zero inputs can be skipped.
   */
  public boolean sparseRowsSafe() {
    return lambda == 0 && momentum == 0;
  }

  /**
   * One complete step on the batch already in {@code ws} (feedforward and backward must have
   * run), single-threaded: for each layer, the weights' gradient then step, the biases' gradient
   * then step. The trainer makes the same calls, shared out across threads.
   */
  public void step(Workspace ws, Scratch sc) {
    for (int l = 1; l < net.layers(); l++) {
      stepWeightRows(ws, l, 0, net.sizes[l - 1], sc);
      stepBiases(ws, l, sc);
    }
  }

  /**
   * Gradient then step for rows k in [from, to) of w^l (the weights leaving neuron k of layer
   * l-1). Rows are independent, so threads may share out disjoint ranges. For l = 1 the range's
   * columns of the batch are sorted first, and rows of inputs that are zero in the whole batch
   * have a zero gradient: they are skipped when that leaves them unchanged ({@link #sparseRowsSafe}).
   */
  public void stepWeightRows(Workspace ws, int l, int from, int to, Scratch sc) {
    if (l == 1) {
      int found = ws.sortColumns(from, to);
      if (sparseRowsSafe()) {
        for (int i = from; i < from + found; i++) {
          stepWeightRow(ws, 1, ws.touched[i], sc);
        }
        return;
      }
    }
    for (int k = from; k < to; k++) {
      stepWeightRow(ws, l, k, sc);
    }
  }

  /**
   * Gradient then step for the weights into neurons [j0, j1) of layer 1, in every row of w^1, so
   * that threads can each own a share of the neurons (they write only their own columns). The
   * batch's columns must be sorted over all inputs (by {@link Workspace#sortColumns}, in any
   * split); rows of inputs that are zero in the whole batch are skipped when that leaves them
   * unchanged. The same bits as {@link #stepWeightRows} for l = 1. Without momentum only.
   */
  public void stepFirstLayerNeurons(Workspace ws, int j0, int j1, Scratch sc) {
    if (momentum != 0) {
      throw new IllegalStateException("the first layer is shared out by neuron only without momentum");
    }
    double scale = eta / ws.count;
    boolean skip = sparseRowsSafe();
    for (int k = 0; k < net.sizes[0]; k++) {
      if (!skip || ws.isTouched(k)) {
        Backprop.weightRowUpdate(net, ws, 1, k, j0, j1, sc, decay(), scale);
      }
    }
  }

  /**
   * The step for the weights into the neurons of {@code fg} from its gradient summed over a batch
   * of m samples ({@link Backprop#firstLayerGradient}), leaving {@code fg} zero for the next batch.
   * Only the rows the batch touched when that leaves the others unchanged ({@link #sparseRowsSafe}),
   * else every row (an untouched row's gradient is zero). The same bits as
   * {@link #stepFirstLayerNeurons}. Without momentum only.
   */
  public void stepFirstLayer(FirstLayerGradient fg, int m) {
    stepFirstLayer(fg, FirstLayerColumns.inPlace(net, fg.j0, fg.j1), m);
  }

  /**
   * {@link #stepFirstLayer(FirstLayerGradient, int)} on the weights where the thread keeps them
   * ({@code c}, the same neurons as {@code fg}).
   */
  public void stepFirstLayer(FirstLayerGradient fg, FirstLayerColumns c, int m) {
    if (momentum != 0) {
      throw new IllegalStateException("the first layer is stepped from a scatter only without momentum");
    }
    if (c.j0 != fg.j0 || c.j1 != fg.j1) {
      throw new IllegalArgumentException("the gradient and the weights are of different neurons");
    }
    double scale = eta / m;
    double decay = decay();
    int out = c.stride;
    int n = fg.j1 - fg.j0;
    double[] w = c.w;
    long[] touched = fg.touched;
    if (sparseRowsSafe()) {
      for (int i = 0; i < touched.length; i++) {
        long bits = touched[i];
        while (bits != 0) {
          int k = (i << 6) + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          Kernels.updateRowAndClear(w, k * out + c.col, fg.g, fg.off + k * fg.stride, n, decay, scale);
        }
      }
    } else {
      for (int k = 0; k < net.sizes[0]; k++) {
        Kernels.updateRowAndClear(w, k * out + c.col, fg.g, fg.off + k * fg.stride, n, decay, scale);
      }
    }
    java.util.Arrays.fill(touched, 0L);
  }

  // row k of w^l: BP4's gradient over the batch, then the step
  private void stepWeightRow(Workspace ws, int l, int k, Scratch sc) {
    int m = ws.count;
    if (momentum == 0) {
      // both in one pass over the row: the same bits as the two calls below
      Backprop.weightRowUpdate(net, ws, l, k, sc, decay(), eta / m);
    } else {
      Backprop.weightGradientRow(net, ws, l, k, sc);
      stepWeightRow(l, k, sc.g, m);
    }
  }

  /**
   * The step for row k of w^l (the weights leaving neuron k of layer l-1) from its gradient
   * {@code g} = Σ_x ∂C_x/∂w^l_{·k} over a batch of m samples. Modifies the weights (and velocities).
   */
  public void stepWeightRow(int l, int k, double[] g, int m) {
    int out = net.sizes[l];
    int base = k * out;
    double[] w = net.weights[l];
    double scale = eta / m;
    if (momentum == 0) {
      Kernels.updateRow(w, base, g, out, decay(), scale);
    } else {
      double[] v = velocityW[l];
      double etaLn = eta * lambda / n;
      for (int j = 0; j < out; j++) {
        double vj = momentum * v[base + j] - scale * g[j] - etaLn * w[base + j];
        v[base + j] = vj;
        w[base + j] += vj;
      }
    }
  }

  /**
   * Gradient then step for b^l: BP3 over the batch in {@code ws}, then the step. Leaves the
   * summed gradient Σ_x ∂C_x/∂b^l in {@code sc.gradient()} (the trainer reads the speed of
   * learning from it).
   */
  public void stepBiases(Workspace ws, int l, Scratch sc) {
    Backprop.biasGradient(net, ws, l, sc);
    stepBiases(l, sc.g, ws.count);
  }

  /** The step for b^l from its gradient {@code g} = Σ_x ∂C_x/∂b^l over m samples. */
  public void stepBiases(int l, double[] g, int m) {
    stepBiases(l, g, m, 0, net.sizes[l]);
  }

  /**
   * The step for the biases of the neurons of {@code c} from their gradient g[j], j in [j0, j1),
   * over m samples, where the thread keeps them. Without momentum only.
   */
  public void stepFirstLayerBiases(FirstLayerColumns c, double[] g, int m) {
    if (momentum != 0) {
      throw new IllegalStateException("a copy of b^1 is stepped only without momentum");
    }
    double scale = eta / m;
    for (int j = c.j0; j < c.j1; j++) {
      c.b[c.col + j - c.j0] -= scale * g[j];
    }
  }

  /** {@link #stepBiases(int, double[], int)} for b^l_j, j in [j0, j1), only. */
  public void stepBiases(int l, double[] g, int m, int j0, int j1) {
    double[] b = net.biases[l];
    double scale = eta / m;
    if (momentum == 0) {
      for (int j = j0; j < j1; j++) {
        b[j] -= scale * g[j];
      }
    } else {
      double[] v = velocityB[l];
      for (int j = j0; j < j1; j++) {
        v[j] = momentum * v[j] - scale * g[j];
        b[j] += v[j];
      }
    }
  }

  // the weight decay factor 1 - ηλ/n of L2 regularisation (1 without it)
  private double decay() {
    return 1.0 - eta * lambda / n;
  }
}
