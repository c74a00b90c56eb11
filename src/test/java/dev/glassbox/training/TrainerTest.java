package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.Mnist;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Backprop;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Scratch;
import dev.glassbox.network.Sgd;
import dev.glassbox.network.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer on real MNIST images: it learns, it is deterministic, it stops cleanly. */
class TrainerTest {
  private static final Inputs TRAIN = Datasets.inputs(Mnist.train().subset(0, 3000));
  private static final Inputs VALIDATION = Datasets.inputs(Mnist.train().subset(50000, 51000));

  private static Network trained(int threads, double lambda, double momentum, int epochs) {
    TrainingConfig c = new TrainingConfig(new int[] {784, 20, 10}, Activation.SIGMOID,
        Activation.SIGMOID, Cost.CROSS_ENTROPY, Init.SCALED, 0.5, epochs, 10, lambda, momentum, 7, threads);
    Network net = c.newNetwork();
    try (Team team = new Team(threads)) {
      Trainer t = new Trainer(net, new Sgd(net, c.eta(), lambda, momentum, TRAIN.size()), TRAIN, 10, 7, team);
      for (int e = 0; e < epochs; e++) {
        t.trainEpoch(null);
      }
    }
    return net;
  }

  @Test
  void sameSeedGivesTheSameWeightsBitForBitWhateverTheThreadCount() {
    for (double[] lm : new double[][] {{0, 0}, {5.0, 0.5}}) {
      Network one = trained(1, lm[0], lm[1], 2);
      Network two = trained(2, lm[0], lm[1], 2);
      Network three = trained(3, lm[0], lm[1], 2);
      assertTrue(one.sameParameters(two), "1 vs 2 threads, lambda/momentum " + lm[0] + "/" + lm[1]);
      assertTrue(one.sameParameters(three), "1 vs 3 threads");
    }
  }

  /**
   * The trainer's shared-out batch (layer 1 split by neuron across threads, the layers above on
   * every thread, BP4 fused with the step) against the plain single-thread path on the same
   * batches: feedforward, backward, then Sgd.step, one batch after the other. The same bits, for
   * shapes with vector and scalar rows, a deeper net, L2 decay on every row, and momentum.
   */
  @Test
  void theSharedOutBatchIsThePlainStepBitForBit() {
    int[][] shapes = {{784, 20, 10}, {784, 5, 10}, {784, 17, 12, 10}, {784, 33, 10}};
    double[][] lambdaMomentum = {{0, 0}, {5.0, 0}, {5.0, 0.5}};
    Inputs train = Datasets.inputs(Mnist.train().subset(0, 700));
    for (int[] sizes : shapes) {
      for (double[] lm : lambdaMomentum) {
        TrainingConfig c = new TrainingConfig(sizes, Activation.SIGMOID, Activation.SIGMOID,
            Cost.CROSS_ENTROPY, Init.SCALED, 0.5, 1, 7, lm[0], lm[1], 11, 1);
        Network start = c.newNetwork();
        for (int threads = 1; threads <= 3; threads++) {
          Network fast = start.copy();
          int[] order;
          try (Team team = new Team(threads)) {
            Trainer t = new Trainer(fast, new Sgd(fast, 0.5, lm[0], lm[1], train.size()), train, 7, 11, team);
            t.trainEpoch(null);
            order = t.epochOrder();
          }
          Network plain = start.copy();
          plainEpoch(new Sgd(plain, 0.5, lm[0], lm[1], train.size()), train, order, 7);
          assertTrue(plain.sameParameters(fast), java.util.Arrays.toString(sizes) + " λ/μ " + lm[0] + "/"
              + lm[1] + ", " + threads + " threads (" + Network.kernelKind() + " kernels)");
        }
      }
    }
  }

