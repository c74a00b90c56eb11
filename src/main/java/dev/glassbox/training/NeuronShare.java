package dev.glassbox.training;

import dev.glassbox.network.FirstLayerColumns;
import dev.glassbox.network.FirstLayerGradient;
import dev.glassbox.network.Network;

/**
 * The neurons [j0, j1) of layer 1 that one thread owns in a run of mini-batches shared out by neuron
 * ({@link Trainer}), with what it keeps for them: their BP4 rows, their columns of w^1 and b^1, and
 * the buffers through which the other threads take their a^1 and the rows of w^2 leaving them.
 */
final class NeuronShare {
  final int j0;
  final int j1;
  /** BP4 rows of the share (null: gathered, see FirstLayerGradient.WIDEST, or no neurons). */
  final FirstLayerGradient gradient;
  /** Where the thread keeps the share's weights and biases (null: no neurons). */
  final FirstLayerColumns columns;
  /** a^1 of the share, [batch parity][s * (j1 - j0) + j - j0], for the other threads. */
  final double[][] sharedA;
  /**
   * The rows of w^2 leaving the share's neurons, as the thread stepped them in a batch, [parity of
   * the next batch][(j - j0) * n2 + i], for the other threads to take at the next meeting.
   */
  final double[][] secondLayerRows;

  NeuronShare(Network net, int j0, int j1, int batchSize) {
    this.j0 = j0;
    this.j1 = j1;
    gradient = j0 < j1 && FirstLayerGradient.scatters(j0, j1) ? new FirstLayerGradient(net, j0, j1) : null;
    // a narrow share in a copy of the thread's own, thread 0's too: the lines each writes are its
    // alone, and its rows are whole vectors on lines of their own (FirstLayerColumns.copied)
    columns = j0 == j1 ? null
        : gradient != null ? FirstLayerColumns.copied(net, j0, j1) : FirstLayerColumns.inPlace(net, j0, j1);
    // a cache line of room after each, so that this thread's writes share no line with another's
    int n = batchSize * (j1 - j0) + 16;
    sharedA = new double[][] {new double[n], new double[n]};
    int rows = (j1 - j0) * net.size(2) + 16;
    secondLayerRows = new double[][] {new double[rows], new double[rows]};
  }
}
