package dev.glassbox.training;

import dev.glassbox.network.Backprop;
import dev.glassbox.network.FirstLayerGradient;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Scratch;
import dev.glassbox.network.Sgd;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Workspace;
import java.util.SplittableRandom;

/**
 * Mini-batch SGD over epochs (Nielsen's {@code SGD}): shuffle, cut into mini-batches, and for each
 * batch run feedforward and backprop on every sample, then BP3/BP4 and the step: what
 * {@link Sgd#step} does on one thread, shared out across the {@link Team}. Plain SGD shares out
 * layer 1 by hidden neuron (each thread owns its columns of w^1, see splitBatch); with momentum,
 * feedforward and backprop are shared out by sample and the step by weight row. Every number is
 * independent of the thread that computes it, so a seed gives the same weights bit for bit with
 * any thread count ({@code TrainerTest} holds both ways to the single-thread step).
 */
public final class Trainer {
  /** Receives progress from the training thread; keep it cheap. */
  public interface BatchListener {
    /** Called every few batches with the number done so far in this epoch. */
    void batchesDone(int done, int total);

    /**
     * Like {@link #batchesDone(int, int)}, with the mean cost C of the samples trained since the
     * previous call (each at the weights it was trained on); by default forwards to it.
     */
    default void batchesDone(int done, int total, double recentCost) {
      batchesDone(done, total);
    }

    /**
     * Like {@link #batchesDone(int, int, double)}, with each layer's speed of learning averaged
     * over the mini-batches trained since the previous call; by default forwards to it.
     */
    default void batchesDone(int done, int total, double recentCost, LayerSpeeds recentSpeeds) {
      batchesDone(done, total, recentCost);
    }

    /** Checked every few batches: true ends the epoch early (after a whole batch). */
    default boolean stopRequested() {
      return false;
    }
  }

  private final Network net;
  private final Sgd sgd;
  private Inputs train;
  private final int batchSize;
  private final Team team;
  private final Workspace ws;
  private final Scratch[] scratch;
  private final double[] slotCost;
  // ‖(1/m) Σ_x δ^l_x‖ of the current batch, per layer l (each written by the thread updating b^l)
  private final double[] batchSpeed;
  private final double[] epochSpeedSum;
  private final double[] reportSpeedSum;
  private LayerSpeeds epochSpeeds = LayerSpeeds.none();
  private final int[] order;
  private final SplittableRandom rng;
  private final Team.Task forwardBackward = this::forwardBackward;
  private final Team.Task update = this::update;
  private final Team.Step trainBatch = this::trainBatch;
  private final Team.Task splitBatch = this::splitBatch;
  // layer 1 shared out by neuron (see splitBatch): plain SGD on a network with a hidden layer
  private final boolean byNeuron;
  private final double[] firstBiasGradient;
  private final Workspace[] beside;
  // BP4 of layer 1 by scatter: for one thread alone, and each thread's share of the neurons
  private final FirstLayerGradient aloneGradient;
  private final FirstLayerGradient[] sharedGradient;
  private int epoch;
  private final long seed;
  private double dropout;
  // the batch being trained and its summed cost
  private int batch;
  private double batchCost;
  private boolean lastEpochComplete;

  /**
   * @param net trained in place
   * @param train the training inputs (labelled)
   * @param batchSize mini-batch size m
   * @param seed seeds the shuffling stream
   * @param team threads to use (not closed by the trainer)
   */
  public Trainer(Network net, Sgd sgd, Inputs train, int batchSize, long seed, Team team) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (!train.labeled()) {
      throw new IllegalArgumentException("training data must be labelled");
    }
    if (train.size() == 0) {
      throw new IllegalArgumentException("no training data");
    }
    train.checkLabelsFit(net, "training data");
    if (sgd.network() != net) {
      throw new IllegalArgumentException("the Sgd given trains another network");
    }
    this.net = net;
    this.sgd = sgd;
    this.train = train;
    this.batchSize = Math.min(batchSize, train.size());
    this.team = team;
    this.ws = new Workspace(net, this.batchSize);
    this.byNeuron = sgd.momentum() == 0 && net.layers() >= 3
        && !"false".equals(System.getProperty("glassbox.byNeuron"));
    this.firstBiasGradient = new double[net.size(1)];
    beside = new Workspace[team.size()];
    for (int t = 1; t < beside.length; t++) {
      beside[t] = ws.beside();
    }
    sharedGradient = new FirstLayerGradient[team.size()];
    if (byNeuron) {
      int hidden = net.size(1);
      aloneGradient = new FirstLayerGradient(net, 0, hidden);
      for (int t = 0; t < team.size(); t++) {
        int j0 = Team.from(hidden, t, team.size());
        int j1 = Team.from(hidden, t + 1, team.size());
        sharedGradient[t] = j0 < j1 ? new FirstLayerGradient(net, j0, j1) : null;
      }
    } else {
      aloneGradient = null;
    }
    scratch = new Scratch[team.size()];
    for (int t = 0; t < scratch.length; t++) {
      scratch[t] = new Scratch(net, this.batchSize);
    }
    slotCost = new double[this.batchSize];
    batchSpeed = new double[net.layers()];
    epochSpeedSum = new double[net.layers()];
    reportSpeedSum = new double[net.layers()];
    order = new int[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    rng = new SplittableRandom(seed);
    this.seed = seed;
  }

