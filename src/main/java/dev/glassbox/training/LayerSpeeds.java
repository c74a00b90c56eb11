package dev.glassbox.training;

import java.util.Arrays;

/**
 * The speed of learning of each layer, Nielsen's chapter 5 measure: for layer l, the length of the
 * bias-gradient vector ‖∂C/∂b^l‖, where C is the mean cost of one mini-batch of m images, so that
 * ‖∂C/∂b^l‖ = ‖(1/m) Σ_x δ^l_x‖ (BP3), averaged over a run of mini-batches (an epoch's, or those
 * since the previous progress report). The sums Σ_x δ^l_x are the trainer's own, read after its
 * update used them. With plain SGD, η times this is how far the biases of layer l move per step.
 *
 * <p>Indexed by the code's layer number l = 1 .. L-1 (the book's l + 1: 2 is the first hidden
 * layer). Immutable.
 */
public final class LayerSpeeds {
  private static final LayerSpeeds NONE = new LayerSpeeds(new double[0]);
  // speed of code layer l at [l - 1]
  private final double[] speed;

  private LayerSpeeds(double[] speed) {
    this.speed = speed;
  }

  /** No speeds (a history written before they were recorded). */
  public static LayerSpeeds none() {
    return NONE;
  }

  /** The speeds of code layers 1 .. values.length (copied). */
  public static LayerSpeeds of(double... values) {
    return values.length == 0 ? NONE : new LayerSpeeds(values.clone());
  }

  /**
   * The mean speed over {@code batches} mini-batches from the sums {@code sum[l]} of their
   * per-batch speeds ({@code sum[0]} unused).
   */
  static LayerSpeeds mean(double[] sum, int batches) {
    double[] v = new double[sum.length - 1];
    for (int l = 1; l < sum.length; l++) {
      v[l - 1] = sum[l] / batches;
    }
    return new LayerSpeeds(v);
  }

  /** Number of layers with a speed (L - 1 for a network of L layers; 0 for none). */
  public int layers() {
    return speed.length;
  }

  /** Whether there are no speeds. */
  public boolean isEmpty() {
    return speed.length == 0;
  }

  /** The speed of code layer l (1 = the first hidden layer). */
  public double of(int l) {
    return speed[l - 1];
  }

  /** The speeds of code layers 1 .. L-1 (a copy). */
  public double[] values() {
    return speed.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerSpeeds s && Arrays.equals(speed, s.speed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(speed);
  }

  @Override
  public String toString() {
    return Arrays.toString(speed);
  }
}
