package dev.glassbox.network;

/**
 * Where one thread keeps the weights w^1_{jk} and biases b^1_j of its neurons [j0, j1) of layer 1
 * while it trains them: in place in the network, or in a compact copy of its own, loaded before a
 * run of mini-batches and stored back after it. In this layout the weights leaving input k are one
 * row, so two threads that each own half of every row would both write the cache line in the
 * middle of each row after every batch, and it would travel between the cores; with a copy, no
 * line of w^1 is written by two cores during a run.
 */
public final class FirstLayerColumns {
  private final Network net;
  final int j0;
  final int j1;
  /** w^1_{jk} at w[k * stride + col + j - j0]; b^1_j at b[col + j - j0]. */
  final double[] w;
  final int stride;
  final int col;
  final double[] b;
  private final boolean copy;

  private FirstLayerColumns(Network net, int j0, int j1, boolean copy) {
    if (j0 < 0 || j1 > net.sizes[1] || j0 >= j1) {
      throw new IllegalArgumentException("neurons [" + j0 + ", " + j1 + ") of a layer of " + net.sizes[1]);
    }
    this.net = net;
    this.j0 = j0;
    this.j1 = j1;
    this.copy = copy;
    if (copy) {
      // rows of whole vectors on cache lines of their own (Aligned), shared with no other thread
      stride = Kernels.padded(j1 - j0);
      Aligned rows = Aligned.doubles(net.sizes[0] * stride);
      col = rows.offset();
      w = rows.array();
      b = new double[col + stride + 16];
    } else {
      stride = net.sizes[1];
      col = j0;
      w = net.weights[1];
      b = net.biases[1];
    }
  }

  /** Neurons [j0, j1) of {@code net}'s layer 1, read and stepped in the network itself. */
  public static FirstLayerColumns inPlace(Network net, int j0, int j1) {
    return new FirstLayerColumns(net, j0, j1, false);
  }

  /** Neurons [j0, j1) of {@code net}'s layer 1, in a copy: {@link #load} and {@link #store} around a run. */
  public static FirstLayerColumns copied(Network net, int j0, int j1) {
    return new FirstLayerColumns(net, j0, j1, true);
  }

  /** Takes the neurons' weights and biases from the network (nothing to do in place). */
  public void load() {
    if (copy) {
      int out = net.sizes[1];
      int n = j1 - j0;
      double[] from = net.weights[1];
      for (int k = 0; k < net.sizes[0]; k++) {
        System.arraycopy(from, k * out + j0, w, col + k * stride, n);
      }
      System.arraycopy(net.biases[1], j0, b, col, n);
    }
  }

  /** Writes the neurons' weights and biases back into the network (nothing to do in place). */
  public void store() {
    store(0, net.sizes[0]);
  }

  /**
   * Writes back the weights leaving inputs [k0, k1), and the biases when k0 = 0 (nothing to do in
   * place). Threads that store their shares each for its own range of inputs, once all have
   * finished training, write each row of w^1 from one core: each storing its own columns of every
   * row made both cores write the line in the middle of each row, and took 17 ms per epoch (200
   * runs of 784,30,10) against 2 to load them.
   */
  public void store(int k0, int k1) {
    if (copy) {
      int out = net.sizes[1];
      int n = j1 - j0;
      double[] to = net.weights[1];
      for (int k = k0; k < k1; k++) {
        System.arraycopy(w, col + k * stride, to, k * out + j0, n);
      }
      if (k0 == 0) {
        System.arraycopy(b, col, net.biases[1], j0, n);
      }
    }
  }
}
