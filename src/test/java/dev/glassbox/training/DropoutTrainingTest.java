package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.Augment;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import org.junit.jupiter.api.Test;

/** Dropout in training: the same bits for any thread count, off in evaluation, and a no-op at P = 0. */
class DropoutTrainingTest {
  private static final MnistSplit SPLIT = SmallRun.split();
  private static final Dataset TRAIN = SPLIT.train().limit(600);
  private static final Inputs VALIDATION = Datasets.inputs(SPLIT.validation().limit(300));

  private static TrainingRun run(int[] sizes, double p, int threads, double momentum) {
    TrainingConfig c = new TrainingConfig(sizes, Activation.SIGMOID, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, 0.5, 2, 10, 0, momentum, 5, threads).withRegularisation(Augment.NONE, p);
    TrainingRun r = new TrainingRun(c, c.newNetwork(), Datasets.inputs(TRAIN), VALIDATION, null);
    r.run(null);
    return r;
  }

  @Test
  void theMaskIsTheSameWhateverTheThreadCountAndSplit() {
    // one and two hidden layers; momentum takes the batch-split path, none the by-neuron one
    for (int[] sizes : new int[][] {{784, 20, 10}, {784, 20, 15, 10}}) {
      for (double mu : new double[] {0, 0.5}) {
        Network one = run(sizes, 0.3, 1, mu).network();
        String what = sizes.length + " layers, momentum " + mu;
        assertTrue(one.sameParameters(run(sizes, 0.3, 2, mu).network()), what + ": 1 vs 2 threads");
        assertTrue(one.sameParameters(run(sizes, 0.3, 3, mu).network()), what + ": 1 vs 3 threads");
        assertFalse(one.sameParameters(run(sizes, 0, 1, mu).network()), what + ": dropout changes what is learned");
      }
    }
  }

  @Test
  void pZeroIsTheRunWithoutDropoutBitForBit() {
    int[] sizes = {784, 20, 10};
    TrainingConfig c = new TrainingConfig(sizes, Activation.SIGMOID, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, 0.5, 2, 10, 0, 0, 5, 2);
    Network plain = c.newNetwork();
    try (Team team = new Team(2)) {
      Trainer t = new Trainer(plain, new dev.glassbox.network.Sgd(plain, 0.5, 0, 0, TRAIN.size()),
          Datasets.inputs(TRAIN), 10, 5, team);
      t.trainEpoch(null);
      t.trainEpoch(null);
    }
    assertTrue(plain.sameParameters(run(sizes, 0, 2, 0).network()));
  }

  @Test
  void evaluationIgnoresDropout() {
    TrainingRun r = run(new int[] {784, 20, 10}, 0.5, 2, 0);
    EpochResult last = r.history().rows().get(r.history().size() - 1);
    try (Team team = new Team(1)) {
      // a fresh evaluation, which never drops a neuron, gives the accuracy the run recorded
      assertEquals(last.validationAccuracy(), new Evaluator(team).evaluate(r.network(), VALIDATION).accuracy());
    }
    assertEquals("0.5", r.config().describe().get("dropout"), "recorded with the hyperparameters");
  }

  @Test
  void aboutPOfTheNeuronsAreDroppedAndTheMaskChangesEachEpoch() {
    Dropout e1 = new Dropout(0.2, 3, 1);
    Dropout e2 = new Dropout(0.2, 3, 2);
    int dropped = 0;
    int differ = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      dropped += e1.kept(i / 100, 1, i % 100) ? 0 : 1;
      differ += e1.kept(i / 100, 1, i % 100) != e2.kept(i / 100, 1, i % 100) ? 1 : 0;
    }
    assertEquals(0.2, dropped / (double) n, 0.005);
    assertEquals(2 * 0.2 * 0.8, differ / (double) n, 0.01, "epochs draw independent masks");
    for (int j = 0; j < 100; j++) {
      assertEquals(e1.kept(0, 1, j) ? 1 / 0.8 : 0.0, e1.factor(0, 1, j), "inverted dropout scales the kept by 1/(1-P)");
    }
  }
}
