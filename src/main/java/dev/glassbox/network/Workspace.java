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
  /** a[l] = σ(z[l]) for l ≥ 1; the input a^0 = x stays sparse in {@link #inputs}. */
  final double[][] a;
  /** δ[l] = ∂C/∂z[l] for l ≥ 1. */
  final double[][] delta;

  Inputs inputs;
  /** Row of {@link #inputs} in each batch slot. */
  final int[] row;
  /** Label of each slot. */
  final int[] label;
  int count;

  /**
   * The batch's inputs by column, for BP4 of layer 1: the slots where input k is non-zero and
   * their values, in slot order, at colSlot/colValue[colStart[k] .. colEnd[k]). Valid only for
   * the inputs in {@link #touched} (stamp[k] == batchId).
   */
  private final boolean columns;
  final int[] colStart;
  final int[] colEnd;
  int[] colSlot = new int[0];
  double[] colValue = new double[0];
  /** Inputs that are non-zero in at least one sample of the batch, in order of first appearance. */
  final int[] touched;
  int touchedCount;
  private final int[] stamp;
  private int batchId;

  /** Work arrays for {@code net}'s sizes and up to {@code capacity} samples, ready for training. */
  public Workspace(Network net, int capacity) {
    this(net, capacity, true);
  }

  /**
   * Work arrays for {@code net}'s sizes and up to {@code capacity} samples.
   *
   * @param backprop false for a workspace that only runs feedforward (evaluation): it skips the
   *     per-batch bookkeeping that BP4 needs
   */
  public Workspace(Network net, int capacity, boolean backprop) {
    this.capacity = capacity;
    this.sizes = net.sizes();
    this.columns = backprop;
    int layers = sizes.length;
    z = new double[layers][];
    a = new double[layers][];
    delta = new double[layers][];
    for (int l = 1; l < layers; l++) {
      z[l] = new double[capacity * sizes[l]];
      a[l] = new double[capacity * sizes[l]];
      delta[l] = new double[capacity * sizes[l]];
    }
    row = new int[capacity];
    label = new int[capacity];
    colStart = new int[sizes[0]];
    colEnd = new int[sizes[0]];
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
   * Makes rows {@code order[from .. from+m)} of {@code in} the batch ({@code order == null}: rows
   * from .. from+m), and sorts its non-zero inputs by column for BP4.
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
    for (int s = 0; s < m; s++) {
      int r = order == null ? from + s : order[from + s];
      row[s] = r;
      label[s] = in.label(r);
    }
    if (columns) {
      sortByColumn();
    }
  }

  // a counting sort of the batch's non-zeros by input index, keeping slot order within a column
  private void sortByColumn() {
    Inputs in = inputs;
    int id = ++batchId;
    int t = 0;
    for (int s = 0; s < count; s++) {
      int r = row[s];
      for (int p = in.start[r]; p < in.start[r + 1]; p++) {
        int k = in.index[p];
        if (stamp[k] != id) {
          stamp[k] = id;
          colEnd[k] = 0;
          touched[t++] = k;
        }
        colEnd[k]++;
      }
    }
    touchedCount = t;
    int pos = 0;
    for (int i = 0; i < t; i++) {
      int k = touched[i];
      int n = colEnd[k];
      colStart[k] = pos;
      colEnd[k] = pos;
      pos += n;
    }
    if (colSlot.length < pos) {
      colSlot = new int[Math.max(pos, 2 * colSlot.length)];
      colValue = new double[colSlot.length];
    }
    for (int s = 0; s < count; s++) {
      int r = row[s];
      for (int p = in.start[r]; p < in.start[r + 1]; p++) {
        int i = colEnd[in.index[p]]++;
        colSlot[i] = s;
        colValue[i] = in.value[p];
      }
    }
  }

  /** Loads the single sample {@code i} of {@code in} into slot 0. */
  public void loadOne(Inputs in, int i) {
    load(in, null, i, 1);
  }

  /** Whether input k is non-zero in some sample of the batch (else row k of w^1 has no gradient). */
  public boolean touched(int k) {
    return stamp[k] == batchId;
  }

  /** a^l_j of slot s (a^0 is the input x_j). */
  public double activation(int l, int s, int j) {
    if (l == 0) {
      return inputs.value(row[s], j);
    }
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
    if (l == 0 && which == 'a') {
      return inputs.dense(row[s]);
    }
    double[][] src = which == 'z' ? z : which == 'a' ? a : delta;
    double[] out = new double[sizes[l]];
    System.arraycopy(src[l], s * sizes[l], out, 0, sizes[l]);
    return out;
  }
}
