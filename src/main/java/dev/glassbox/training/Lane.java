package dev.glassbox.training;

import dev.glassbox.network.FirstLayerColumns;
import dev.glassbox.network.FirstLayerGradient;
import dev.glassbox.network.Network;
import dev.glassbox.network.Scratch;
import dev.glassbox.network.Sgd;
import dev.glassbox.network.Workspace;

/**
 * One thread's part of plain-SGD training with layer 1 shared out by neuron ({@link Trainer}):
 * its network (thread 0 the trained one; the others one that shares its w^1 and b^1 and has its
 * own copy of the small layers above), its workspace for the whole batch, its BP4 rows, and the
 * a^1 of its neurons that the other threads copy after each batch's forward pass.
 */
final class Lane {
  final Network net;
  final Workspace ws;
  final Scratch sc;
  /**
   * Σ_x ∂C_x/∂b^1_j of the lane's batches, [batch parity][j]: the lane's own neurons when the team
   * shares the batches (thread 0 reads them all for the speed of learning one batch later), every
   * neuron when thread 0 runs them alone.
   */
  final double[][] biasGradient;
  /** ‖(1/m) Σ_x δ^l_x‖ of the lane's last batch, per layer l ≥ 1. */
  final double[] speed;
  /** BP4 rows of every neuron, for thread 0 running batches alone (null: gathered, see FirstLayerGradient.WIDEST). */
  final FirstLayerGradient alone;
  /** The neurons [j0, j1) this thread owns when the team shares the batches, and their BP4 rows (null: gathered, or none). */
  final int j0;
  final int j1;
  final FirstLayerGradient share;
  /** Where the lane keeps the weights and biases of all neurons (thread 0 alone) and of its own. */
  final FirstLayerColumns aloneColumns;
  final FirstLayerColumns columns;
  /** a^1 of the lane's neurons, [batch parity][s * (j1 - j0) + j - j0], for the other threads. */
  final double[][] sharedA;
  /**
   * The rows of w^2 leaving the lane's neurons, as it stepped them in a batch, [parity of the next
   * batch][(j - j0) * n2 + i], for the other threads to take at the next meeting.
   */
  final double[][] secondLayerRows;
  /** The step of the lane's network (set at the start of each run of batches). */
  Sgd sgd;

  Lane(Network trained, int t, int threads, int batchSize) {
    net = t == 0 ? trained : trained.sharingFirstLayer();
    ws = new Workspace(net, batchSize);
    sc = new Scratch(net, batchSize);
    int hidden = net.size(1);
    biasGradient = new double[][] {new double[hidden + 16], new double[hidden + 16]};
    speed = new double[net.layers()];
    alone = t == 0 && FirstLayerGradient.scatters(0, hidden) ? new FirstLayerGradient(net, 0, hidden) : null;
    j0 = Team.from(hidden, t, threads);
    j1 = Team.from(hidden, t + 1, threads);
    share = j0 < j1 && FirstLayerGradient.scatters(j0, j1) ? new FirstLayerGradient(net, j0, j1) : null;
    aloneColumns = t == 0 ? FirstLayerColumns.inPlace(net, 0, hidden) : null;
    // a narrow share in a copy of the thread's own, thread 0's too: the lines each writes are its
    // alone, and its rows are whole vectors on lines of their own (FirstLayerColumns.copied)
    columns = j0 == j1 ? null
        : share != null ? FirstLayerColumns.copied(net, j0, j1) : FirstLayerColumns.inPlace(net, j0, j1);
    // a cache line of room after each, so that this thread's writes share no line with another's
    int n = batchSize * (j1 - j0) + 16;
    sharedA = new double[][] {new double[n], new double[n]};
    int rows = (j1 - j0) * net.size(2) + 16;
    secondLayerRows = new double[][] {new double[rows], new double[rows]};
  }
}