  /**
   * Layer 1 shared out by neuron on every run of mini-batches (runs of 3 batches here, so that a^1
   * and the rows of w^2 are handed over inside a run, and the next epoch's rows are copied ahead):
   * the same bits as one thread, for one hidden layer and two.
   */
  @Test
  void theTeamOnEveryRunGivesTheBitsOfOneThread() {
    for (int[] sizes : new int[][] {{784, 20, 10}, {784, 17, 12, 10}}) {
      for (double lambda : new double[] {0, 5.0}) {
        TrainingConfig c = new TrainingConfig(sizes, Activation.SIGMOID, Activation.SIGMOID,
            Cost.CROSS_ENTROPY, Init.SCALED, 0.5, 2, 5, lambda, 0, 7, 1);
        Network one = null;
        for (int threads = 1; threads <= 3; threads++) {
          Network net = c.newNetwork();
          try (Team team = threads == 1 ? new Team(1) : Team.together(threads)) {
            Trainer t = new Trainer(net, new Sgd(net, c.eta(), lambda, 0, TRAIN.size()), TRAIN, 5, 7, team);
            assertTrue(t.batchesPerEpoch() / Trainer.REPORTS >= 3, "runs of several batches");
            for (int e = 0; e < 2; e++) {
              t.trainEpoch(null);
            }
          }
          if (one == null) {
            one = net;
          } else {
            assertTrue(one.sameParameters(net), java.util.Arrays.toString(sizes) + " λ " + lambda + ", "
                + threads + " threads");
          }
        }
      }
    }
  }

  /**
   * A fresh network of {@code c} trained by {@code train} (given its trainer, and 0, then 1) on one
   * thread, then on {@code team}: the two networks, to hold to the same bits.
   */
  private static Network[] oneThreadThenTeam(TrainingConfig c, double eta, int batchSize, long seed,
      Supplier<Team> team, ObjIntConsumer<Trainer> train) {
    Network[] nets = new Network[2];
    for (int i = 0; i < 2; i++) {
      nets[i] = c.newNetwork();
      try (Team tm = i == 0 ? new Team(1) : team.get()) {
        Sgd sgd = new Sgd(nets[i], eta, 0, 0, TRAIN.size());
        Trainer t = new Trainer(nets[i], sgd, TRAIN, batchSize, seed, tm);
        train.accept(t, i);
      }
    }
    return nets;
  }

  /**
   * Runs with the team and alone in turn (two with the team, then one alone): a run with the team
   * after one with the team takes the threads' copies of w^1 as they were left, and a run alone
   * after it steps w^1 in place, so the next run with the team must load them again. The same bits
   * as one thread.
   */
  @Test
  void runsAloneBetweenRunsWithTheTeamGiveTheBitsOfOneThread() {
    TrainingConfig c = new TrainingConfig(new int[] {784, 20, 10}, Activation.SIGMOID, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, 0.5, 2, 5, 0, 0, 7, 1);
    Network[] nets = oneThreadThenTeam(c, c.eta(), 5, 7, () -> Team.inTurns(2, "TTa"), (t, i) -> {
      for (int e = 0; e < 2; e++) {
        t.trainEpoch(null);
      }
    });
    assertTrue(nets[0].sameParameters(nets[1]));
  }

  /**
   * Runs with the team, each with the next way of sharing layer 1 out (NeuronSplit): a thread that
   * owned a neuron in one run may not own it in the next. The same bits as one thread.
   */
  @Test
  void everySplitOfLayerOneInTurnGivesTheBitsOfOneThread() {
    TrainingConfig c = new TrainingConfig(new int[] {784, 40, 10}, Activation.SIGMOID, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, 0.5, 2, 5, 0, 0, 7, 1);
    assertTrue(new NeuronSplit(40, 2).bounds.length >= 3, "several splits of 40 neurons");
    Network[] nets = oneThreadThenTeam(c, c.eta(), 5, 7, () -> Team.together(2), (t, i) -> {
      if (i == 1) {
        t.splitsInTurn();
      }
      for (int e = 0; e < 2; e++) {
        t.trainEpoch(null);
      }
    });
    assertTrue(nets[0].sameParameters(nets[1]));
  }

