package dev.glassbox.network;

import java.util.Arrays;

/**
 * A fully connected feed-forward network: sizes, per-layer activation, cost, weights and biases.
 *
 * <p><b>Layer index convention.</b> As in Nielsen's {@code network.py}, layer {@code l = 0} is the
 * input and {@code l = L-1 = layers()-1} the output; the book numbers the same layers from 1 (its
 * a^1 is the input), so the book's layer l is this code's {@code l - 1}. Displays use the book's
 * numbering. Arrays indexed by layer ({@code weights}, {@code biases}, {@code activation}) leave
 * index 0 unused, so that {@code weights[l]} is the matrix w^l into layer l.
 *
 * <p><b>Weight layout.</b> w^l_{jk} is the weight from neuron k of layer l-1 to neuron j of layer
 * l. It is stored at {@code weights[l][k * sizes[l] + j]}: the weights leaving one input neuron are
 * contiguous. This is the transpose of the book's row-major w^l and is what makes the kernels fast:
 * the forward pass and the weight gradient become contiguous vector updates that the JIT
 * vectorises, and zero inputs (81% of MNIST pixels) can be skipped whole. Use {@link #weight} to
 * read w^l_{jk} without thinking about it; the model file stores the book's (out, in) order.
 */
public final class Network {
  /** Neurons per layer; {@code sizes[0]} is the input size. */
  final int[] sizes;
  /** activation[l] for l ≥ 1 (index 0 unused). */
  final Activation[] activation;
  final Cost cost;
  /** weights[l] for l ≥ 1, w^l_{jk} at [k * sizes[l] + j]. */
  final double[][] weights;
  /** biases[l] for l ≥ 1, b^l_j at [j]. */
  final double[][] biases;

  /**
   * A network with all parameters zero (use {@link Init#apply} to initialise it).
   *
   * @param sizes neurons per layer, input first; at least two layers
   * @param hidden activation of every layer but the output (element-wise only)
   * @param output activation of the output layer
   * @param cost the cost function; checked against {@code output}
   */
  public Network(int[] sizes, Activation hidden, Activation output, Cost cost) {
    this(sizes, layerActivations(sizes.length, hidden, output), cost);
  }

  /** A network with an explicit activation per layer ({@code activation[0]} is ignored). */
  public Network(int[] sizes, Activation[] activation, Cost cost) {
    if (sizes.length < 2) {
      throw new IllegalArgumentException("a network needs at least two layers (input and output)");
    }
    for (int s : sizes) {
      if (s < 1) {
        throw new IllegalArgumentException("layer sizes must be at least 1: " + Arrays.toString(sizes));
      }
    }
    if (activation.length != sizes.length) {
      throw new IllegalArgumentException("one activation per layer expected");
    }
    for (int l = 1; l < sizes.length - 1; l++) {
      if (!activation[l].elementwise()) {
        throw new IllegalArgumentException(
            activation[l].id() + " can only be used on the output layer");
      }
    }
    cost.checkOutput(activation[sizes.length - 1]);
    checkFits(sizes, "the network " + sizesString(sizes), 1);
    this.sizes = sizes.clone();
    this.activation = activation.clone();
    this.activation[0] = null;
    this.cost = cost;
    this.weights = new double[sizes.length][];
    this.biases = new double[sizes.length][];
    for (int l = 1; l < sizes.length; l++) {
      weights[l] = new double[Math.multiplyExact(sizes[l - 1], sizes[l])];
      biases[l] = new double[sizes[l]];
    }
  }

  /**
   * Refuses, before anything is allocated, a shape whose weight matrix cannot be one Java array or
   * whose {@code copies} copies of the parameters would not fit the memory this JVM may use.
   *
   * @param what names the shape in the message ("--layers 784,2000000,10")
   * @throws IllegalArgumentException saying which layer or how much memory is too much
   */
  public static void checkFits(int[] sizes, String what, int copies) {
    long params = 0;
    for (int l = 1; l < sizes.length; l++) {
      long w = (long) sizes[l - 1] * sizes[l];
      if (w > Integer.MAX_VALUE - 64) {
        throw new IllegalArgumentException(what + " is too big: layer " + (l + 1) + " (the book's numbering)"
            + " would have " + String.format(java.util.Locale.ROOT, "%,d", w) + " weights, more than one Java"
            + " array holds (" + String.format(java.util.Locale.ROOT, "%,d", Integer.MAX_VALUE - 64L) + ")");
      }
      params += w + sizes[l];
    }
    Runtime rt = Runtime.getRuntime();
    long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    long need = params * 8 * copies;
    if (need > available) {
      throw new IllegalArgumentException(what + " is too big: " + String.format(java.util.Locale.ROOT, "%,d", params)
          + " weights and biases need " + mb(need) + " of memory" + (copies > 1 ? " (" + copies + " copies while training)" : "")
          + ", but Java has " + mb(available) + " free (raise it with GLASSBOX_JAVA_OPTS=-Xmx8g, or use smaller layers)");
    }
  }

  private static String mb(long bytes) {
    return bytes >= 1L << 30
        ? String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
        : String.format(java.util.Locale.ROOT, "%d MB", (bytes + (1 << 20) - 1) >> 20);
  }

