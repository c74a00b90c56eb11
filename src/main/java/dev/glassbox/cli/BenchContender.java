package dev.glassbox.cli;

import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Sgd;
import dev.glassbox.training.Evaluator;
import dev.glassbox.training.Team;
import dev.glassbox.training.Trainer;
import dev.glassbox.training.TrainingConfig;
import java.util.Arrays;

/**
 * One network of {@code glassbox bench} (Nielsen's settings) trained on its own team of threads and
 * timed epoch by epoch: warm-up epochs until one is no faster than the one before, then measured
 * epochs, each followed by an evaluation of validation and test. The bench has the contenders of
 * one size take their epochs in turn, so a change in the machine's speed meets them all alike.
 */
final class BenchContender implements AutoCloseable {
  final int threads;
  private final Network net;
  private final Team team;
  private final Trainer trainer;
  private final Evaluator evaluator;
  private double[] seconds = new double[0];
  private double eval = Double.MAX_VALUE;
  private int warm;
  private boolean warming = true;
  private double lastWarm = Double.POSITIVE_INFINITY;

  BenchContender(int hidden, int threads, Inputs train, Inputs val) {
    this.threads = threads;
    TrainingConfig c = TrainingConfig.nielsen().withThreads(threads);
    net = new Network(new int[] {784, hidden, 10}, c.hidden(), c.output(), c.cost());
    c.init().apply(net, 1);
    team = new Team(threads);
    trainer = new Trainer(net, new Sgd(net, 3.0, 0, 0, train.size()), train, 10, 1, team);
    evaluator = new Evaluator(team);
    for (int e = 0; e < 2; e++) {
      evaluator.evaluate(net, val);
    }
  }

  /** Whether it still warms up (see {@link #warmUp}). */
  boolean warming() {
    return warming;
  }

  /**
   * One warm-up epoch, not counted: the JIT compiles the kernels in the first ones, and the team's
   * hand-over code (run a few hundred times an epoch, not thousands) only in the third to fifth
   * here. Warm once an epoch is no faster than the one before, after {@link BenchCommand#MIN_WARMUP}
   * to {@link BenchCommand#MAX_WARMUP} of them.
   */
  void warmUp() {
    double s = epoch();
    warm++;
    warming = warm < BenchCommand.MAX_WARMUP && (warm < BenchCommand.MIN_WARMUP || s <= 0.98 * lastWarm);
    lastWarm = s;
  }

  /** One measured epoch, then the evaluation of {@code val} and {@code test}, timed. */
  void measure(Inputs val, Inputs test) {
    double s = epoch();
    long t0 = System.nanoTime();
    evaluator.evaluate(net, val);
    evaluator.evaluate(net, test);
    eval = Math.min(eval, (System.nanoTime() - t0) / 1e9);
    seconds = Arrays.copyOf(seconds, seconds.length + 1);
    seconds[seconds.length - 1] = s;
  }

  private double epoch() {
    long t0 = System.nanoTime();
    trainer.trainEpoch(null);
    return (System.nanoTime() - t0) / 1e9;
  }

  /** {median s/epoch, min s/epoch, seconds to evaluate validation + test, warm-up epochs}. */
  double[] result() {
    double[] s = seconds.clone();
    Arrays.sort(s);
    return new double[] {s[s.length / 2], s[0], eval, warm};
  }

  @Override
  public void close() {
    team.close();
  }
}
