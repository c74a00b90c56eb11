package dev.glassbox.training;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Network;

/**
 * A {@link TrainingRun} on its own thread, watched by a {@link TrainingMonitor}: start, pause,
 * resume and stop it from another thread, and read its pictures from {@link #monitor()}.
 */
public final class BackgroundTraining {
  private final TrainingConfig config;
  private final Network net;
  private final MnistSplit split;
  private final TrainingMonitor monitor;
  private final Thread thread;
  private volatile TrainingRun run;
  private volatile boolean stop;
  private volatile Throwable failure;

  /**
   * @param net the network to train in place (new, or loaded to go on from)
   * @param split the data; converted to inputs on the training thread
   */
  public BackgroundTraining(TrainingConfig config, Network net, MnistSplit split) {
    this.config = config;
    this.net = net;
    this.split = split;
    this.monitor = new TrainingMonitor(net);
    this.thread = new Thread(this::run, "glassbox-training");
    thread.setDaemon(true);
  }

  /** Starts the training thread. */
  public void start() {
    thread.start();
  }

  /** Runs the training on the calling thread instead (for headless use); returns when done. */
  public void runHere() {
    run();
  }

  private void run() {
    try {
      monitor.preparing(config);
      TrainingRun r = new TrainingRun(config, net, Datasets.inputs(split.train()),
          Datasets.inputs(split.validation()), Datasets.inputsOrNull(split.test())).images(split.train());
      run = r;
      if (stop) {
        r.requestStop();
      }
      r.run(monitor);
      monitor.finished(r.stopRequested(), r.stoppedEarly(), r.history());
    } catch (RuntimeException | Error e) {
      failure = e;
      monitor.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** Pauses between two mini-batches. */
  public void pause() {
    monitor.pause();
  }

  /** Goes on after a pause. */
  public void resume() {
    monitor.resume();
  }

  /** Asks the run to stop after the current mini-batch (also when paused). */
  public void stop() {
    stop = true;
    TrainingRun r = run;
    if (r != null) {
      r.requestStop();
    }
    monitor.resume();
  }

  /** Waits for the thread to end. */
  public void join() throws InterruptedException {
    thread.join();
  }

  /** Whether the training thread is still at work. */
  public boolean alive() {
    return thread.isAlive();
  }

  /** The snapshots. */
  public TrainingMonitor monitor() {
    return monitor;
  }

  /** The configuration. */
  public TrainingConfig config() {
    return config;
  }

  /** What ended the run with an error, or null. */
  public Throwable failure() {
    return failure;
  }
}
