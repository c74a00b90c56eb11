package dev.glassbox.cli;

import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Sgd;
import dev.glassbox.training.Evaluator;
import dev.glassbox.training.Team;
import dev.glassbox.training.Trainer;
import dev.glassbox.training.TrainingConfig;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * One network of {@code glassbox bench} (Nielsen's settings) trained on its own team of threads and
 * timed epoch by epoch: warm-up epochs until one is no faster than the one before and the JIT
 * compiler is quiet, then measured epochs; each is followed by an evaluation of validation and
 * test. The bench has the contenders of one size take their epochs in turn, so a change in the
 * machine's speed meets them all alike.
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
   * One warm-up epoch and its evaluation, not counted: the JIT compiles the kernels in the first
   * epochs, and the team's hand-over code (run a few hundred times an epoch, not thousands) only in
   * the third to fifth here. See {@link #stillWarming} for when it is warm.
   */
  void warmUp(Inputs val, Inputs test) {
    long jit0 = compilingMillis();
    double s = epoch();
    long jit = compilingMillis() - jit0;
    evaluate(val, test);
    warm++;
    warming = stillWarming(warm, s, lastWarm, jit);
    lastWarm = s;
  }

  /**
   * Whether a contender goes on warming up after its {@code warm}-th warm-up epoch, which took
   * {@code s} seconds against {@code last} for the one before, while the JIT compiler worked for
   * {@code jitMillis} (summed over its threads): for at least {@link BenchCommand#MIN_WARMUP} and
   * at most {@link BenchCommand#MAX_WARMUP} epochs, until an epoch is no faster than the one
   * before and the compiler worked for less than {@link #QUIET} of it. The compiler's threads take
   * a core while they work, from a team of two more than from a thread alone.
   */
  static boolean stillWarming(int warm, double s, double last, long jitMillis) {
    if (warm >= BenchCommand.MAX_WARMUP) {
      return false;
    }
    return warm < BenchCommand.MIN_WARMUP || s <= 0.98 * last || jitMillis > QUIET * s * 1000;
  }

  /** The share of a warm epoch's time the JIT compiler may work for ({@link #stillWarming}). */
  static final double QUIET = 0.05;

  // milliseconds the JIT compiler has worked so far (0 where the JVM does not tell)
  private static long compilingMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean told = jit != null && jit.isCompilationTimeMonitoringSupported();
    return told ? jit.getTotalCompilationTime() : 0;
  }

  /** One measured epoch, then the evaluation of {@code val} and {@code test}, timed. */
  void measure(Inputs val, Inputs test) {
    double s = epoch();
    eval = Math.min(eval, evaluate(val, test));
    seconds = Arrays.copyOf(seconds, seconds.length + 1);
    seconds[seconds.length - 1] = s;
  }

  // seconds to evaluate validation and test
  private double evaluate(Inputs val, Inputs test) {
    long t0 = System.nanoTime();
    evaluator.evaluate(net, val);
    evaluator.evaluate(net, test);
    return (System.nanoTime() - t0) / 1e9;
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
