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
 * own copy of the small layers above), its workspace for the whole batch, and its neurons in each
 * way of sharing layer 1 out ({@link NeuronShare}).
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
  /** Where thread 0 alone keeps the weights and biases of all neurons: in place. */
  final FirstLayerColumns aloneColumns;
  /** The lane's neurons in each way of sharing layer 1 out ({@link NeuronSplit#bounds}). */
  final NeuronShare[] shares;
  /** The step of the lane's network (set at the start of each run of batches). */
  Sgd sgd;

  /**
   * Thread t's lane; {@code bounds[i]} is the i-th way of sharing layer 1 out, thread u owning
   * neurons [bounds[i][u], bounds[i][u + 1]).
   */
  Lane(Network trained, int t, int[][] bounds, int batchSize) {
    net = t == 0 ? trained : trained.sharingFirstLayer();
    ws = new Workspace(net, batchSize);
    sc = new Scratch(net, batchSize);
    int hidden = net.size(1);
    biasGradient = new double[][] {new double[hidden + 16], new double[hidden + 16]};
    speed = new double[net.layers()];
    alone = t == 0 && FirstLayerGradient.scatters(0, hidden) ? new FirstLayerGradient(net, 0, hidden) : null;
    aloneColumns = t == 0 ? FirstLayerColumns.inPlace(net, 0, hidden) : null;
    shares = new NeuronShare[bounds.length];
    for (int i = 0; i < bounds.length; i++) {
      shares[i] = new NeuronShare(net, bounds[i][t], bounds[i][t + 1], batchSize);
    }
  }
}
