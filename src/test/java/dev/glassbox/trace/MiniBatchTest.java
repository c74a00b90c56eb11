package dev.glassbox.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.Mnist;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Sgd;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.Team;
import dev.glassbox.training.Trainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mini-batch the stepper and {@code trace --batch} show is the trainer's: recorded from the
 * weights the {@link Trainer} had before a real mini-batch of an epoch (same seed, same rows in the
 * same order), its step lands on the weights the trainer left after that batch, bit for bit, and
 * its exported sums are exactly what the trainer subtracted. The per-sample gradients add up, in
 * batch order, to those sums bit for bit, and divided by m to the exported mean.
 */
class MiniBatchTest {
  private static final Inputs TRAIN = Datasets.inputs(Mnist.train().subset(0, 300));
  private static final int M = 10;

  /** Snapshots of the network after each batch of one epoch, and the epoch's order. */
  private record Epoch(Network start, List<Network> after, int[] order, Sgd sgd) {}

  private static Epoch trainOneEpoch(Network net, double eta, double lambda, double momentum, int threads) {
    return trainOneEpoch(net, eta, lambda, momentum, threads, 0);
  }

  private static Epoch trainOneEpoch(Network net, double eta, double lambda, double momentum, int threads,
      double dropout) {
    Network start = net.copy();
    List<Network> after = new ArrayList<>();
    Sgd sgd = new Sgd(net, eta, lambda, momentum, TRAIN.size());
    try (Team team = new Team(threads)) {
      Trainer t = new Trainer(net, sgd, TRAIN, M, 11, team);
      t.dropout(dropout);
      // 30 batches: the listener hears of every one, right after its update
      t.trainEpoch(new Trainer.BatchListener() {
        @Override
        public void batchesDone(int done, int total) {
          assertEquals(after.size() + 1, done, "a report per batch");
          after.add(net.copy());
        }
      });
      return new Epoch(start, after, t.epochOrder(), sgd);
    }
  }

  private static Network network(Activation hidden, Cost cost, long seed) {
    Network net = new Network(new int[] {784, 20, 10}, hidden, Activation.SIGMOID, cost);
    Init.GAUSSIAN.apply(net, seed);
    return net;
  }

  private static MiniBatch batchOf(Epoch e, int b, double eta, double lambda, double momentum) {
    Network before = b == 0 ? e.start() : e.after().get(b - 1);
    int[] rows = Arrays.copyOfRange(e.order(), b * M, b * M + M);
    return MiniBatch.record(before, TRAIN, rows, eta, lambda, momentum, TRAIN.size());
  }

  @Test
  void theBatchStepIsTheTrainersOwnBitForBit() {
    double eta = 3.0;
    for (int threads : new int[] {1, 2}) {
      Epoch e = trainOneEpoch(network(Activation.SIGMOID, Cost.QUADRATIC, 5), eta, 0, 0, threads);
      assertEquals(30, e.after().size());
      for (int b : new int[] {0, 7, 29}) {
        MiniBatch mb = batchOf(e, b, eta, 0, 0);
        Network trainer = e.after().get(b);
        assertTrue(mb.networkAfter().sameParameters(trainer), "batch " + b + ", " + threads + " threads");
        // the exported sums are what the trainer subtracted: w_after = w - (η/m) Σ, bit for bit
        for (int l = 1; l < mb.layers(); l++) {
          for (int j = 0; j < mb.layerSize(l); j++) {
            for (int k = 0; k < mb.layerSize(l - 1); k++) {
              double w = mb.weightBefore(l, j, k);
              assertEquals(Double.doubleToLongBits(trainer.weight(l, j, k)),
                  Double.doubleToLongBits(w - mb.etaOverM() * mb.nablaWSum(l, j, k)), "w " + l + "," + j + "," + k);
              assertEquals(Double.doubleToLongBits(trainer.weight(l, j, k)),
                  Double.doubleToLongBits(w + mb.weightChange(l, j, k)));
            }
            assertEquals(Double.doubleToLongBits(trainer.bias(l, j)),
                Double.doubleToLongBits(mb.biasBefore(l, j) - mb.etaOverM() * mb.nablaBSum(l, j)), "b " + l + "," + j);
          }
        }
      }
    }
  }

  @Test
  void withDropoutTheBatchIsTheTrainersOwnAndEachSampleShowsItsMask() {
    Epoch e = trainOneEpoch(network(Activation.SIGMOID, Cost.CROSS_ENTROPY, 9), 0.5, 0, 0, 2, 0.5);
    Dropout epoch1 = new Dropout(0.5, 11, 1);
    for (int b : new int[] {0, 17}) {
      Network before = b == 0 ? e.start() : e.after().get(b - 1);
      int[] rows = Arrays.copyOfRange(e.order(), b * M, b * M + M);
      MiniBatch mb = MiniBatch.record(before, TRAIN, rows, new StepSettings(0.5, 0, 0, TRAIN.size()), epoch1);
      assertTrue(mb.networkAfter().sameParameters(e.after().get(b)), "batch " + b + " with dropout");
      MiniBatch plain = MiniBatch.record(before, TRAIN, rows, 0.5, 0, 0, TRAIN.size());
      assertFalse(plain.networkAfter().sameParameters(e.after().get(b)), "without the mask it is another step");
      for (int s = 0; s < M; s++) {
        Trace t = mb.sample(s);
        for (int j = 0; j < 20; j++) {
          assertEquals(epoch1.factor(rows[s], 1, j), t.mask(1, j), "sample " + s + " has its row's mask");
          if (t.dropped(1, j)) {
            assertEquals(0.0, mb.nablaB(s, 1, j));
          }
        }
      }
    }
  }

