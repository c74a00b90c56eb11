package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.Augment;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import org.junit.jupiter.api.Test;

/** Training on images distorted afresh each epoch: deterministic, and only the training set. */
class AugmentedTrainingTest {
  private static final MnistSplit SPLIT = SmallRun.split();

  private static TrainingRun run(Augment a, int threads) {
    TrainingConfig c = new TrainingConfig(new int[] {784, 20, 10}, Activation.SIGMOID, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, 0.5, 2, 10, 0, 0, 5, threads);
    Dataset train = SPLIT.train().limit(600);
    TrainingRun r = new TrainingRun(c, c.newNetwork(), Datasets.inputs(train),
        Datasets.inputs(SPLIT.validation().limit(300)), null).augment(train, a);
    r.run(null);
    return r;
  }

  @Test
  void theSameSeedGivesTheSameWeightsBitForBitWhateverTheThreadCount() {
    for (Augment a : new Augment[] {Augment.AFFINE, Augment.ELASTIC}) {
      Network one = run(a, 1).network();
      Network two = run(a, 2).network();
      assertTrue(one.sameParameters(two), a.id() + ": 1 vs 2 threads");
      assertTrue(one.sameParameters(run(a, 3).network()), a.id() + ": 1 vs 3 threads");
      assertFalse(one.sameParameters(run(Augment.NONE, 1).network()), a.id() + " changes what is learned");
    }
  }

  @Test
  void eachEpochGetsNewDistortionsOfTheSameImagesAndLabels() {
    Dataset train = SPLIT.train().limit(100);
    try (Team team = new Team(2); DistortedEpochs d = new DistortedEpochs(train, Augment.ELASTIC, 9, 2)) {
      Inputs plain = Datasets.inputs(train);
      Inputs e1 = d.epoch(1, team, true);
      double[] x1 = e1.dense(3);
      Inputs e2 = d.epoch(2, team, false); // made in the background
      assertFalse(java.util.Arrays.equals(x1, e2.dense(3)), "epoch 2 distorts image 3 differently");
      assertFalse(java.util.Arrays.equals(plain.dense(3), x1), "the image is distorted");
      assertArrayEquals(x1, d.epoch(1, team, true).dense(3), "epoch 1 again: the same distortion");
      assertArrayEquals(e2.dense(3), d.epoch(2, team, false).dense(3), "made in the background or not");
      assertArrayEquals(e2.dense(3), d.epoch(2, team, false).dense(3), "made by the team");
      for (int i = 0; i < train.size(); i++) {
        assertEquals(train.label(i), e2.label(i));
      }
    }
  }

  @Test
  void theRunRecordsItsAugmentationAndEvaluatesUndistortedData() {
    TrainingRun r = run(Augment.ELASTIC, 2);
    assertEquals(Augment.ELASTIC, r.augmentation());
    // the best network's validation accuracy is that of the plain validation images
    try (Team team = new Team(1)) {
      Evaluation again = new Evaluator(team).evaluate(r.best(), Datasets.inputs(SPLIT.validation().limit(300)));
      assertEquals(r.bestResult().validationAccuracy(), again.accuracy(), 0.0);
    }
  }
}
