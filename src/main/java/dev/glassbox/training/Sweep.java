package dev.glassbox.training;

import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Sgd;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains several configurations, {@code parallel} at a time, each single-threaded on a thread of
 * its own. Every run is deterministic (its seed fixes the initial weights and the shuffling), so
 * the results do not depend on the order in which the runs are scheduled or on how many share the
 * machine. Reports through a listener; never prints.
 */
public final class Sweep {
  /**
   * One configuration's outcome.
   *
   * @param config what was trained (threads forced to 1)
   * @param history every completed epoch
   * @param best the epoch with the best validation accuracy (null if none finished)
   * @param bestNetwork the weights of that epoch (null if none)
   * @param seconds wall time of the run
   * @param diverged whether the cost became NaN or infinite (the best epoch before it is kept)
   */
  public record Row(TrainingConfig config, History history, EpochResult best, Network bestNetwork,
      double seconds, boolean diverged) {
    /** The best validation accuracy, or NaN when no epoch finished. */
    public double bestValidation() {
      return best == null ? Double.NaN : best.validationAccuracy();
    }
  }

  /** Called (from the worker threads, one call at a time) as each run finishes. */
  public interface Listener {
    void finished(Row row, int done, int total);
  }

  /** Epochs of each run when none are given: a sweep compares many short runs. */
  public static final int DEFAULT_EPOCHS = 5;

  private Sweep() {}

  /**
   * Runs every configuration and returns the rows in the order of {@code configs}.
   *
   * @param parallel how many runs train at once (at least 1)
   * @param test may be null
   */
  public static List<Row> run(List<TrainingConfig> configs, Inputs train, Inputs validation,
      Inputs test, int parallel, Listener listener) {
    return run(configs, null, train, validation, test, parallel, listener);
  }

  /**
   * {@link #run(List, Inputs, Inputs, Inputs, int, Listener)} with the training inputs' images,
   * which the configurations that augment distort afresh every epoch (may be null when none does).
   */
  public static List<Row> run(List<TrainingConfig> configs, dev.glassbox.data.Dataset images, Inputs train,
      Inputs validation, Inputs test, int parallel, Listener listener) {
    if (parallel < 1) {
      throw new IllegalArgumentException("--parallel must be at least 1, got " + parallel);
    }
    if (parallel > 1 && !configs.isEmpty()) {
      warmUp(configs.get(0), train);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, configs.size())), r -> {
      Thread t = new Thread(r, "glassbox-sweep");
      t.setDaemon(true);
      return t;
    });
    int[] done = {0};
    try {
      List<Future<Row>> futures = new ArrayList<>();
      for (TrainingConfig c : configs) {
        futures.add(pool.submit(() -> {
          Row row = one(c.withThreads(1), images, train, validation, test);
          if (listener != null) {
            synchronized (done) {
              done[0]++;
              listener.finished(row, done[0], configs.size());
            }
          }
          return row;
        }));
      }
      List<Row> rows = new ArrayList<>();
      for (Future<Row> f : futures) {
        rows.add(f.get());
      }
      return rows;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the sweep was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Trains a throw-away copy briefly on the calling thread, so that the JIT has compiled the
   * kernels before several runs start at once: cold, they crawl in the interpreter while the
   * compiler competes with them for the cores (measured: the first parallel pair took 3x longer).
   */
  private static void warmUp(TrainingConfig config, Inputs train) {
    Network net = config.newNetwork();
    Inputs head = train.head(Math.min(train.size(), 5000));
    try (Team team = new Team(1)) {
      Trainer t = new Trainer(net, new Sgd(net, config.eta(), config.lambda(), config.momentum(), head.size()),
          head, config.batch(), config.seed(), team);
      t.trainEpoch(null);
      t.trainEpoch(null);
    } catch (DivergedException ignored) {
      // a warm-up only: its numbers are thrown away
    }
  }

  /** One configuration, trained on the calling thread. */
  static Row one(TrainingConfig config, dev.glassbox.data.Dataset images, Inputs train, Inputs validation,
      Inputs test) {
    long t0 = System.nanoTime();
    TrainingRun run = new TrainingRun(config, config.newNetwork(), train, validation, test);
    if (images != null) {
      run.images(images);
    }
    boolean diverged = false;
    try {
      run.run(null);
    } catch (DivergedException e) {
      diverged = true;
    }
    return new Row(config, run.history(), run.bestResult(), run.best(),
        (System.nanoTime() - t0) / 1e9, diverged);
  }

  /** The row with the best validation accuracy (the first of equals), or null if none finished. */
  public static Row best(List<Row> rows) {
    Row best = null;
    for (Row r : rows) {
      if (r.best() != null && (best == null || r.bestValidation() > best.bestValidation())) {
        best = r;
      }
    }
    return best;
  }
}