  /**
   * Drops each hidden neuron with probability {@code p} in the following training steps (inverted
   * dropout, {@link Dropout}; 0: none), the mask a hash of (seed, epoch, row, layer, neuron).
   */
  public void dropout(double p) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + p);
    }
    dropout = p;
  }

  /**
   * Trains the following epochs on {@code inputs}: the same images distorted afresh (data
   * augmentation), so the same number of rows with the same labels.
   */
  public void useInputs(Inputs inputs) {
    if (inputs.size() != train.size()) {
      throw new IllegalArgumentException(inputs.size() + " inputs in place of " + train.size());
    }
    this.train = inputs;
  }

  /** Number of mini-batches per epoch. */
  public int batchesPerEpoch() {
    return (train.size() + batchSize - 1) / batchSize;
  }

  /**
   * The rows of the training inputs in the current epoch's order (a copy): mini-batch b of the
   * epoch is rows {@code [b * m, b * m + m)} of it, in that order (the order its gradients are
   * summed in). Before the first epoch, the unshuffled order.
   */
  public int[] epochOrder() {
    return order.clone();
  }

  /** Whether the last {@link #trainEpoch} ran to its end (false when it was stopped early). */
  public boolean lastEpochComplete() {
    return lastEpochComplete;
  }

  /**
   * Each layer's speed of learning in the last {@link #trainEpoch}, averaged over its mini-batches
   * (those that ran, when it was stopped early); see {@link LayerSpeeds}.
   */
  public LayerSpeeds epochSpeeds() {
    return epochSpeeds;
  }

  /** Epochs started so far. */
  public int epochsDone() {
    return epoch;
  }

  /**
   * One epoch: a new shuffle, then every mini-batch. The weights are not touched by a batch whose
   * cost is not finite: that batch throws {@link DivergedException} before its update.
   *
   * @return the mean cost of the epoch's samples, each taken at the weights it was trained on
   */
  public double trainEpoch(BatchListener listener) {
    epoch++;
    shuffle();
    ws.dropout(dropout > 0 ? new Dropout(dropout, seed, epoch) : null);
    int n = train.size();
    int batches = batchesPerEpoch();
    int every = Math.max(1, batches / 200);
    double total = 0;
    double reported = 0;
    int reportedSamples = 0;
    java.util.Arrays.fill(epochSpeedSum, 0);
    java.util.Arrays.fill(reportSpeedSum, 0);
    int reportedBatches = 0;
    epochSpeeds = LayerSpeeds.none();
    team.startRound();
    for (int b = 0; b < batches; b++) {
      int from = b * batchSize;
      batch = b;
      batchCost = 0;
      ws.load(train, order, from, Math.min(batchSize, n - from));
      team.step(trainBatch);
      total += batchCost;
      for (int l = 1; l < batchSpeed.length; l++) {
        epochSpeedSum[l] += batchSpeed[l];
        reportSpeedSum[l] += batchSpeed[l];
      }
      if (listener != null && ((b + 1) % every == 0 || b + 1 == batches)) {
        int samples = Math.min(n, (b + 1) * batchSize);
        epochSpeeds = LayerSpeeds.mean(epochSpeedSum, b + 1);
        listener.batchesDone(b + 1, batches, (total - reported) / (samples - reportedSamples),
            LayerSpeeds.mean(reportSpeedSum, b + 1 - reportedBatches));
        reported = total;
        reportedSamples = samples;
        reportedBatches = b + 1;
        java.util.Arrays.fill(reportSpeedSum, 0);
        if (listener.stopRequested()) {
          lastEpochComplete = b + 1 == batches;
          return total / Math.min(n, (b + 1) * batchSize);
        }
      }
    }
    lastEpochComplete = true;
    epochSpeeds = LayerSpeeds.mean(epochSpeedSum, batches);
    return total / n;
  }

  // one mini-batch, already loaded: feedforward and backprop by sample, then gradient and step by
  // weight row; a batch whose cost is not finite stops before its step
  private void trainBatch(Team.Runner runner) {
    if (byNeuron) {
      runner.run(splitBatch);
      if (!Double.isFinite(batchCost)) {
        throw new DivergedException(epoch, batch + 1, batchCost);
      }
      batchSpeed[1] = norm(firstBiasGradient, net.size(1)) / ws.count();
      return;
    }
    runner.run(forwardBackward);
    double cost = 0;
    for (int s = 0; s < ws.count(); s++) {
      cost += slotCost[s];
    }
    if (!Double.isFinite(cost)) {
      throw new DivergedException(epoch, batch + 1, cost);
    }
    batchCost = cost;
    runner.run(update);
  }

  // ‖g‖ over g[0 .. n)
  private static double norm(double[] g, int n) {
    double sq = 0;
    for (int j = 0; j < n; j++) {
      sq += g[j] * g[j];
    }
    return Math.sqrt(sq);
  }

  // Fisher-Yates on the running order, as numpy's permutation does on a fresh range
  private void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  /*
   * One mini-batch with layer 1 shared out by neuron (the columns of w^1 in this layout, the rows
   * of the book's w^1): each thread computes z^1, a^1 and δ^1 of its own neurons for every sample
   * and steps only its own columns of w^1, so the two cores never write the same weights and each
   * keeps its half of w^1 in its own cache. The small layers above run on every thread at once
   * (each computes the same numbers in its own workspace), which costs less than another hand-off. Two barriers: a^1
   * complete before the layers above read it; everyone done reading w^2.. before anyone steps it.
   * Every number is computed by the same kernels in the same order as in Sgd.step.
   */
  private void splitBatch(int t, int threads) {
    Scratch sc = scratch[t];
    // thread 0 works in ws; the others in a workspace beside it, with their own layers 2 .. L
    Workspace ws = t == 0 ? this.ws : beside[t];
    if (t > 0) {
      ws.follow();
    }
    int m = ws.count();
    int hidden = net.size(1);
    int j0 = Team.from(hidden, t, threads);
    int j1 = Team.from(hidden, t + 1, threads);
    Backprop.feedforwardFirstLayer(net, ws, j0, j1);
    team.await(threads);
    Backprop.feedforwardAbove(net, ws, 0, m);
    Backprop.backward(net, ws, 0, m, 2);
    Backprop.firstLayerDelta(net, ws, j0, j1);
    double cost = 0;
    for (int s = 0; s < m; s++) {
      cost += Backprop.cost(net, ws, s);
    }
    if (t == 0) {
      batchCost = cost;
    }
    if (!Double.isFinite(cost)) {
      return; // every thread sees the same cost: none steps, and the trainer stops
    }
    team.await(threads);
    FirstLayerGradient fg = threads == 1 ? aloneGradient : sharedGradient[t];
    if (fg != null) {
      Backprop.firstLayerGradient(net, ws, fg);
      sgd.stepFirstLayer(fg, m);
    }
    Backprop.biasGradient(net, ws, 1, j0, j1, firstBiasGradient);
    sgd.stepBiases(1, firstBiasGradient, m, j0, j1);
    // row k of w^2 leaves hidden neuron k: the same share
    sgd.stepWeightRows(ws, 2, j0, j1, sc);
    for (int l = 3; l < net.layers(); l++) {
      int rows = net.size(l - 1);
      sgd.stepWeightRows(ws, l, Team.from(rows, t, threads), Team.from(rows, t + 1, threads), sc);
    }
    for (int l = 2; l < net.layers(); l++) {
      if ((l - 2) % threads == t) {
        sgd.stepBiases(ws, l, sc);
        batchSpeed[l] = norm(sc.gradient(), net.size(l)) / m;
      }
    }
  }

  private void forwardBackward(int t, int threads) {
    int m = ws.count();
    int s0 = Team.from(m, t, threads);
    int s1 = Team.from(m, t + 1, threads);
    if (s0 == s1) {
      return;
    }
    Backprop.feedforward(net, ws, s0, s1);
    Backprop.backward(net, ws, s0, s1);
    for (int s = s0; s < s1; s++) {
      slotCost[s] = Backprop.cost(net, ws, s);
    }
  }

  private void update(int t, int threads) {
    Scratch sc = scratch[t];
    // each thread takes its share of every layer's weight rows (for w^1: split by input index)
    for (int l = 1; l < net.layers(); l++) {
      int rows = net.size(l - 1);
      sgd.stepWeightRows(ws, l, Team.from(rows, t, threads), Team.from(rows, t + 1, threads), sc);
    }
    for (int l = 1; l < net.layers(); l++) {
      if ((l - 1) % threads == t) {
        sgd.stepBiases(ws, l, sc);
        // the speed of learning reads the gradient the update used (it is left in sc): no new sums
        batchSpeed[l] = norm(sc.gradient(), net.size(l)) / ws.count();
      }
    }
  }
}
