package dev.glassbox.training;

import dev.glassbox.network.Backprop;
import dev.glassbox.network.EpochRows;
import dev.glassbox.network.FirstLayerColumns;
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
 * layer 1 by hidden neuron (each thread owns its columns of w^1, see runShare); with momentum,
 * feedforward and backprop are shared out by sample and the step by weight row. Every number is
 * independent of the thread that computes it, so a seed gives the same weights bit for bit with
 * any thread count ({@code TrainerTest} holds both ways to the single-thread step).
 */
public final class Trainer {
  /**
   * Receives progress from the training thread; keep it cheap. It may read the network between
   * batches, never change it.
   */
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

    /**
     * Whether {@link #batchesDone} reads the network (by default it may). With one that does not,
     * the threads of a team keep their copies of layer 1 from one run of batches to the next.
     */
    default boolean readsNetwork() {
      return true;
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
  private int[] order;
  // the training rows in the epoch's order: copied at its start by one thread (the copy is bound
  // by memory, and took 18-20 ms on two threads against 16 on one), or during the epoch before
  // (see nextEpochRows); not for distorted inputs, which come fresh each epoch: a second copy of
  // them would keep as much again alive (about 180 MB for MNIST) for a few percent of speed
  private EpochRows rows = new EpochRows();
  private boolean sideBySide = true;
  // with a team of two or more, the next epoch's order is shuffled one epoch ahead, and its rows
  // copied during this epoch by threads that would otherwise wait (RowsAhead); null: not yet
  private int[] nextOrder;
  private EpochRows nextRows;
  private RowsAhead ahead;
  private final SplittableRandom rng;
  private final Team.Task forwardBackward = this::forwardBackward;
  private final Team.Task update = this::update;
  private final Team.Step trainBatch = this::trainBatch;
  // layer 1 shared out by neuron (see runShare): plain SGD on a network with a hidden layer
  private final boolean byNeuron;
  private final Lane[] lanes;
  // how layer 1 is shared out between the threads, and the split of the run under way
  private final NeuronSplit split;
  private int layout;
  private final long[] waited;
  private final Team.Step trainRun = this::trainRun;
  private final Team.Task runShare = this::runShare;
  // whether the threads' copies of their columns of w^1 (FirstLayerColumns) hold w^1 as it is: set
  // after a run with the team, cleared by a run alone and at the start of an epoch; and whether the
  // run under way takes them as they are, without loading them again
  private boolean copiesCurrent;
  private boolean reuseCopies;
  // whether a run with the team leaves its copies of w^1 unstored (deferStore: nothing reads the
  // network between runs in this epoch), and whether the copies of split aheadLayout now hold w^1
  // ahead of the network, to be stored before anything reads it there (flushCopies)
  private boolean deferStore;
  private boolean copiesAhead;
  private int aheadLayout;
  // whether the last run was shared out (thread 0 did not run it alone), and whether the one before
  // it was too, in this epoch (so the worker was not waking up in it)
  private boolean shared;
  private boolean warm;
  // the run of mini-batches [runFrom, runTo) being trained, and the batch whose cost was not finite
  private int runFrom;
  private int runTo;
  private int diverged;
  private double divergedCost;
  // thread 0's last batch of a shared run, not yet added to the epoch (see settle)
  private boolean pending;
  private int pendingBatch;
  private double pendingCost;
  private int epoch;
  private final long seed;
  private double dropout;
  // the batch being trained and its summed cost
  private int batch;
  private double batchCost;
  // the epoch's summed cost so far, added batch by batch in order
  private double epochCost;
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
    lanes = new Lane[byNeuron ? team.size() : 0];
    split = byNeuron ? new NeuronSplit(net.size(1), team.size()) : null;
    for (int t = 0; t < lanes.length; t++) {
      lanes[t] = new Lane(net, t, split.bounds, this.batchSize);
    }
    waited = new long[team.size()];
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
    sideBySide = false;
  }

