package dev.glassbox.network;

/**
 * The training inputs copied in one epoch's shuffled order, so that the rows of each mini-batch
 * lie side by side. A shuffled batch's rows are otherwise scattered over the whole data set (about
 * 90 MB for MNIST), and fetching them batch by batch waits for memory at every row; one pass per
 * epoch keeps many rows in flight at once, and the batches then read their inputs in sequence.
 * Only the memory layout changes: a batch holds the same rows, in the same order, with the same
 * values. One thread makes the copy: it is bound by memory, and two threads were slower at it.
 */
public final class EpochRows {
  private Inputs source;
  private int[] order;
  /** Row i of the epoch (source row order[i]) has its non-zeros at index/value[start[i] .. start[i+1]). */
  int[] start = new int[1];
  int[] index = new int[0];
  double[] value = new double[0];

  /**
   * Copies the rows of {@code source} in the epoch's order: position i holds row {@code order[i]}
   * (the order array is kept, not copied, for the rows' numbers).
   */
  public void arrange(Inputs source, int[] order) {
    plan(source, order);
    copy(0, order.length);
  }

  /**
   * Lays out where each row of {@link #arrange} goes without copying it yet: then {@link #copy}
   * every range of positions, in any order and on any threads, before a batch reads them.
   */
  public void plan(Inputs source, int[] order) {
    if (order.length != source.size()) {
      throw new IllegalArgumentException(order.length + " positions for " + source.size() + " rows");
    }
    this.source = source;
    this.order = order;
    int n = order.length;
    if (start.length != n + 1) {
      start = new int[n + 1];
    }
    int p = 0;
    for (int i = 0; i < n; i++) {
      start[i] = p;
      int r = order[i];
      p += source.start[r + 1] - source.start[r];
    }
    start[n] = p;
    // other inputs (another epoch's distortions) may have more non-zeros: the copy grows
    if (index.length < p) {
      index = new int[p];
      value = new double[p];
    }
  }

  /** Copies the rows at positions [i0, i1) of the epoch laid out by {@link #plan}. */
  public void copy(int i0, int i1) {
    for (int i = i0; i < i1; i++) {
      int r = order[i];
      int p0 = source.start[r];
      int len = source.start[r + 1] - p0;
      System.arraycopy(source.index, p0, index, start[i], len);
      System.arraycopy(source.value, p0, value, start[i], len);
    }
  }

  /** Number of positions laid out (the rows of the source). */
  public int size() {
    return start.length - 1;
  }

  /** The inputs being ordered. */
  public Inputs source() {
    return source;
  }

  /** The source row at position i of the epoch. */
  int row(int i) {
    return order[i];
  }
}