  private static String sizesString(int[] sizes) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sizes.length; i++) {
      sb.append(i == 0 ? "" : ",").append(sizes[i]);
    }
    return sb.toString();
  }

  private static Activation[] layerActivations(int n, Activation hidden, Activation output) {
    Activation[] a = new Activation[n];
    Arrays.fill(a, hidden);
    a[n - 1] = output;
    return a;
  }

  /** Which inner loops train and evaluate: "vector" (Vector API) or "scalar"; same results. */
  public static String kernelKind() {
    return Kernels.kind();
  }

  /** Number of layers including the input layer (the book's L). */
  public int layers() {
    return sizes.length;
  }

  /** Neurons in layer l. */
  public int size(int l) {
    return sizes[l];
  }

  /** A copy of the layer sizes. */
  public int[] sizes() {
    return sizes.clone();
  }

  /** Activation of layer l ≥ 1. */
  public Activation activation(int l) {
    return activation[l];
  }

  /** The output layer's activation. */
  public Activation outputActivation() {
    return activation[sizes.length - 1];
  }

  /** The cost function. */
  public Cost cost() {
    return cost;
  }

  /** w^l_{jk}: weight from neuron k of layer l-1 into neuron j of layer l. */
  public double weight(int l, int j, int k) {
    return weights[l][k * sizes[l] + j];
  }

  /** Sets w^l_{jk}. */
  public void setWeight(int l, int j, int k, double w) {
    weights[l][k * sizes[l] + j] = w;
  }

  /** b^l_j. */
  public double bias(int l, int j) {
    return biases[l][j];
  }

  /** Sets b^l_j. */
  public void setBias(int l, int j, double b) {
    biases[l][j] = b;
  }

  /** Number of trainable parameters. */
  public long parameterCount() {
    long n = 0;
    for (int l = 1; l < sizes.length; l++) {
      n += (long) sizes[l - 1] * sizes[l] + sizes[l];
    }
    return n;
  }

  /** Layer sizes as "784,30,10". */
  public String sizesString() {
    StringBuilder sb = new StringBuilder();
    for (int l = 0; l < sizes.length; l++) {
      sb.append(l == 0 ? "" : ",").append(sizes[l]);
    }
    return sb.toString();
  }

  /** A deep copy (same architecture, same parameter values). */
  public Network copy() {
    Network n = new Network(sizes, activation.clone(), cost);
    n.copyParametersFrom(this);
    return n;
  }

  /**
   * A network that shares this one's w^1 and b^1 (the same arrays) and has its own copy of the
   * layers above: a second thread's network while layer 1 is shared out by neuron, so that it can
   * step the small layers above on its own (training.Trainer). Without a hidden layer, a copy.
   */
  public Network sharingFirstLayer() {
    Network n = new Network(sizes, activation.clone(), cost);
    n.weights[1] = weights[1];
    n.biases[1] = biases[1];
    n.copyLayersAboveFrom(this);
    return n;
  }

  /** Copies w^l and b^l for l ≥ 2 from {@code other}, which must have the same sizes. */
  public void copyLayersAboveFrom(Network other) {
    if (!Arrays.equals(sizes, other.sizes)) {
      throw new IllegalArgumentException(
          "layer sizes differ: " + sizesString() + " vs " + other.sizesString());
    }
    for (int l = 2; l < sizes.length; l++) {
      System.arraycopy(other.weights[l], 0, weights[l], 0, weights[l].length);
      System.arraycopy(other.biases[l], 0, biases[l], 0, biases[l].length);
    }
  }

  /**
   * Copies the rows of w^l that leave neurons [k0, k1) of layer l-1 (w^l_{jk} for every j; side
   * by side in this layout) into {@code to}, from index 0: what one thread stepped, for another.
   */
  public void saveWeightRows(int l, int k0, int k1, double[] to) {
    System.arraycopy(weights[l], k0 * sizes[l], to, 0, (k1 - k0) * sizes[l]);
  }

  /** The reverse of {@link #saveWeightRows}: takes those rows from {@code from}. */
  public void loadWeightRows(int l, int k0, int k1, double[] from) {
    System.arraycopy(from, 0, weights[l], k0 * sizes[l], (k1 - k0) * sizes[l]);
  }

  /** Copies every weight and bias from {@code other}, which must have the same sizes. */
  public void copyParametersFrom(Network other) {
    if (!Arrays.equals(sizes, other.sizes)) {
      throw new IllegalArgumentException(
          "layer sizes differ: " + sizesString() + " vs " + other.sizesString());
    }
    for (int l = 1; l < sizes.length; l++) {
      System.arraycopy(other.weights[l], 0, weights[l], 0, weights[l].length);
      System.arraycopy(other.biases[l], 0, biases[l], 0, biases[l].length);
    }
  }

  /** True when every weight and bias is finite (no NaN or infinity). */
  public boolean isFinite() {
    for (int l = 1; l < sizes.length; l++) {
      for (double w : weights[l]) {
        if (!Double.isFinite(w)) {
          return false;
        }
      }
      for (double b : biases[l]) {
        if (!Double.isFinite(b)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the parameters are bit-for-bit equal to {@code other}'s. */
  public boolean sameParameters(Network other) {
    if (!Arrays.equals(sizes, other.sizes)) {
      return false;
    }
    for (int l = 1; l < sizes.length; l++) {
      if (!Arrays.equals(weights[l], other.weights[l]) || !Arrays.equals(biases[l], other.biases[l])) {
        return false;
      }
    }
    return true;
  }
}
