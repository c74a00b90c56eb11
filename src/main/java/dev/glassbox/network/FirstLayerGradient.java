package dev.glassbox.network;

/**
 * BP4 of layer 1 over a mini-batch, Σ_x ∂C_x/∂w^1_{jk} = Σ_x x_k δ^1_j, for one thread's neurons
 * [j0, j1), summed by scatter: each sample in slot order adds x_k δ^1_j to row k for its non-zero
 * inputs k only (no sorting of the batch by column). Each sum gets the same terms in the same
 * order as the gather of {@link Backprop#weightGradientRow}, so it has the same bits. The rows are
 * zero between batches: {@link Sgd#stepFirstLayer} steps the weights from them and clears them.
 */
public final class FirstLayerGradient {
  final int j0;
  final int j1;
  /**
   * Row k (input k) at g[off + k * stride .. + (j1 - j0)), padded to whole vectors, each row on
   * its own cache lines when the stride is a multiple of 8 ({@link Aligned}).
   */
  final int stride;
  final double[] g;
  final int off;
  /** Bit k: row k has a term in the current batch. */
  final long[] touched;
  /** One sample's δ^1_j, j in [j0, j1), in whole vectors (scratch of the scatter). */
  final double[] pad;

  /**
   * The widest share (in neurons) that is summed by scatter: the scatter reads and writes a row of
   * the buffer for every non-zero input of every sample, and wider shares gather each row's terms
   * from the batch sorted by column ({@link Sgd#stepFirstLayerNeurons}), reading and writing each
   * touched weight row once. Measured with {@code glassbox bench} (one run each way, aligned
   * buffers): 100 neurons alone scatter in 0.30 s/epoch against 0.35 gathered, two shares of 400
   * in 1.97 against 2.30; 800 alone scatter in 4.35 against 2.85, their 5 MB buffer far outside
   * the core's cache.
   */
  public static final int WIDEST = 400;

  /** Whether a share of neurons [j0, j1) is summed by scatter (see {@link #WIDEST}). */
  public static boolean scatters(int j0, int j1) {
    return j1 - j0 <= WIDEST;
  }

  /** The gradient rows of neurons [j0, j1) of {@code net}'s layer 1, all zero. */
  public FirstLayerGradient(Network net, int j0, int j1) {
    if (j0 < 0 || j1 > net.sizes[1] || j0 >= j1) {
      throw new IllegalArgumentException("neurons [" + j0 + ", " + j1 + ") of a layer of " + net.sizes[1]);
    }
    this.j0 = j0;
    this.j1 = j1;
    this.stride = Kernels.padded(j1 - j0);
    Aligned rows = Aligned.doubles(net.sizes[0] * stride);
    this.g = rows.array();
    this.off = rows.offset();
    this.touched = new long[(net.sizes[0] + 63) / 64];
    this.pad = new double[stride];
  }

  /** The first neuron of this share. */
  public int from() {
    return j0;
  }

  /** One past the last neuron of this share. */
  public int to() {
    return j1;
  }

  /** The summed gradient Σ_x ∂C_x/∂w^1_{jk} so far in this batch (for tests). */
  public double sum(int j, int k) {
    return g[off + k * stride + j - j0];
  }
}
