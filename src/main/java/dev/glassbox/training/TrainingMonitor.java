package dev.glassbox.training;

import dev.glassbox.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands a running training's state to a window: a {@link TrainingRun.Listener} that, on the
 * training thread, builds immutable {@link TrainingSnapshot}s and publishes the latest through an
 * {@link AtomicReference}; the window reads {@link #latest()} whenever it draws. No lock is taken
 * while training runs; the batch callback allocates two small records, and copies the first
 * layer's weights at most every {@link #WEIGHT_COPY_NANOS} ns.
 *
 * <p>It also pauses training: {@link #pause()} makes the next batch callback wait (between two
 * mini-batches, so the weights are whole) until {@link #resume()}.
 *
 * <p>The per-batch cost is smoothed with an exponential moving average,
 * {@code c̄ ← c̄ + α (c - c̄)}, {@code α =} {@link #SMOOTHING}, where c is the mean cost of the
 * samples trained since the previous callback (about 1/{@value Trainer#REPORTS} of an epoch).
 * Each layer's speed of learning ({@link LayerSpeeds}) over the same batches is smoothed the same
 * way, one curve a layer.
 */
public final class TrainingMonitor implements TrainingRun.Listener {
  /** Least time between two copies of the first layer's weights: 100 ms. */
  public static final long WEIGHT_COPY_NANOS = 100_000_000L;
  /**
   * α of the cost's moving average: 1 - 0.85², so that its span of samples is that of 0.15 when the
   * callbacks came twice as often (200 an epoch).
   */
  public static final double SMOOTHING = 0.2775;

  private final Network net;
  private final AtomicReference<TrainingSnapshot> latest =
      new AtomicReference<>(TrainingSnapshot.idle());
  private final Object pauseLock = new Object();
  private volatile boolean paused;

  // written by the training thread only
  private TrainingConfig config;
  private int batches;
  private int trainSize;
  private final Curve.Builder cost = new Curve.Builder();
  private double smoothed = Double.NaN;
  private List<Curve.Builder> speedCurves = List.of();
  private double[] smoothedSpeeds = new double[0];
  private List<EpochResult> history = List.of();
  private FirstLayerWeights weights;
  private long weightsCopiedAt;
  private long versions;
  private EvaluatedEpoch last;
  private EvaluatedEpoch best;
  private Progress progress = Progress.idle();
  private long lastTick;
  private long trainedSamples;
  private long trainingNanos;
  private int lastDone;
  // the time left of the run under way
  private RunClock clock;

  /** @param net the network being trained (read only on the training thread, between batches) */
  public TrainingMonitor(Network net) {
    this.net = net;
  }

  /** The latest snapshot; never null, cheap, callable from any thread. */
  public TrainingSnapshot latest() {
    return latest.get();
  }

  /** Makes training wait at its next batch callback until {@link #resume()}. */
  public void pause() {
    paused = true;
  }

  /** Lets a paused training go on. */
  public void resume() {
    synchronized (pauseLock) {
      paused = false;
      pauseLock.notifyAll();
    }
  }

  /** Whether a pause is requested or in effect. */
  public boolean paused() {
    return paused;
  }

  /** Training thread: the data is being prepared for a run of {@code config}. */
  public void preparing(TrainingConfig c) {
    config = c;
    progress = new Progress(Progress.State.PREPARING, 0, c.epochs(), 0, 0, Double.NaN, Double.NaN, false, "");
    copyWeights(System.nanoTime());
    publish();
  }

  @Override
  public void started(TrainingConfig c, int batchesPerEpoch, int size) {
    config = c;
    batches = batchesPerEpoch;
    trainSize = size;
    List<Curve.Builder> curves = new ArrayList<>();
    for (int l = 1; l < c.sizes().length; l++) {
      curves.add(new Curve.Builder());
    }
    speedCurves = List.copyOf(curves);
    smoothedSpeeds = new double[curves.size()];
    java.util.Arrays.fill(smoothedSpeeds, Double.NaN);
    progress = new Progress(Progress.State.RUNNING, 1, c.epochs(), 0, batches, Double.NaN, Double.NaN, false, "");
    clock = RunClock.of(c, System.nanoTime());
    copyWeights(System.nanoTime());
    publish();
    lastTick = System.nanoTime();
    lastDone = 0;
  }

  @Override
  public void batch(int epoch, int done, int total) {
    batch(epoch, done, total, Double.NaN);
  }

  @Override
  public void batch(int epoch, int done, int total, double recentCost) {
    batch(epoch, done, total, recentCost, LayerSpeeds.none());
  }

  @Override
  public void batch(int epoch, int done, int total, double recentCost, LayerSpeeds recentSpeeds) {
    long now = System.nanoTime();
    // samples trained since the previous callback, over the time they took
    trainedSamples += samplesAt(done) - samplesAt(lastDone);
    trainingNanos += now - lastTick;
    lastDone = done;
    lastTick = now;
    if (Double.isFinite(recentCost)) {
      smoothed = Double.isNaN(smoothed) ? recentCost : smoothed + SMOOTHING * (recentCost - smoothed);
      cost.add(epoch - 1 + (double) done / total, smoothed);
    }
    for (int i = 0; i < Math.min(recentSpeeds.layers(), speedCurves.size()); i++) {
      double v = recentSpeeds.of(i + 1);
      if (Double.isFinite(v)) {
        double m = smoothedSpeeds[i];
        smoothedSpeeds[i] = Double.isNaN(m) ? v : m + SMOOTHING * (v - m);
        speedCurves.get(i).add(epoch - 1 + (double) done / total, smoothedSpeeds[i]);
      }
    }
    double rate = trainingNanos > 0 ? trainedSamples * 1e9 / trainingNanos : Double.NaN;
    clock.batch(epoch, (double) done / total, now);
    progress = new Progress(Progress.State.RUNNING, epoch, config.epochs(), done, total, rate,
        clock.secondsLeft(epoch, (double) done / total, now), clock.atMost(), "");
    if (now - weightsCopiedAt >= WEIGHT_COPY_NANOS) {
      copyWeights(now);
    }
    publish();
    if (paused) {
      waitWhilePaused();
    }
  }

  @Override
  public void epoch(EpochResult result, boolean improved, Evaluation ve, Evaluation te) {
    last = new EvaluatedEpoch(result.epoch(), net.copy(), ve, te);
    if (improved) {
      best = last;
    }
    clock.epochEnded(result.epoch(), System.nanoTime());
    List<EpochResult> rows = new ArrayList<>(history);
    if (result.epoch() > rows.size()) {
      rows.add(result);
    }
    history = List.copyOf(rows);
    copyWeights(System.nanoTime());
    publish();
    lastTick = System.nanoTime();
    lastDone = 0;
  }

  /**
   * Training thread: the run has ended, all epochs done, {@code stopped} on request, or ended by
   * early stopping after epoch {@code stoppedEarly} (0: it was not); {@code h} is the run's own
   * history (an epoch stopped half-way is not in it).
   */
  public void finished(boolean stopped, int stoppedEarly, History h) {
    history = h.rows();
    copyWeights(System.nanoTime());
    progress = progress.with(stopped ? Progress.State.STOPPED
        : stoppedEarly > 0 ? Progress.State.STOPPED_EARLY : Progress.State.FINISHED, "");
    publish();
  }

  /** Training thread: the run ended with an error, described by {@code message}. */
  public void failed(String message) {
    progress = progress.with(Progress.State.FAILED, message);
    publish();
  }

  /**
   * Shows a model that is not being trained: its weights, its evaluations and (if known) the
   * history it was trained with. Call only while no training runs on this monitor.
   */
  public void loaded(History h, Evaluation ve, Evaluation te) {
    history = h == null ? List.of() : h.rows();
    int epochs = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
    // a saved model is its run's best epoch
    EpochResult saved = h == null ? null : h.best();
    last = new EvaluatedEpoch(saved == null ? 0 : saved.epoch(), net.copy(), ve, te);
    best = last;
    progress = new Progress(Progress.State.LOADED, epochs, epochs, 0, 0, Double.NaN, Double.NaN, false, "");
    copyWeights(System.nanoTime());
    publish();
  }

  private int samplesAt(int done) {
    return (int) Math.min(trainSize, (long) done * config.batch());
  }

  private void waitWhilePaused() {
    long pausedAt = System.nanoTime();
    progress = progress.with(Progress.State.PAUSED, "");
    publish();
    synchronized (pauseLock) {
      while (paused) {
        try {
          pauseLock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          paused = false;
        }
      }
    }
    progress = progress.with(Progress.State.RUNNING, "");
    publish();
    long resumed = System.nanoTime();
    clock.paused(resumed - pausedAt);
    lastTick = resumed; // the pause does not count as training time
  }

  // w^1_{jk} into row j of a float array
  private void copyWeights(long now) {
    int neurons = net.size(1);
    int inputs = net.size(0);
    float[] w = new float[neurons * inputs];
    for (int j = 0; j < neurons; j++) {
      for (int k = 0; k < inputs; k++) {
        w[j * inputs + k] = (float) net.weight(1, j, k);
      }
    }
    weights = new FirstLayerWeights(w, neurons, inputs, ++versions);
    weightsCopiedAt = now;
  }

  private void publish() {
    List<Curve> speeds = new ArrayList<>(speedCurves.size());
    for (Curve.Builder b : speedCurves) {
      speeds.add(b.view());
    }
    latest.set(new TrainingSnapshot(progress, config, history, cost.view(), List.copyOf(speeds),
        weights, last, best));
  }
}
