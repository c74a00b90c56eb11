package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.Mnist;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.FirstLayerGradient;
import dev.glassbox.network.Init;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Sgd;
import org.junit.jupiter.api.Test;

/**
 * The trainer's layer 1 where a thread's share of the neurons is too wide for the scatter
 * ({@link FirstLayerGradient#WIDEST}) and is gathered from the batch sorted by column instead, alone
 * and beside shares that scatter: the same bits as the plain single-thread step.
 */
class WideSharesTest {
  @Test
  void wideAndNarrowSharesGiveThePlainStepBitForBit() {
    Inputs train = Datasets.inputs(Mnist.train().subset(0, 350));
    int wide = FirstLayerGradient.WIDEST + 6;
    // 1 thread: gathered; 2 threads: two shares of WIDEST / 2 + 3, scattered; 3 threads of 2·wide: both kinds
    for (int hidden : new int[] {wide, 2 * wide}) {
      assertFalse(FirstLayerGradient.scatters(0, hidden));
      for (double lambda : new double[] {0, 5.0}) {
        TrainingConfig c = new TrainingConfig(new int[] {784, hidden, 10}, Activation.RELU, Activation.SOFTMAX,
            Cost.LOG_LIKELIHOOD, Init.SCALED, 0.1, 1, 7, lambda, 0, 11, 1);
        Network start = c.newNetwork();
        for (int threads = 1; threads <= 3; threads++) {
          Network fast = start.copy();
          int[] order;
          try (Team team = new Team(threads)) {
            Trainer t = new Trainer(fast, new Sgd(fast, 0.1, lambda, 0, train.size()), train, 7, 11, team);
            t.trainEpoch(null);
            order = t.epochOrder();
          }
          Network plain = start.copy();
          TrainerTest.plainEpoch(new Sgd(plain, 0.1, lambda, 0, train.size()), train, order, 7);
          assertTrue(plain.sameParameters(fast), hidden + " hidden, λ " + lambda + ", " + threads + " threads");
        }
      }
    }
  }
}
