package dev.glassbox.network;

/**
 * A set of input vectors x with their labels, stored sparsely (compressed rows: only non-zero
 * values and their indices), because 81% of MNIST pixels are exactly zero and a zero input adds
 * nothing to z = w·a + b nor to ∂C/∂w = a δ.
 */
public final class Inputs {
  private final int dim;
  /** Row i's non-zeros are index[start[i] .. start[i+1]). */
  final int[] start;
  final int[] index;
  final double[] value;
  private final byte[] labels;

  private Inputs(int dim, int[] start, int[] index, double[] value, byte[] labels) {
    this.dim = dim;
    this.start = start;
    this.index = index;
    this.value = value;
    this.labels = labels;
  }

  /**
   * Inputs x_k = pixel/255 from unsigned bytes, n rows of {@code dim} pixels each.
   *
   * @param pixels n * dim unsigned bytes, row by row (not modified)
   * @param labels n labels 0-9, or null for unlabeled data (label -1)
   */
  public static Inputs fromPixels(byte[] pixels, int n, int dim, byte[] labels) {
    int nnz = 0;
    for (int i = 0; i < n * dim; i++) {
      if (pixels[i] != 0) {
        nnz++;
      }
    }
    Rows rows = new Rows(n, nnz);
    for (int i = 0; i < n; i++) {
      rows.next();
      int base = i * dim;
      for (int k = 0; k < dim; k++) {
        rows.put(k, (pixels[base + k] & 0xFF) / 255.0);
      }
    }
    return rows.done(dim, labels == null ? null : labels.clone());
  }

  /** Inputs from dense vectors (any real values), with labels (or null). */
  public static Inputs fromDense(double[][] x, int[] labels) {
    int n = x.length;
    int dim = n == 0 ? 0 : x[0].length;
    int nnz = 0;
    for (double[] row : x) {
      if (row.length != dim) {
        throw new IllegalArgumentException("input vectors of different lengths");
      }
      for (double v : row) {
        if (v != 0) {
          nnz++;
        }
      }
    }
    Rows rows = new Rows(n, nnz);
    for (double[] row : x) {
      rows.next();
      for (int k = 0; k < dim; k++) {
        rows.put(k, row[k]);
      }
    }
    byte[] lab = null;
    if (labels != null) {
      lab = new byte[n];
      for (int i = 0; i < n; i++) {
        lab[i] = (byte) labels[i];
      }
    }
    return rows.done(dim, lab);
  }

  /** Compressed rows being filled in order: row i's nonzeros go from start[i] to start[i + 1]. */
  private static final class Rows {
    final int[] start;
    final int[] index;
    final double[] value;
    int p;
    int row;

    Rows(int n, int nnz) {
      start = new int[n + 1];
      index = new int[nnz];
      value = new double[nnz];
    }

    /** Starts the next row. */
    void next() {
      start[row++] = p;
    }

    /** x_k = v in the current row; zeros are not stored. */
    void put(int k, double v) {
      if (v != 0) {
        index[p] = k;
        value[p] = v;
        p++;
      }
    }

    Inputs done(int dim, byte[] labels) {
      start[row] = p;
      return new Inputs(dim, start, index, value, labels);
    }
  }

  /** One dense input with its label. */
  public static Inputs single(double[] x, int label) {
    return fromDense(new double[][] {x}, new int[] {label});
  }

  /** The first {@code n} rows (sharing this set's arrays). */
  public Inputs head(int n) {
    if (n < 0 || n > size()) {
      throw new IllegalArgumentException("head(" + n + ") of " + size() + " rows");
    }
    return new Inputs(dim, java.util.Arrays.copyOf(start, n + 1), index, value, labels == null ? null
        : java.util.Arrays.copyOf(labels, n));
  }

  /** Number of input vectors. */
  public int size() {
    return start.length - 1;
  }

  /** Length of each vector. */
  public int dim() {
    return dim;
  }

  /** Label of row i, or -1 when unlabeled. */
  public int label(int i) {
    return labels == null ? -1 : labels[i];
  }

  /** The largest label, or -1 when unlabeled or empty. */
  public int maxLabel() {
    int max = -1;
    if (labels != null) {
      for (byte b : labels) {
        max = Math.max(max, b);
      }
    }
    return max;
  }

  /**
   * Refuses labels that {@code net}'s output layer cannot represent (a one-hot y needs a neuron
   * for every label).
   *
   * @param what names the data in the message ("training data")
   */
  public void checkLabelsFit(Network net, String what) {
    int outputs = net.size(net.layers() - 1);
    int max = maxLabel();
    if (max >= outputs) {
      throw new IllegalArgumentException("the output layer has " + outputs + " neurons, but the "
          + what + " has labels up to " + max + ": use an output layer of at least " + (max + 1));
    }
  }

  /** Whether the rows carry labels. */
  public boolean labeled() {
    return labels != null;
  }

  /** Writes row i densely into dst[off .. off+dim) (modified). */
  public void copyDense(int i, double[] dst, int off) {
    java.util.Arrays.fill(dst, off, off + dim, 0.0);
    for (int p = start[i]; p < start[i + 1]; p++) {
      dst[off + index[p]] = value[p];
    }
  }

  /** x_k of row i (a binary search in the row's non-zeros). */
  public double value(int i, int k) {
    int p = java.util.Arrays.binarySearch(index, start[i], start[i + 1], k);
    return p >= 0 ? value[p] : 0.0;
  }

  /** Row i as a new dense array. */
  public double[] dense(int i) {
    double[] x = new double[dim];
    copyDense(i, x, 0);
    return x;
  }
}
