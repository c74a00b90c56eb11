package dev.glassbox.training;

/**
 * A copy of w^1, the weights into the first layer after the input, laid out one row per neuron:
 * w^1_{jk} at {@code w[j * inputs + k]}, so row j is neuron j's 28x28 "receptive field".
 *
 * @param w the copied weights (shared by snapshots: do not modify)
 * @param neurons neurons j of the first layer after the input
 * @param inputs inputs k (784 for MNIST)
 * @param version increases with every copy, so views can cache what they draw from it
 */
public record FirstLayerWeights(float[] w, int neurons, int inputs, long version) {
  /** w^1_{jk}. */
  public float w(int j, int k) {
    return w[j * inputs + k];
  }
}
