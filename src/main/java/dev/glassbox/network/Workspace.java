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

  /** Which inputs' non-zeros are written into each slot of a[0] now (to clear them cheaply). */
  private final Inputs[] writtenFrom;
  private final int[] writtenRow;
  /** stamp[k] == batchId when input k is non-zero in some sample of the batch. */
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
    writtenFrom = new Inputs[capacity];
    writtenRow = new int[capacity];
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
   * Makes rows {@code order[from .. from+m)} of {@code in} the batch ({@code order == null}: rows
   * from .. from+m). Cheap: the inputs themselves are written by {@link Backprop#feedforward},
   * slot by slot, on whichever thread computes the slot.
   */
  public void load(Inputs in, int[] order, int from, int m) {
    if (m > capacity) {
      throw new IllegalArgumentException("batch of " + m + " exceeds capacity " + capacity);
    }
    if (in.dim() != sizes[0]) {
      throw new IllegalArgumentException(
          "inputs have " + in.dim() + " values, the network expects " + sizes[0]);
    }
    inputs = in;
    count = m;
    batchId++;
    for (int s = 0; s < m; s++) {
      int r = order == null ? from + s : order[from + s];
      row[s] = r;
      label[s] = in.label(r);
    }
  }

  /** Loads the single sample {@code i} of {@code in} into slot 0. */
  public void loadOne(Inputs in, int i) {
    load(in, null, i, 1);
  }

  /** Writes slot s's input densely into a^0 and marks its non-zero indices as touched. */
  void prepareInput(int s) {
    int n0 = sizes[0];
    double[] x = a[0];
    Inputs old = writtenFrom[s];
    if (old != null) {
      // zero only the non-zeros written before: cheaper than clearing all of a^0
      int r = writtenRow[s];
      for (int p = old.start[r]; p < old.start[r + 1]; p++) {
        x[s * n0 + old.index[p]] = 0.0;
      }
    }
    Inputs in = inputs;
    int r = row[s];
    int id = batchId;
    for (int p = in.start[r]; p < in.start[r + 1]; p++) {
      int k = in.index[p];
      x[s * n0 + k] = in.value[p];
      stamp[k] = id;
    }
    writtenFrom[s] = in;
    writtenRow[s] = r;
  }

  /**
   * Whether input k is non-zero in some sample of the batch (valid after feedforward): if not, row
   * k of w^1 gets a zero gradient.
   */
  public boolean touched(int k) {
    return stamp[k] == batchId;
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
