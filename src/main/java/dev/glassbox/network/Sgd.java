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
 * <p>Without momentum this is {@link Reference#updateMiniBatch}, Nielsen's update_mini_batch in
 * plain loops, done row by row with BP4 and the update fused; {@code ReferenceTest} holds the two
 * to the same numbers.
 */
public final class Sgd {
  // the one setting a schedule changes between epochs (training.LearningRate)
  private double eta;
  private final double lambda;
  private final double momentum;
  private final int n;
  private final double[][] velocityW;
  private final double[][] velocityB;

  /**
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
   * Updates row k of w^l (the weights leaving neuron k of layer l-1) from its summed gradient in
   * {@code sc.gradient()} (from {@link Backprop#weightGradientRow}) over a batch of m samples.
   * Modifies the network's weights (and velocities).
   */
  public void updateWeightRow(Network net, int l, int k, Scratch sc, int m) {
    double[] g = sc.g;
    int out = net.sizes[l];
    int base = k * out;
    double[] w = net.weights[l];
    double scale = eta / m;
    if (momentum == 0) {
      Kernels.updateRow(w, base, g, out, 1.0 - eta * lambda / n, scale, sc.tail, 0);
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

  /** Updates b^l from its summed gradient {@code g} over m samples. Modifies the biases. */
  public void updateBiases(Network net, int l, double[] g, int m) {
    double[] b = net.biases[l];
    int out = net.sizes[l];
    double scale = eta / m;
    if (momentum == 0) {
      for (int j = 0; j < out; j++) {
        b[j] -= scale * g[j];
      }
    } else {
      double[] v = velocityB[l];
      for (int j = 0; j < out; j++) {
        v[j] = momentum * v[j] - scale * g[j];
        b[j] += v[j];
      }
    }
  }

  /**
   * BP4 and the update for the rows k in [lo, hi) of w^1 (the weights leaving inputs lo .. hi-1).
   * Sorts those columns of the batch first; rows of inputs that are zero in the whole batch have a
   * zero gradient and are skipped when that leaves them unchanged ({@link #sparseRowsSafe}).
   * Threads may share out disjoint ranges.
   */
  public void updateFirstLayerRows(Network net, Workspace ws, int lo, int hi, Scratch sc) {
    int found = ws.sortColumns(lo, hi);
    int m = ws.count;
    if (sparseRowsSafe()) {
      // sparse-safe means plain SGD without decay: BP4 and the update in one pass per row
      double scale = eta / m;
      for (int i = lo; i < lo + found; i++) {
        Backprop.weightRowUpdate(net, ws, 1, ws.touched[i], sc, 1.0, scale);
      }
    } else {
      for (int k = lo; k < hi; k++) {
        if (momentum == 0) {
          Backprop.weightRowUpdate(net, ws, 1, k, sc, 1.0 - eta * lambda / n, eta / m);
        } else {
          Backprop.weightGradientRow(net, ws, 1, k, sc);
          updateWeightRow(net, 1, k, sc, m);
        }
      }
    }
  }

  /**
   * BP4 and the update for rows k in [from, to) of w^l, l ≥ 2 (the weights leaving neuron k of
   * layer l-1); rows are independent, so threads may share out the range.
   */
  public void updateRows(Network net, Workspace ws, int l, int from, int to, Scratch sc) {
    int m = ws.count;
    for (int k = from; k < to; k++) {
      if (momentum == 0) {
        Backprop.weightRowUpdate(net, ws, l, k, sc, 1.0 - eta * lambda / n, eta / m);
      } else {
        Backprop.weightGradientRow(net, ws, l, k, sc);
        updateWeightRow(net, l, k, sc, m);
      }
    }
  }

  /**
   * BP3 and the update of b^l for the batch in {@code ws}; leaves the summed gradient
   * Σ_x ∂C_x/∂b^l in {@code sc.gradient()} (the trainer reads the speed of learning from it).
   */
  public void updateLayerBiases(Network net, Workspace ws, int l, Scratch sc) {
    Backprop.biasGradient(net, ws, l, sc);
    updateBiases(net, l, sc.g, ws.count);
  }

  /**
   * One complete SGD step, single-threaded, on the batch already in {@code ws} (feedforward and
   * backward must have run). The trainer makes the same calls, shared out across threads.
   */
  public void step(Network net, Workspace ws, Scratch sc) {
    updateFirstLayerRows(net, ws, 0, net.sizes[0], sc);
    updateLayerBiases(net, ws, 1, sc);
    for (int l = 2; l < net.layers(); l++) {
      updateRows(net, ws, l, 0, net.sizes[l - 1], sc);
      updateLayerBiases(net, ws, l, sc);
    }
  }
}