  /** Has every run shared out by neuron take the next split of layer 1 in turn: for tests. */
  void splitsInTurn() {
    split.inTurn = true;
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
    copiesCurrent = false; // the network may have been changed between epochs
    // a listener may read the network after any run
    deferStore = listener == null || !listener.readsNetwork();
    warm = false;
    nextEpochRows();
    Dropout mask = Dropout.of(dropout, seed, epoch);
    ws.dropout(mask);
    for (Lane lane : lanes) {
      lane.ws.dropout(mask);
    }
    int n = train.size();
    int batches = batchesPerEpoch();
    int every = Math.max(1, batches / REPORTS);
    epochCost = 0;
    double reported = 0;
    int reportedSamples = 0;
    java.util.Arrays.fill(epochSpeedSum, 0);
    java.util.Arrays.fill(reportSpeedSum, 0);
    int reportedBatches = 0;
    epochSpeeds = LayerSpeeds.none();
    // plain SGD hands the team a run of batches at a time (up to the next report), so fewer runs
    // calibrate; later epochs begin with the way found faster (see Team.step)
    if (epoch == 1) {
      team.startRound(byNeuron ? RUN_CALIBRATION : Team.CALIBRATION);
    } else {
      team.nextRound();
    }
    // however the epoch ends (a divergence, a stop, a failure), the network is left holding every
    // step taken: copies of w^1 ahead of it are stored (see deferStore)
    try {
      for (int b = 0; b < batches; ) {
        int end = Math.min(batches, (b / every + 1) * every);
        if (byNeuron) {
          runFrom = b;
          runTo = end;
          diverged = -1;
          team.step(trainRun, runTo - runFrom);
          if (diverged >= 0) {
            throw new DivergedException(epoch, diverged + 1, divergedCost);
          }
        } else {
          for (int i = b; i < end; i++) {
            int from = i * batchSize;
            batch = i;
            batchCost = 0;
            load(ws, from, Math.min(batchSize, n - from));
            team.step(trainBatch);
            account(batchCost, batchSpeed);
          }
        }
        b = end;
        if (listener != null) {
          int samples = Math.min(n, b * batchSize);
          epochSpeeds = LayerSpeeds.mean(epochSpeedSum, b);
          listener.batchesDone(b, batches, (epochCost - reported) / (samples - reportedSamples),
              LayerSpeeds.mean(reportSpeedSum, b - reportedBatches));
          reported = epochCost;
          reportedSamples = samples;
          reportedBatches = b;
          java.util.Arrays.fill(reportSpeedSum, 0);
          if (listener.stopRequested()) {
            lastEpochComplete = b == batches;
            return epochCost / samples;
          }
        }
      }
    } finally {
      flushCopies();
    }
    if (ahead != null) {
      // the next epoch's rows are copied within this one: an epoch leaves no work to the threads
      // that idle after it (a bench that times two trainers in turn would give it to the other)
      ahead.finish();
    }
    lastEpochComplete = true;
    epochSpeeds = LayerSpeeds.mean(epochSpeedSum, batches);
    return epochCost / n;
  }

  /**
   * Progress reports per epoch (to the listener; fewer when an epoch has fewer batches). With plain
   * SGD a team runs the batches between two reports in one go, and each run pays for handing the
   * weights over: with 100 reports rather than 200, two-thread epochs took 2-8% less (784,30,10
   * and 784,100,10, two trainers timed epoch by epoch in turn), and a report still comes every
   * 1 ms of 784,30,10 and every 20 ms of 784,800,10.
   */
  public static final int REPORTS = 100;

  /**
   * Runs of mini-batches timed each way in the first epoch (see {@link Team#step}): runs of
   * the usual length, since a run pays for handing the weights over once, and a short run would
   * make the team look slower than it is.
   */
  static final int RUN_CALIBRATION = 4;

  // positions [from, from + m) of the epoch's order as the batch in ws
  private void load(Workspace into, int from, int m) {
    if (sideBySide) {
      into.load(rows, from, m);
    } else {
      into.load(train, order, from, m);
    }
  }