  /**
   * A listener may read the network between runs: with runs with the team and alone in turn, it
   * sees the weights of layer 1 as one thread leaves them at every report.
   */
  @Test
  void aListenerSeesTheWeightsOfOneThreadAtEveryReport() {
    TrainingConfig c = new TrainingConfig(new int[] {784, 20, 10}, Activation.SIGMOID, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, 0.5, 2, 5, 0, 0, 7, 1);
    List<List<Double>> seen = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Network net = c.newNetwork();
      List<Double> sums = new ArrayList<>();
      seen.add(sums);
      try (Team team = i == 0 ? new Team(1) : Team.inTurns(2, "TTa")) {
        Trainer t = new Trainer(net, new Sgd(net, c.eta(), 0, 0, TRAIN.size()), TRAIN, 5, 7, team);
        t.trainEpoch((done, total) -> sums.add(firstLayerSum(net)));
      }
    }
    assertTrue(seen.get(0).size() > 10, "reports " + seen.get(0).size());
    assertEquals(seen.get(0), seen.get(1));
  }

  /**
   * A listener that does not read the network, and stops the epoch after a few reports, or fails
   * there: the threads keep layer 1 in their copies between its reports, and the network holds
   * every batch trained when the epoch ends early, as with one thread.
   */
  @Test
  void endingAnEpochWhileTheCopiesAreAheadLeavesTheNetworkOfOneThread() {
    TrainingConfig c = new TrainingConfig(new int[] {784, 20, 10}, Activation.SIGMOID, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, 0.5, 2, 5, 0, 0, 7, 1);
    for (boolean fails : new boolean[] {false, true}) {
      Network[] nets = oneThreadThenTeam(c, c.eta(), 5, 7, () -> Team.together(2), (t, i) -> {
        int[] reports = new int[1];
        Trainer.BatchListener stopsAtTheSeventh = new Trainer.BatchListener() {
          @Override
          public void batchesDone(int done, int total) {
            if (++reports[0] == 7 && fails) {
              throw new IllegalStateException("a listener that fails");
            }
          }

          @Override
          public boolean stopRequested() {
            return reports[0] == 7;
          }

          @Override
          public boolean readsNetwork() {
            return false;
          }
        };
        if (fails) {
          assertThrows(IllegalStateException.class, () -> t.trainEpoch(stopsAtTheSeventh));
        } else {
          t.trainEpoch(stopsAtTheSeventh);
          assertFalse(t.lastEpochComplete());
        }
      });
      assertTrue(nets[0].sameParameters(nets[1]), fails ? "failed" : "stopped");
    }
  }

  // Σ w^1_jk + b^1_j, in one order
  private static double firstLayerSum(Network net) {
    double sum = 0;
    for (int j = 0; j < net.size(1); j++) {
      sum += net.bias(1, j);
      for (int k = 0; k < net.size(0); k++) {
        sum += net.weight(1, j, k);
      }
    }
    return sum;
  }

  /**
   * Training that diverges after runs with the team leaves the network as one thread does: every
   * batch before the diverged one stepped, in the network itself (each run with the team keeps
   * layer 1 in the threads' copies while nothing reads it).
   */
  @Test
  void divergingAfterRunsWithTheTeamLeavesTheNetworkOfOneThread() {
    TrainingConfig c = new TrainingConfig(new int[] {784, 20, 10}, Activation.LEAKY_RELU, Activation.SOFTMAX,
        Cost.LOG_LIKELIHOOD, Init.GAUSSIAN, 3.0, 1, 10, 0, 0, 1, 1);
    int[] batch = new int[2];
    Network[] nets = oneThreadThenTeam(c, 1e3, 10, 1, () -> Team.together(2), (t, i) -> {
      DivergedException e = assertThrows(DivergedException.class, () -> t.trainEpoch(null));
      batch[i] = e.batch();
    });
    assertTrue(batch[0] > 300 / Trainer.REPORTS, "diverged in batch " + batch[0] + ", after the first run");
    assertEquals(batch[0], batch[1]);
    assertTrue(nets[0].sameParameters(nets[1]));
  }

  @Test
  void trainingLearnsDigits() {
    Network net = trained(2, 0, 0, 3);
    try (Team team = new Team(2)) {
      Evaluation e = new Evaluator(team).evaluate(net, VALIDATION);
      // 3 epochs on 3,000 images: far above the 10% of guessing
      assertTrue(e.accuracy() > 0.8, "accuracy " + e.accuracy());
      assertEquals(1000, e.total());
      int sum = 0;
      for (int[] row : e.confusion()) {
        for (int v : row) {
          sum += v;
        }
      }
      assertEquals(1000, sum);
      assertEquals(e.wrong(), e.misclassified().length);
    }
  }

  @Test
  void divergingRunStopsBeforeTheBadUpdateAndNamesTheBatch() {
    TrainingConfig c = new TrainingConfig(new int[] {784, 20, 10}, Activation.RELU,
        Activation.SOFTMAX, Cost.LOG_LIKELIHOOD, Init.GAUSSIAN, 3.0, 3, 10, 0, 0, 1, 2);
    Network net = c.newNetwork();
    // weights near the top of the double range: z overflows to infinity, softmax gives NaN
    for (int j = 0; j < 20; j++) {
      for (int k = 0; k < 784; k++) {
        net.setWeight(1, j, k, 1e307);
      }
    }
    Network before = net.copy();
    TrainingRun run = new TrainingRun(c, net, TRAIN, VALIDATION, null);
    DivergedException e = assertThrows(DivergedException.class, () -> run.run(null));
    assertEquals(1, e.epoch());
    assertEquals(1, e.batch());
    assertTrue(e.getMessage().contains("epoch 1, batch 1"), e.getMessage());
    assertTrue(net.sameParameters(before), "the bad batch's update was not applied");
  }

  @Test
  void runKeepsTheBestValidationEpochAndItsHistory(@TempDir Path dir) throws Exception {
    TrainingConfig c = new TrainingConfig(new int[] {784, 15, 10}, Activation.SIGMOID,
        Activation.SIGMOID, Cost.QUADRATIC, Init.GAUSSIAN, 3.0, 4, 10, 0, 0, 3, 2);
    TrainingRun run = new TrainingRun(c, c.newNetwork(), TRAIN, VALIDATION, VALIDATION);
    run.run(null);
    History h = run.history();
    assertEquals(4, h.size());
    EpochResult best = run.bestResult();
    for (EpochResult r : h.rows()) {
      assertTrue(r.validationAccuracy() <= best.validationAccuracy());
    }
    // the saved copy really has the best epoch's accuracy
    try (Team team = new Team(1)) {
      double acc = new Evaluator(team).evaluate(run.best(), VALIDATION).accuracy();
      assertEquals(best.validationAccuracy(), acc, 0.0);
    }
    Path csv = dir.resolve("h.csv");
    h.write(csv);
    History back = History.read(csv);
    assertEquals(h.size(), back.size());
    assertEquals(h.rows().get(3).validationAccuracy(), back.rows().get(3).validationAccuracy(), 1e-6);
  }

  @Test
  void stopRequestEndsTheRunAfterABatch() {
    TrainingConfig c = TrainingConfig.nielsen().withEpochs(50);
    TrainingRun run = new TrainingRun(c, c.newNetwork(), TRAIN, VALIDATION, null);
    run.run(new TrainingRun.Listener() {
      @Override
      public void epoch(EpochResult r, boolean best, Evaluation v, Evaluation t) {
        if (r.epoch() == 2) {
          run.requestStop();
        }
      }
    });
    assertEquals(2, run.history().size());
    assertNotNull(run.best());
    assertFalse(run.history().size() == 50);
  }

  @Test
  void loadedSizesMustMatch() {
    TrainingConfig c = TrainingConfig.nielsen();
    Network other = new Network(new int[] {784, 100, 10}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    assertThrows(IllegalArgumentException.class, () -> new TrainingRun(c, other, TRAIN, null, null));
  }

  @Test
  void aStopBeforeTheFirstEpochEndsLeavesNothingToSave() {
    TrainingConfig c = TrainingConfig.nielsen().withEpochs(3);
    TrainingRun run = new TrainingRun(c, c.newNetwork(), TRAIN, VALIDATION, null);
    run.run(new TrainingRun.Listener() {
      @Override
      public void batch(int epoch, int done, int total) {
        run.requestStop();
      }
    });
    assertEquals(0, run.history().size());
    assertEquals(null, run.best(), "a partly trained epoch is never offered for saving");
  }

  @Test
  void anOutputLayerTooSmallForTheLabelsIsRefused() {
    TrainingConfig c = new TrainingConfig(new int[] {784, 20, 5}, Activation.SIGMOID,
        Activation.SIGMOID, Cost.QUADRATIC, Init.GAUSSIAN, 3.0, 1, 10, 0, 0, 1, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TrainingRun(c, c.newNetwork(), TRAIN, VALIDATION, null));
    assertTrue(e.getMessage().contains("5 neurons") && e.getMessage().contains("labels up to 9"), e.getMessage());
  }

  /**
   * One epoch the plain way, on one thread: mini-batches of {@code batch} in {@code order}, each
   * forward, backward and one SGD step; what the fast trainer must equal bit for bit.
   */
  static void plainEpoch(Sgd sgd, Inputs train, int[] order, int batch) {
    Network net = sgd.network();
    Workspace ws = new Workspace(net, batch);
    Scratch sc = new Scratch(net, batch);
    for (int from = 0; from < train.size(); from += batch) {
      int m = Math.min(batch, train.size() - from);
      ws.load(train, order, from, m);
      Backprop.feedforward(net, ws, 0, m);
      Backprop.backward(net, ws, 0, m);
      sgd.step(ws, sc);
    }
  }
}
