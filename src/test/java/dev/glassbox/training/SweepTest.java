package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SweepTest {
  /** A tiny separable problem: 16 inputs, 4 classes, class = which quarter holds the ink. */
  static Inputs tiny(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] x = new double[n][16];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = r.nextInt(4);
      for (int k = 0; k < 16; k++) {
        x[i][k] = (k / 4 == y[i] ? 0.6 : 0.0) + 0.4 * r.nextDouble();
      }
    }
    return Inputs.fromDense(x, y);
  }

  static TrainingConfig config(int hidden, double eta) {
    return new TrainingConfig(new int[] {16, hidden, 4}, Activation.SIGMOID, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, eta, 4, 10, 0, 0, 3, 1);
  }

  @Test
  void tableRowsAreEachRunsHistoryBestWhateverTheParallelism() {
    Inputs train = tiny(300, 1);
    Inputs val = tiny(100, 2);
    List<TrainingConfig> configs = List.of(config(5, 0.05), config(5, 1.0), config(8, 0.05), config(8, 1.0));
    List<Sweep.Row> parallel = Sweep.run(configs, train, val, null, 2, null);
    List<Sweep.Row> sequential = Sweep.run(configs, train, val, null, 1, null);
    for (int i = 0; i < configs.size(); i++) {
      Sweep.Row p = parallel.get(i);
      assertEquals(configs.get(i), p.config(), "rows keep the order of the configurations");
      EpochResult hb = p.history().best();
      assertEquals(hb.validationAccuracy(), p.bestValidation());
      assertEquals(hb.epoch(), p.best().epoch());
      assertEquals(4, p.history().size());
      // an independent run of the same configuration gives the same numbers
      TrainingRun solo = new TrainingRun(configs.get(i), configs.get(i).newNetwork(), train, val, null);
      solo.run(null);
      assertEquals(solo.bestResult().validationAccuracy(), p.bestValidation());
      assertTrue(solo.best().sameParameters(p.bestNetwork()));
      assertTrue(sequential.get(i).bestNetwork().sameParameters(p.bestNetwork()),
          "parallel and sequential runs agree bit for bit");
    }
    Sweep.Row best = Sweep.best(parallel);
    for (Sweep.Row r : parallel) {
      assertTrue(best.bestValidation() >= r.bestValidation());
    }
    assertSame(best, Sweep.best(parallel));
  }
}
