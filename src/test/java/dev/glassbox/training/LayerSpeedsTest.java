package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speed of learning of each layer: it is the trainer's own bias gradient, measuring it leaves
 * training alone, and a deep sigmoid network shows the vanishing gradient that ReLU does not.
 */
class LayerSpeedsTest {
  private static final Inputs TRAIN = Datasets.inputs(Mnist.train().subset(0, 1000));

  private static TrainingConfig deep(Activation hidden, int threads) {
    return new TrainingConfig(new int[] {784, 30, 30, 30, 30, 10}, hidden, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, 0.1, 1, 10, 0, 0, 3, threads);
  }

  // ‖(1/m) Σ_x ∂C_x/∂b^l‖ of a batch, by a direct feedforward and backward pass of it
  private static double[] directSpeeds(Network net, Inputs in, int from, int m) {
    Workspace ws = new Workspace(net, m);
    ws.load(in, null, from, m);
    Backprop.feedforward(net, ws, 0, m);
    Backprop.backward(net, ws, 0, m);
    Scratch sc = new Scratch(net, m);
    double[] v = new double[net.layers() - 1];
    for (int l = 1; l < net.layers(); l++) {
      Backprop.biasGradient(net, ws, l, sc);
      double sq = 0;
      for (int j = 0; j < net.size(l); j++) {
        sq += sc.gradient()[j] * sc.gradient()[j];
      }
      v[l - 1] = Math.sqrt(sq) / m;
    }
    return v;
  }

  @Test
  void aFullBatchEpochsSpeedsAreTheBiasGradientsOfABackpropOfThatBatch() {
    Inputs probe = Datasets.inputs(Mnist.train().subset(0, 300));
    TrainingConfig c = deep(Activation.SIGMOID, 2);
    Network net = c.newNetwork();
    double[] direct = directSpeeds(net.copy(), probe, 0, probe.size());
    try (Team team = new Team(2)) {
      // one mini-batch of all 300 images: the epoch's speed is that batch's, at the initial weights
      Trainer t = new Trainer(net, new Sgd(net, c.eta(), 0, 0, probe.size()), probe, probe.size(), 3, team);
      t.trainEpoch(null);
      LayerSpeeds s = t.epochSpeeds();
      assertEquals(direct.length, s.layers());
      for (int l = 1; l <= s.layers(); l++) {
        // the same sums in another slot order (the trainer shuffles): equal to rounding
        assertEquals(direct[l - 1], s.of(l), 1e-12 * direct[l - 1], "layer " + l);
        assertTrue(s.of(l) > 0);
      }
    }
  }

  @Test
  void eachReportedSpeedIsHowFarTheTrainerMovedTheBiasesOverEta() {
    TrainingConfig c = deep(Activation.RELU, 2);
    Network net = c.newNetwork();
    Inputs small = Datasets.inputs(Mnist.train().subset(0, 200));
    List<double[]> reported = new ArrayList<>();
    List<double[]> moved = new ArrayList<>();
    Network before = net.copy();
    try (Team team = new Team(2)) {
      Trainer t = new Trainer(net, new Sgd(net, c.eta(), 0, 0, small.size()), small, 10, 3, team);
      // 20 batches: a report after every one (plain SGD: Δb^l = -(η/m) Σ_x δ^l_x)
      t.trainEpoch(new Trainer.BatchListener() {
        @Override
        public void batchesDone(int done, int total) {}

        @Override
        public void batchesDone(int done, int total, double cost, LayerSpeeds speeds) {
          reported.add(speeds.values());
          double[] m = new double[net.layers() - 1];
          for (int l = 1; l < net.layers(); l++) {
            double sq = 0;
            for (int j = 0; j < net.size(l); j++) {
              double d = net.bias(l, j) - before.bias(l, j);
              sq += d * d;
            }
            m[l - 1] = Math.sqrt(sq) / c.eta();
          }
          moved.add(m);
          before.copyParametersFrom(net);
        }
      });
      assertEquals(20, reported.size());
      double[] mean = new double[net.layers() - 1];
      for (int b = 0; b < reported.size(); b++) {
        for (int i = 0; i < mean.length; i++) {
          assertEquals(moved.get(b)[i], reported.get(b)[i], 1e-9 * reported.get(b)[i], "batch " + b + " layer " + (i + 1));
          mean[i] += reported.get(b)[i] / reported.size();
        }
      }
      for (int i = 0; i < mean.length; i++) {
        assertEquals(mean[i], t.epochSpeeds().of(i + 1), 1e-12 * mean[i], "the epoch's speed is the mean of its batches'");
      }
    }
  }

  @Test
  void speedsAreTheSameBitsWhateverTheThreadCountAndLeaveTheWeightsAlone() {
    TrainingConfig c1 = deep(Activation.SIGMOID, 1).withEpochs(2);
    TrainingRun one = new TrainingRun(c1, c1.newNetwork(), TRAIN, null, null);
    one.run(null);
    TrainingConfig c2 = c1.withThreads(2);
    TrainingRun two = new TrainingRun(c2, c2.newNetwork(), TRAIN, null, null);
    two.run(null);
    assertTrue(one.network().sameParameters(two.network()));
    for (int e = 0; e < 2; e++) {
      assertEquals(one.history().rows().get(e).speeds(), two.history().rows().get(e).speeds());
    }
    // training without a listener (no reports) gives the same weights as the runs that reported
    Network quiet = c1.newNetwork();
    try (Team team = new Team(1)) {
      Trainer t = new Trainer(quiet, new Sgd(quiet, c1.eta(), 0, 0, TRAIN.size()), TRAIN, 10, c1.seed(), team);
      t.trainEpoch(null);
      t.trainEpoch(null);
      assertEquals(one.history().rows().get(1).speeds(), t.epochSpeeds());
    }
    assertTrue(quiet.sameParameters(one.network()));
  }

  // the epoch's speeds of the deep network with these hidden neurons, after one epoch
  private static LayerSpeeds firstEpoch(Activation hidden) {
    TrainingConfig c = deep(hidden, 2);
    TrainingRun run = new TrainingRun(c, c.newNetwork(), TRAIN, null, null);
    run.run(null);
    return run.history().rows().get(0).speeds();
  }

  @Test
  void aDeepSigmoidNetworkLearnsSlowerInEachEarlierLayerAndReluMuchLessSo() {
    LayerSpeeds sigmoid = firstEpoch(Activation.SIGMOID);
    LayerSpeeds relu = firstEpoch(Activation.RELU);
    assertEquals(5, sigmoid.layers());
    // the vanishing gradient: every hidden layer learns slower than the one after it
    for (int l = 1; l < 5; l++) {
      assertTrue(sigmoid.of(l) < sigmoid.of(l + 1), "sigmoid layer " + l + " vs " + (l + 1) + ": " + sigmoid);
    }
    double sigmoidSpread = sigmoid.of(4) / sigmoid.of(1);
    double reluSpread = relu.of(4) / relu.of(1);
    assertTrue(sigmoidSpread > 10, "the last hidden layer learns over 10x faster than the first: " + sigmoid);
    assertTrue(sigmoidSpread > 10 * reluSpread, "ReLU narrows the gap: sigmoid " + sigmoid + ", relu " + relu);
    assertFalse(relu.isEmpty());
  }
}