  @Test
  void withDecayAndMomentumTooAndTheStepMoves() {
    double eta = 0.5;
    double lambda = 5.0;
    Epoch e = trainOneEpoch(network(Activation.TANH, Cost.CROSS_ENTROPY, 6), eta, lambda, 0, 2);
    int n = TRAIN.size();
    for (int b : new int[] {0, 13}) {
      MiniBatch mb = batchOf(e, b, eta, lambda, 0);
      Network trainer = e.after().get(b);
      assertTrue(mb.networkAfter().sameParameters(trainer), "λ = 5, batch " + b);
      double decay = 1.0 - eta * lambda / n;
      for (int j = 0; j < mb.layerSize(1); j++) {
        for (int k = 0; k < 784; k++) {
          assertEquals(Double.doubleToLongBits(trainer.weight(1, j, k)),
              Double.doubleToLongBits(decay * mb.weightBefore(1, j, k) - mb.etaOverM() * mb.nablaWSum(1, j, k)));
        }
      }
    }
    // momentum: the velocities start at zero, as they do for the epoch's first batch
    Epoch mo = trainOneEpoch(network(Activation.SIGMOID, Cost.QUADRATIC, 7), eta, 0, 0.9, 1);
    MiniBatch first = batchOf(mo, 0, eta, 0, 0.9);
    assertTrue(first.networkAfter().sameParameters(mo.after().get(0)), "momentum, first batch");
    assertTrue(!first.networkAfter().sameParameters(first.networkBefore()), "the step changes the weights");
  }

  @Test
  void perSampleGradientsAddUpToTheSumAndTheMeanBitForBit() {
    Epoch e = trainOneEpoch(network(Activation.SIGMOID, Cost.QUADRATIC, 8), 3.0, 0, 0, 1);
    MiniBatch mb = batchOf(e, 4, 3.0, 0, 0);
    int nonZero = 0;
    for (int l = 1; l < mb.layers(); l++) {
      for (int j = 0; j < mb.layerSize(l); j++) {
        double sb = 0;
        for (int s = 0; s < M; s++) {
          Trace t = mb.sample(s);
          // each sample's gradient is its own BP3/BP4: δ_j and a_k δ_j
          assertEquals(Double.doubleToLongBits(t.delta(l, j)), Double.doubleToLongBits(mb.nablaB(s, l, j)));
          sb += mb.nablaB(s, l, j);
        }
        assertEquals(Double.doubleToLongBits(sb), Double.doubleToLongBits(mb.nablaBSum(l, j)));
        assertEquals(Double.doubleToLongBits(sb / M), Double.doubleToLongBits(mb.nablaBMean(l, j)));
        for (int k = 0; k < mb.layerSize(l - 1); k++) {
          double sw = 0;
          for (int s = 0; s < M; s++) {
            Trace t = mb.sample(s);
            double g = mb.nablaW(s, l, j, k);
            double product = t.a(l - 1, k) * t.delta(l, j);
            assertTrue(g == product, "BP4 of sample " + s);
            sw += g;
          }
          assertEquals(Double.doubleToLongBits(sw), Double.doubleToLongBits(mb.nablaWSum(l, j, k)));
          assertEquals(Double.doubleToLongBits(sw / M), Double.doubleToLongBits(mb.nablaWMean(l, j, k)));
          nonZero += sw != 0 ? 1 : 0;
        }
      }
    }
    assertTrue(nonZero > 1000, "a real batch has many non-zero gradients: " + nonZero);
    // the samples are the epoch's rows in order, each its own trace
    for (int s = 0; s < M; s++) {
      assertEquals(e.order()[4 * M + s], mb.sample(s).sampleIndex());
      assertEquals(TRAIN.label(e.order()[4 * M + s]), mb.sample(s).label());
    }
  }

  @Test
  void aBatchOfOneIsTheStepperTrace() {
    Network net = network(Activation.SIGMOID, Cost.QUADRATIC, 10);
    MiniBatch one = MiniBatch.record(net, TRAIN, new int[] {17}, 3.0, 0.5, 0, TRAIN.size());
    Trace t = Trace.record(net, TRAIN, 17, 3.0, 0.5, 0, TRAIN.size());
    assertTrue(one.networkAfter().sameParameters(t.networkAfter()));
    assertEquals(t.nablaW(1, 3, 300), one.nablaWSum(1, 3, 300));
    assertEquals(one.nablaWSum(1, 3, 300), one.nablaWMean(1, 3, 300));
    assertEquals(t.cost(), one.meanCost());
  }

  @Test
  void summationOrderMattersSoTheBatchKeepsTheTrainersOrder() {
    // the same ten rows summed in another order give other bits somewhere: the order is part of
    // the claim, not a detail
    Epoch e = trainOneEpoch(network(Activation.SIGMOID, Cost.QUADRATIC, 9), 3.0, 0, 0, 1);
    MiniBatch mb = batchOf(e, 2, 3.0, 0, 0);
    int[] rows = Arrays.copyOfRange(e.order(), 2 * M, 3 * M);
    int[] reversed = new int[M];
    for (int s = 0; s < M; s++) {
      reversed[s] = rows[M - 1 - s];
    }
    MiniBatch back = MiniBatch.record(e.after().get(1), TRAIN, reversed, 3.0, 0, 0, TRAIN.size());
    int differ = 0;
    for (int j = 0; j < 20; j++) {
      for (int k = 0; k < 784; k++) {
        double a = mb.nablaWSum(1, j, k);
        double b = back.nablaWSum(1, j, k);
        assertEquals(a, b, 1e-12 * (1 + Math.abs(a)));
        differ += a != b ? 1 : 0;
      }
    }
    assertNotEquals(0, differ, "reversing the batch changes some sums in the last bits");
  }
}
