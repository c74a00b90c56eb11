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
  /** The dropout of training steps, or null (evaluation, prediction, the stepper's forward pass). */
  Dropout dropout;
  /**
   * The loaded batch's inputs: slot s's non-zero x_k are xValue[p] at k = xIndex[p], p in
   * [xFrom[s], xTo[s]). A workspace made for training copies them at {@link #load} into arrays of
   * its own: the rows of a shuffled batch lie anywhere in the data set, and each pass over them
   * (forward, BP4) would otherwise wait for memory again and again, where one copy fetches them
   * at once. A feedforward-only workspace reads the data set's arrays in place, and so does a
   * batch of an epoch's rows already copied side by side ({@link EpochRows}).
   */
  int[] xIndex;
  double[] xValue;
  final int[] xFrom;
  final int[] xTo;
  private final int[] ownIndex;
  private final double[] ownValue;
  /** Row of {@link #inputs} in each batch slot. */
  final int[] row;
  /** Label of each slot. */
  final int[] label;
  int count;

  /**
   * The batch's inputs by column, for BP4 of layer 1: the slots where input k is non-zero and
   * their values, in slot order, at colSlot/colValue[colStart[k] .. colEnd[k]). Valid for the
   * inputs k that {@link #isTouched}, after {@link #sortColumns} covered k.
   */
  private final boolean columns;
  final int[] colStart;
  final int[] colEnd;
  final int[] colSlot;
  final double[] colValue;
  /** The columns found by sortColumns(lo, hi) are listed at touched[lo ..]. */
  final int[] touched;
  /** (batch << 24 | sort call) of the last sort that saw input k; see {@link #sortColumns}. */
  private final long[] stamp;
  private int batchId;
  private final java.util.concurrent.atomic.AtomicInteger sortCalls;

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
    this.sortCalls = new java.util.concurrent.atomic.AtomicInteger();
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
    xFrom = new int[capacity];
    xTo = new int[capacity];
    ownIndex = new int[backprop ? capacity * sizes[0] : 0];
    ownValue = new double[ownIndex.length];
    colStart = new int[sizes[0]];
    colEnd = new int[sizes[0]];
    touched = new int[sizes[0]];
    stamp = new long[sizes[0]];
    // columns [lo, hi) hold at most capacity * (hi - lo) entries: each range gets its own region
    colSlot = new int[backprop ? capacity * sizes[0] : 0];
    colValue = new double[colSlot.length];
  }

  /**
   * Drops hidden neurons in the following forward and backward passes ({@link Dropout}); null
   * turns dropout off.
   */
  public void dropout(Dropout d) {
    dropout = d;
  }

  /** The dropout of the forward and backward passes, or null. */
  public Dropout dropout() {
    return dropout;
  }

  /** mask^l_j of slot s: 1 without dropout, else 0 (dropped) or 1/(1-P) (kept); l a hidden layer. */
  public double mask(int l, int s, int j) {
    return dropout == null ? 1.0 : dropout.factor(row[s], l, j);
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
    checkBatch(in, m);
    inputs = in;
    count = m;
    int p = 0;
    for (int s = 0; s < m; s++) {
      int r = order == null ? from + s : order[from + s];
      row[s] = r;
      label[s] = in.label(r);
      int p0 = in.start[r];
      int n = in.start[r + 1] - p0;
      if (columns) {
        System.arraycopy(in.index, p0, ownIndex, p, n);
        System.arraycopy(in.value, p0, ownValue, p, n);
        xFrom[s] = p;
      } else {
        xFrom[s] = p0;
      }
      xTo[s] = xFrom[s] + n;
      p += n;
    }
    xIndex = columns ? ownIndex : in.index;
    xValue = columns ? ownValue : in.value;
    batchId++;
  }

  /**
   * Makes positions [from, from + m) of an epoch's rows the batch (after
   * {@link EpochRows#arrange}): the same batch as {@code load(source, order, from, m)}, read in place.
   */
  public void load(EpochRows rows, int from, int m) {
    Inputs in = rows.source();
    checkBatch(in, m);
    inputs = in;
    count = m;
    for (int s = 0; s < m; s++) {
      int r = rows.row(from + s);
      row[s] = r;
      label[s] = in.label(r);
      xFrom[s] = rows.start[from + s];
      xTo[s] = rows.start[from + s + 1];
    }
    xIndex = rows.index;
    xValue = rows.value;
    batchId++;
  }

  // a batch of m rows of in fits this workspace
  private void checkBatch(Inputs in, int m) {
    if (m > capacity) {
      throw new IllegalArgumentException("batch of " + m + " exceeds capacity " + capacity);
    }
    if (in.dim() != sizes[0]) {
      throw new IllegalArgumentException(
          "inputs have " + in.dim() + " values, the network expects " + sizes[0]);
    }
  }

  /**
   * Sorts the batch's non-zero inputs with index k in [lo, hi) by column (a counting sort that
   * keeps slot order within a column), for BP4 of layer 1. Ranges that do not overlap may be
   * sorted by different threads at once: each writes only its own columns and region.
   *
   * @return how many of the columns in [lo, hi) are non-zero somewhere in the batch; they are
   *     listed at {@code touched(lo) .. touched(lo + count - 1)}
   */
  public int sortColumns(int lo, int hi) {
    if (!columns) {
      throw new IllegalStateException("this workspace was made for feedforward only");
    }
    // a fresh id per call, so that sorting a range again (the trace does) starts from zero counts
    long id = ((long) batchId << 24) | (sortCalls.incrementAndGet() & 0xFFFFFF);
    int t = lo;
    for (int s = 0; s < count; s++) {
      for (int p = firstAtLeast(s, lo); p < xTo[s]; p++) {
        int k = xIndex[p];
        if (k >= hi) {
          break;
        }
        if (stamp[k] != id) {
          stamp[k] = id;
          colEnd[k] = 0;
          touched[t++] = k;
        }
        colEnd[k]++;
      }
    }
    int pos = capacity * lo;
    for (int i = lo; i < t; i++) {
      int k = touched[i];
      int n = colEnd[k];
      colStart[k] = pos;
      colEnd[k] = pos;
      pos += n;
    }
    for (int s = 0; s < count; s++) {
      for (int p = firstAtLeast(s, lo); p < xTo[s]; p++) {
        int k = xIndex[p];
        if (k >= hi) {
          break;
        }
        int i = colEnd[k]++;
        colSlot[i] = s;
        colValue[i] = xValue[p];
      }
    }
    return t - lo;
  }

  // the first non-zero of slot s with index ≥ lo (the indices of a row are increasing)
  private int firstAtLeast(int s, int lo) {
    if (lo == 0) {
      return xFrom[s];
    }
    int p = java.util.Arrays.binarySearch(xIndex, xFrom[s], xTo[s], lo);
    return p >= 0 ? p : -p - 1;
  }

  /**
   * Copies a^1 of neurons [j0, j1) of every loaded slot to {@code a}, at [s * (j1 - j0) + j - j0]:
   * a thread's share of layer 1, for the other threads.
   */
  public void saveFirstLayer(int j0, int j1, double[] a) {
    int out = sizes[1];
    int n = j1 - j0;
    for (int s = 0; s < count; s++) {
      System.arraycopy(this.a[1], s * out + j0, a, s * n, n);
    }
  }

  /** The reverse of {@link #saveFirstLayer}: takes a^1 of neurons [j0, j1) from another thread. */
  public void loadFirstLayer(int j0, int j1, double[] a) {
    int out = sizes[1];
    int n = j1 - j0;
    for (int s = 0; s < count; s++) {
      System.arraycopy(a, s * n, this.a[1], s * out + j0, n);
    }
  }

  /** The i-th entry of the touched-column list (see {@link #sortColumns}). */
  public int touched(int i) {
    return touched[i];
  }

  /** Loads the single sample {@code i} of {@code in} into slot 0. */
  public void loadOne(Inputs in, int i) {
    load(in, null, i, 1);
  }

  /**
   * Whether input k is non-zero in some sample of the batch (else row k of w^1 has no gradient);
   * valid once {@link #sortColumns} covered k.
   */
  public boolean isTouched(int k) {
    return (stamp[k] >>> 24) == batchId;
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

  /** The vectors a workspace holds for each layer and slot. */
  public enum Quantity {
    /** z^l = w^l a^{l-1} + b^l (l ≥ 1). */
    WEIGHTED_INPUT,
    /** a^l = σ(z^l); a^0 is the input x. */
    ACTIVATION,
    /** δ^l = ∂C/∂z^l (l ≥ 1). */
    DELTA
  }

  /** Copies layer l's vector {@code q} of slot s (a new array of {@code sizes[l]} values). */
  public double[] copy(Quantity q, int l, int s) {
    if (l == 0) {
      if (q != Quantity.ACTIVATION) {
        throw new IllegalArgumentException("the input layer has only activations, not " + q);
      }
      return inputs.dense(row[s]);
    }
    double[][] src = switch (q) {
      case WEIGHTED_INPUT -> z;
      case ACTIVATION -> a;
      case DELTA -> delta;
    };
    double[] out = new double[sizes[l]];
    System.arraycopy(src[l], s * sizes[l], out, 0, sizes[l]);
    return out;
  }
}
