package dev.glassbox.network;

/**
 * Reusable work arrays for a mini-batch of up to {@code capacity} samples: every z^l, a^l and δ^l
 * of every sample, allocated once. Sample s of layer l lives at {@code [l][s * sizes[l] + j]}.
 *
 * <p>This is also the recorder of the trace: after {@link Backprop#feedforward} and
 * {@link Backprop#backward} on a batch of one, it holds every number the stepper shows.
 */
public final class Workspace {
  final int capacity;
  final int[] sizes;
  /** z[l] for l ≥ 1 (z[0] unused). */
  final double[][] z;
  /** a[0] is the input x, dense; a[l] = σ(z[l]). */
  final double[][] a;
  /** δ[l] = ∂C/∂z[l] for l ≥ 1. */
  final double[][] delta;

  Inputs inputs;
  /** Row of {@link #inputs} in each batch slot. */
  final int[] row;
  /** Label of each slot. */
  final int[] label;
  int count;

  /** Input indices that are non-zero in at least one sample of the batch, and their count. */
  final int[] touched;
  int touchedCount;
  private final int[] stamp;
  private int batchId;

  /** Work arrays for {@code net}'s sizes and up to {@code capacity} samples. */
  public Workspace(Network net, int capacity) {
    this.capacity = capacity;
    this.sizes = net.sizes();
    int layers = sizes.length;
    z = new double[layers][];
    a = new double[layers][];
    delta = new double[layers][];
    a[0] = new double[capacity * sizes[0]];
    for (int l = 1; l < layers; l++) {
      z[l] = new double[capacity * sizes[l]];
      a[l] = new double[capacity * sizes[l]];
      delta[l] = new double[capacity * sizes[l]];
    }
    row = new int[capacity];
    label = new int[capacity];
    touched = new int[sizes[0]];
    stamp = new int[sizes[0]];
  }

  /** Maximum batch size. */
  public int capacity() {
    return capacity;
  }

  /** Samples loaded now. */
  public int count() {
    return count;
  }

  /**
   * Loads rows {@code order[from .. from+m)} of {@code in} as the batch: fills the dense input
   * a[0], the labels and the list of touched input indices.
   */
  public void load(Inputs in, int[] order, int from, int m) {
    if (m > capacity) {
      throw new IllegalArgumentException("batch of " + m + " exceeds capacity " + capacity);
    }
    if (in.dim() != sizes[0]) {
      throw new IllegalArgumentException(
          "inputs have " + in.dim() + " values, the network expects " + sizes[0]);
    }
    clearInput();
    inputs = in;
    count = m;
    touchedCount = 0;
    batchId++;
    int n0 = sizes[0];
    double[] x = a[0];
    for (int s = 0; s < m; s++) {
      int r = order == null ? from + s : order[from + s];
      row[s] = r;
      label[s] = in.label(r);
      int off = s * n0;
      for (int p = in.start[r]; p < in.start[r + 1]; p++) {
        int k = in.index[p];
        x[off + k] = in.value[p];
        if (stamp[k] != batchId) {
          stamp[k] = batchId;
          touched[touchedCount++] = k;
        }
      }
    }
  }

  /** Loads the single sample {@code i} of {@code in} into slot 0. */
  public void loadOne(Inputs in, int i) {
    load(in, null, i, 1);
  }

  // zero only the non-zeros written by the previous batch: cheaper than clearing the whole input
  private void clearInput() {
    if (inputs == null) {
      return;
    }
    int n0 = sizes[0];
    for (int s = 0; s < count; s++) {
      int r = row[s];
      for (int p = inputs.start[r]; p < inputs.start[r + 1]; p++) {
        a[0][s * n0 + inputs.index[p]] = 0.0;
      }
    }
  }

  /** a^l_j of slot s (a^0 is the input). */
  public double activation(int l, int s, int j) {
    return a[l][s * sizes[l] + j];
  }

  /** z^l_j of slot s, l ≥ 1. */
  public double weightedInput(int l, int s, int j) {
    return z[l][s * sizes[l] + j];
  }

  /** δ^l_j of slot s, l ≥ 1. */
  public double delta(int l, int s, int j) {
    return delta[l][s * sizes[l] + j];
  }

  /** Label of slot s. */
  public int label(int s) {
    return label[s];
  }

  /** Copies layer l's vector of slot s out of {@code which} ('z', 'a' or 'd'). */
  public double[] copy(char which, int l, int s) {
    double[][] src = which == 'z' ? z : which == 'a' ? a : delta;
    double[] out = new double[sizes[l]];
    System.arraycopy(src[l], s * sizes[l], out, 0, sizes[l]);
    return out;
  }
}
