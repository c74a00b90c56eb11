package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each {@link Schedule} gives the η its definition says, epoch by epoch. */
class LearningRateTest {
  private static TrainingConfig config(Schedule s, int n, int epochs) {
    return TrainingConfig.nielsen().withEpochs(epochs).withSchedule(s, n);
  }

  @Test
  void constantKeepsEtaWhateverHappens() {
    LearningRate r = new LearningRate(config(Schedule.CONSTANT, 1, 10));
    for (int e = 1; e <= 10; e++) {
      assertEquals(3.0, r.eta(e));
      r.after(false);
    }
  }

  @Test
  void stepHalvesEveryNEpochs() {
    LearningRate r = new LearningRate(config(Schedule.STEP, 3, 10));
    double[] expected = {3, 3, 3, 1.5, 1.5, 1.5, 0.75, 0.75, 0.75, 0.375};
    for (int e = 1; e <= 10; e++) {
      assertEquals(expected[e - 1], r.eta(e), "epoch " + e);
      r.after(e % 2 == 0);
    }
  }

  @Test
  void plateauHalvesAfterNEpochsWithoutImprovementAndCountsAgainAfterwards() {
    LearningRate r = new LearningRate(config(Schedule.PLATEAU, 2, 10));
    List<Boolean> improved = List.of(true, false, true, false, false, false, false, true, false, false);
    double[] expected = {3, 3, 3, 3, 3, 1.5, 1.5, 0.75, 0.75, 0.75};
    for (int e = 1; e <= 10; e++) {
      assertEquals(expected[e - 1], r.eta(e), "epoch " + e);
      r.after(improved.get(e - 1));
    }
    assertEquals(3, r.halvings());
  }

  @Test
  void cosineFallsFromEtaTowardsZeroOverTheRun() {
    LearningRate r = new LearningRate(config(Schedule.COSINE, 1, 8));
    assertEquals(3.0, r.eta(1));
    assertEquals(1.5, r.eta(5), 1e-15); // half-way: cos(π/2) = 0
    for (int e = 2; e <= 8; e++) {
      assertTrue(r.eta(e) < r.eta(e - 1) && r.eta(e) > 0, "epoch " + e);
    }
  }
}
