package dev.glassbox.network;

/**
 * The book beside the fast code: Nielsen's {@code network.py} (feedforward, backprop, BP1-BP4,
 * update_mini_batch) in plain loops over w[l][j][k], the book's (out, in) layout. No workspace, no
 * sparse inputs, no kernels: read this first, then {@link Backprop} and {@link Sgd}, which compute
 * the same numbers fast (tests hold them to this within rounding; {@code glassbox bench --kernel
 * reference} times both). σ, σ' and BP1 come from {@link Activation} and {@link Cost}, as there.
 */
public final class Reference {
  /** One sample's gradient: nablaB[l][j] = ∂C/∂b^l_j, nablaW[l][j][k] = ∂C/∂w^l_jk (l ≥ 1). */
  public record Gradient(double[][] nablaB, double[][][] nablaW) {}

  private final int[] sizes;
  private final Activation[] activation;
  private final Cost cost;
  final double[][] b;
  final double[][][] w;

  /** A copy of {@code net}'s sizes, activations, cost and parameters. */
  public Reference(Network net) {
    sizes = net.sizes();
    activation = net.activation.clone();
    cost = net.cost;
    int layers = sizes.length;
    b = new double[layers][];
    w = new double[layers][][];
    for (int l = 1; l < layers; l++) {
      b[l] = new double[sizes[l]];
      w[l] = new double[sizes[l]][sizes[l - 1]];
      for (int j = 0; j < sizes[l]; j++) {
        b[l][j] = net.bias(l, j);
        for (int k = 0; k < sizes[l - 1]; k++) {
          w[l][j][k] = net.weight(l, j, k);
        }
      }
    }
  }

  /** a^L for input x: a^l = σ(w^l a^{l-1} + b^l), layer by layer. */
  public double[] feedforward(double[] x) {
    double[] a = x;
    for (int l = 1; l < sizes.length; l++) {
      a = activate(l, weightedInput(l, a));
    }
    return a;
  }

  /** ∇b and ∇w of the cost of one sample x with label y (BP1-BP4). */
  public Gradient backprop(double[] x, int y) {
    int last = sizes.length - 1;
    double[][] zs = new double[last + 1][];
    double[][] as = new double[last + 1][];
    as[0] = x;
    for (int l = 1; l <= last; l++) {
      zs[l] = weightedInput(l, as[l - 1]);
      as[l] = activate(l, zs[l]);
    }
    double[][] nablaB = new double[last + 1][];
    double[][][] nablaW = new double[last + 1][][];
    double[] delta = new double[sizes[last]];
    cost.outputDelta(activation[last], zs[last], as[last], 0, sizes[last], y, delta); // BP1
    for (int l = last; l >= 1; l--) {
      nablaB[l] = delta; // BP3: ∂C/∂b^l_j = δ^l_j
      nablaW[l] = new double[sizes[l]][sizes[l - 1]];
      for (int j = 0; j < sizes[l]; j++) {
        for (int k = 0; k < sizes[l - 1]; k++) {
          nablaW[l][j][k] = as[l - 1][k] * delta[j]; // BP4: ∂C/∂w^l_jk = a^{l-1}_k δ^l_j
        }
      }
      if (l > 1) {
        double[] prev = new double[sizes[l - 1]]; // BP2: δ^{l-1} = ((w^l)^T δ^l) ⊙ σ'(z^{l-1})
        for (int k = 0; k < sizes[l - 1]; k++) {
          double sum = 0;
          for (int j = 0; j < sizes[l]; j++) {
            sum += w[l][j][k] * delta[j];
          }
          prev[k] = sum * activation[l - 1].derivative(zs[l - 1][k], as[l - 1][k]);
        }
        delta = prev;
      }
    }
    return new Gradient(nablaB, nablaW);
  }

  /** Nielsen's update_mini_batch: w ← w - (η/m) Σ_x ∇w_x, b ← b - (η/m) Σ_x ∇b_x. */
  public void updateMiniBatch(double[][] xs, int[] ys, double eta) {
    updateMiniBatch(xs, ys, eta, 0, 1);
  }

  /** With L2 regularisation (Nielsen ch. 3): w ← (1 - ηλ/n) w - (η/m) Σ_x ∇w_x. */
  public void updateMiniBatch(double[][] xs, int[] ys, double eta, double lambda, int n) {
    int m = xs.length;
    Gradient sum = backprop(xs[0], ys[0]);
    for (int s = 1; s < m; s++) {
      Gradient g = backprop(xs[s], ys[s]);
      for (int l = 1; l < sizes.length; l++) {
        for (int j = 0; j < sizes[l]; j++) {
          sum.nablaB[l][j] += g.nablaB[l][j];
          for (int k = 0; k < sizes[l - 1]; k++) {
            sum.nablaW[l][j][k] += g.nablaW[l][j][k];
          }
        }
      }
    }
    for (int l = 1; l < sizes.length; l++) {
      for (int j = 0; j < sizes[l]; j++) {
        b[l][j] -= eta / m * sum.nablaB[l][j];
        for (int k = 0; k < sizes[l - 1]; k++) {
          w[l][j][k] = (1 - eta * lambda / n) * w[l][j][k] - eta / m * sum.nablaW[l][j][k];
        }
      }
    }
  }

  /** w^l_jk after the updates so far. */
  public double weight(int l, int j, int k) {
    return w[l][j][k];
  }

  /** b^l_j after the updates so far. */
  public double bias(int l, int j) {
    return b[l][j];
  }

  // z^l = w^l a^{l-1} + b^l
  private double[] weightedInput(int l, double[] a) {
    double[] z = new double[sizes[l]];
    for (int j = 0; j < sizes[l]; j++) {
      double sum = 0;
      for (int k = 0; k < sizes[l - 1]; k++) {
        sum += w[l][j][k] * a[k];
      }
      z[j] = sum + b[l][j];
    }
    return z;
  }

  // a^l = σ(z^l)
  private double[] activate(int l, double[] z) {
    double[] a = new double[z.length];
    activation[l].apply(z, 0, a, 0, z.length);
    return a;
  }
}
