package dev.glassbox.network;

/**
 * Per-thread scratch for BP3/BP4 rows: the gradient row g, and the batch slots (with their
 * activations) that contribute to one weight row. Allocated once, reused for every row.
 */
public final class Scratch {
  final double[] g;
  final int[] slots;
  final double[] values;
  final double[] zeros;
  /** The terms of the row being computed: slots and values at [tFrom, tTo) (see Backprop). */
  int[] tSlot;
  double[] tValue;
  int tFrom;
  int tTo;

  /** Scratch for {@code net} and batches of up to {@code capacity} samples. */
  public Scratch(Network net, int capacity) {
    int widest = 0;
    for (int l = 0; l < net.layers(); l++) {
      widest = Math.max(widest, net.size(l));
    }
    g = new double[widest];
    zeros = new double[widest];
    slots = new int[capacity];
    values = new double[capacity];
  }

  /** The gradient row written by the last BP3/BP4 call (length ≥ the layer size). */
  public double[] gradient() {
    return g;
  }
}