  // a trained batch's cost and speeds of learning, added to the epoch's in batch order
  private void account(double cost, double[] speeds) {
    epochCost += cost;
    for (int l = 1; l < speeds.length; l++) {
      epochSpeedSum[l] += speeds[l];
      reportSpeedSum[l] += speeds[l];
    }
  }

  // one mini-batch, already loaded: feedforward and backprop by sample, then gradient and step by
  // weight row; a batch whose cost is not finite stops before its step
  private void trainBatch(Team.Runner runner) {
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

  /*
   * The epoch's order and rows. The orders are the same with any team: each is the one before
   * shuffled by the next draws of the seeded stream. With a team, the next epoch's order is drawn
   * now, and its rows are left to the team to copy while it would otherwise wait.
   */
  private void nextEpochRows() {
    boolean ready = false;
    if (ahead == null) {
      shuffle(order);
    } else {
      // drawn one epoch ahead; its rows are of no use if the inputs changed (distorted epochs)
      EpochRows made = ahead.finish();
      ready = made.source() == train;
      int[] t = order;
      order = nextOrder;
      nextOrder = t;
      nextRows = rows;
      rows = made;
    }
    if (sideBySide && !ready) {
      rows.arrange(train, order);
    }
    if (team.size() > 1 && sideBySide) {
      if (nextOrder == null) {
        nextOrder = new int[order.length];
        nextRows = new EpochRows();
      }
      System.arraycopy(order, 0, nextOrder, 0, order.length);
      shuffle(nextOrder);
      ahead = new RowsAhead(nextRows, train, nextOrder);
      team.fill(ahead);
    } else if (ahead != null) {
      // distorted epochs from now on: each order is drawn at the start of its epoch again
      ahead = null;
      nextRows = null;
      team.fill(null);
    }
  }

  // Fisher-Yates on the running order, as numpy's permutation does on a fresh range
  private void shuffle(int[] order) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  // the run of batches [runFrom, runTo) on the team, or on thread 0 alone; then the last batch's
  // speed of learning, once every thread has left its share of b^1's gradient
  private void trainRun(Team.Runner runner) {
    pending = false;
    // copies of another split's shares are of no use
    reuseCopies = copiesCurrent && split.current() == layout;
    layout = split.current();
    copiesCurrent = false;
    shared = false;
    long t0 = System.nanoTime();
    runner.run(runShare);
    if (pending) {
      settle();
    }
    if (shared && warm) {
      for (int t = 0; t < waited.length; t++) {
        waited[t] = team.waited(t);
      }
      split.afterRun(waited, System.nanoTime() - t0, runTo - runFrom);
    } else {
      split.skip();
    }
    warm = shared;
  }

  /*
   * Thread t's share of a run of mini-batches with layer 1 shared out by neuron (the columns of w^1
   * in this layout, the rows of the book's w^1): each thread computes z^1, a^1 and δ^1 of its own
   * neurons for every sample, steps only its own columns of w^1 and b^1, and so keeps its part of
   * w^1 in its own cache. One meeting per batch: after the forward pass of layer 1, each thread
   * copies the other threads' a^1 (left in a buffer per batch parity, so the next batch cannot
   * overwrite what a slower thread still reads). Then every thread computes the small layers above
   * for the whole batch itself and steps its own copy of them: the same numbers on every thread,
   * cheaper than handing them over. Only the rows of w^2 leaving a thread's own neurons are stepped
   * by that thread alone, and handed over at the next meeting with a^1 (stepping them all took 7 ms
   * per epoch of 784,30,10 on each thread). Thread 0 adds up b^1's gradient for the speed of
   * learning at the next meeting. Every number is computed by the same kernels in the same order
   * as in Sgd.step, so the result does not depend on the thread count, nor on which thread owns
   * which neurons: with two threads the split moves between runs towards the thread that waited
   * more at the meetings (NeuronSplit).
   */
  private void runShare(int t, int threads) {
    Lane lane = lanes[t];
    if (t > 0) {
      // the layers above may have been stepped by thread 0 alone since this lane last ran
      lane.net.copyLayersAboveFrom(net);
      lane.sgd = sgd.on(lane.net);
    } else {
      lane.sgd = sgd;
    }
    NeuronShare share = lane.shares[layout];
    FirstLayerGradient fg = threads == 1 ? lane.alone : share.gradient;
    FirstLayerColumns columns = threads == 1 ? lane.aloneColumns : share.columns;
    int j0 = threads == 1 ? 0 : share.j0;
    int j1 = threads == 1 ? net.size(1) : share.j1;
    if (t == 0) {
      shared = threads > 1;
    }
    if (copiesAhead && threads == 1) {
      flushCopies(); // thread 0 alone trains w^1 in the network
    } else if (copiesAhead && !reuseCopies) {
      // another split's copies are ahead: each thread stores its own inputs' rows of them, and all
      // wait for all before the copies of this split are loaded from the network
      storeRows(aheadLayout, t, threads);
      team.sync(t, threads);
      if (t == 0) {
        copiesAhead = false; // every thread read it before the meeting
      }
    }
    if (columns != null && !(threads > 1 && reuseCopies)) {
      columns.load();
    }
    boolean stored = false;
    try {
      for (int b = runFrom; b < runTo; b++) {
        double cost = neuronBatch(lane, t, threads, b, fg, columns, j0, j1);
        if (!Double.isFinite(cost)) {
          // every thread sees the same cost: none steps, and the trainer stops
          if (t == 0) {
            diverged = b;
            divergedCost = cost;
          }
          break;
        }
        if (t == 0) {
          if (threads == 1) {
            account(cost, lane.speed);
          } else {
            // b^1's speed needs the other threads' shares: added up after the next meeting
            pending = true;
            pendingBatch = b;
            pendingCost = cost;
          }
        }
      }
      if (threads > 1) {
        // once every share is trained, each thread writes back its own inputs' rows of w^1, from
        // every share (see FirstLayerColumns.store), unless nothing reads them before the next run,
        // and thread 0 takes the others' last rows of w^2
        team.sync(t, threads);
        if (!deferStore) {
          storeRows(layout, t, threads);
        }
        if (t == 0) {
          // the batches before a diverged one stepped; its own did not
          int stepped = diverged >= 0 ? diverged : runTo;
          for (int u = 1; u < threads && stepped > runFrom; u++) {
            NeuronShare other = lanes[u].shares[layout];
            if (other.j0 < other.j1) {
              net.loadWeightRows(2, other.j0, other.j1, other.secondLayerRows[stepped & 1]);
            }
          }
        }
        stored = true;
        if (t == 0) {
          // each copy now holds w^1 as it is (stored, or ahead of the network), and only a run
          // alone changes w^1 before the next run (the listener between runs reads it), so the
          // next run with the team need not load its copies again
          copiesCurrent = true;
          copiesAhead = deferStore;
          aheadLayout = layout;
        }
      }
    } finally {
      // a failed thread leaves the others at a meeting it never reaches: each stores its own share
      if (!stored && columns != null) {
        columns.store();
      }
    }
  }

  // thread t of n writes back its own inputs' rows of w^1 from the copies of every share of a split
  private void storeRows(int splitIndex, int t, int threads) {
    int k0 = Team.from(net.size(0), t, threads);
    int k1 = Team.from(net.size(0), t + 1, threads);
    for (Lane other : lanes) {
      FirstLayerColumns c = other.shares[splitIndex].columns;
      if (c != null) {
        c.store(k0, k1);
      }
    }
  }

  // stores the copies of w^1 that are ahead of the network (see deferStore), on this thread alone:
  // every input's row, as the one thread of one
  private void flushCopies() {
    if (copiesAhead) {
      storeRows(aheadLayout, 0, 1);
      copiesAhead = false;
    }
  }

  // adds the pending batch to the epoch, with the speed of learning of b^1 from every thread's share
  private void settle() {
    int parity = pendingBatch & 1;
    double sq = 0;
    for (Lane lane : lanes) {
      double[] g = lane.biasGradient[parity];
      NeuronShare share = lane.shares[layout];
      for (int j = share.j0; j < share.j1; j++) {
        sq += g[j] * g[j];
      }
    }
    double[] speed = lanes[0].speed;
    speed[1] = Math.sqrt(sq) / batchLength(pendingBatch);
    account(pendingCost, speed);
    pending = false;
  }

  // samples in batch b of the epoch
  private int batchLength(int b) {
    return Math.min(batchSize, train.size() - b * batchSize);
  }

  // batch b on thread t of n, owning neurons [j0, j1) of layer 1, kept in columns (null: none), with
  // their BP4 rows fg (null: gathered); its cost
  private double neuronBatch(Lane lane, int t, int threads, int b, FirstLayerGradient fg,
      FirstLayerColumns columns, int j0, int j1) {
    Network own = lane.net;
    Workspace w = lane.ws;
    int m = batchLength(b);
    int parity = b & 1;
    NeuronShare mine = lane.shares[layout];
    load(w, b * batchSize, m);
    if (columns != null) {
      Backprop.feedforwardFirstLayer(own, w, columns);
    }
    if (threads > 1) {
      w.saveFirstLayer(j0, j1, mine.sharedA[parity]);
      team.sync(t, threads);
      if (t == 0 && pending) {
        settle(); // the batch before: every thread wrote its share of b^1's gradient before this meeting
      }
      for (int u = 0; u < threads; u++) {
        NeuronShare other = lanes[u].shares[layout];
        if (u != t && other.j0 < other.j1) {
          w.loadFirstLayer(other.j0, other.j1, other.sharedA[parity]);
          if (b > runFrom) {
            // the rows of w^2 the other thread stepped in the batch before (see below)
            own.loadWeightRows(2, other.j0, other.j1, other.secondLayerRows[parity]);
          }
        }
      }
    }
    Backprop.feedforwardAbove(own, w, 0, m);
    Backprop.backward(own, w, 0, m, 2);
    double cost = 0;
    for (int s = 0; s < m; s++) {
      cost += Backprop.cost(own, w, s);
    }
    if (!Double.isFinite(cost)) {
      return cost;
    }
    Backprop.firstLayerDelta(own, w, j0, j1);
    if (fg != null) {
      Backprop.firstLayerGradient(own, w, fg);
      lane.sgd.stepFirstLayer(fg, columns, m);
    } else if (j0 < j1) {
      // a wide share: each touched row's terms gathered from the batch sorted by column
      w.sortColumns(0, own.size(0));
      lane.sgd.stepFirstLayerNeurons(w, j0, j1, lane.sc);
    }
    double[] g1 = lane.biasGradient[parity];
    Backprop.biasGradient(own, w, 1, j0, j1, g1);
    if (columns != null) {
      lane.sgd.stepFirstLayerBiases(columns, g1, m);
    }
    if (threads == 1) {
      lane.speed[1] = norm(g1, own.size(1)) / m;
    }
    for (int l = 2; l < own.layers(); l++) {
      if (l == 2 && threads > 1) {
        // each thread steps only the rows of w^2 leaving its own neurons, and hands them to the
        // others for the next batch (a buffer per batch parity, as for a^1)
        lane.sgd.stepWeightRows(w, 2, j0, j1, lane.sc);
        own.saveWeightRows(2, j0, j1, mine.secondLayerRows[parity ^ 1]);
      } else {
        lane.sgd.stepWeightRows(w, l, 0, own.size(l - 1), lane.sc);
      }
      lane.sgd.stepBiases(w, l, lane.sc);
      lane.speed[l] = norm(lane.sc.gradient(), own.size(l)) / m;
    }
    return cost;
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
