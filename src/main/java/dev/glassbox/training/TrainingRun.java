package dev.glassbox.training;

import dev.glassbox.data.Augment;
import dev.glassbox.data.Dataset;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Sgd;

/**
 * A whole training run: epochs of {@link Trainer}, an evaluation on the validation and test sets
 * after each, the history, and a copy of the weights with the best validation accuracy so far
 * (the model that gets saved, not merely the last epoch's). Reports through a {@link Listener};
 * never prints.
 */
public final class TrainingRun {
  /** Progress events, called on the training thread. */
  public interface Listener {
    /** Before the first epoch. */
    default void started(TrainingConfig config, int batchesPerEpoch, int trainSize) {}

    /** Every few batches. */
    default void batch(int epoch, int done, int total) {}

    /**
     * Every few batches, with the mean cost of the samples trained since the previous call; by
     * default forwards to {@link #batch(int, int, int)}.
     */
    default void batch(int epoch, int done, int total, double recentCost) {
      batch(epoch, done, total);
    }

    /**
     * Every few batches, with the mean cost and each layer's speed of learning (see {@link
     * LayerSpeeds}) over the batches trained since the previous call; by default forwards to
     * {@link #batch(int, int, int, double)}.
     */
    default void batch(int epoch, int done, int total, double recentCost, LayerSpeeds recentSpeeds) {
      batch(epoch, done, total, recentCost);
    }

    /**
     * After each epoch's evaluation; {@code best} when it improved the validation accuracy. The
     * evaluations (null where there is no such set) carry the confusion matrices and the
     * misclassified samples.
     */
    default void epoch(EpochResult result, boolean best, Evaluation validation, Evaluation test) {}

    /**
     * Whether {@link #batch} reads the network being trained (by default it may): training keeps
     * layer 1 in its threads' copies between reports to one that does not.
     */
    default boolean readsNetwork() {
      return true;
    }
  }

  private final TrainingConfig config;
  private final Network net;
  private final Inputs train;
  private final Inputs validation;
  private final Inputs test;
  private final History history = new History();
  private Network best;
  private EpochResult bestResult;
  private volatile boolean stop;
  private int stoppedEarly;
  private Dataset augmentImages;

  /**
   * @param net the network to train in place (new or loaded; sizes must match the config)
   * @param validation may be null (then the last epoch counts as best)
   * @param test may be null
   */
  public TrainingRun(TrainingConfig config, Network net, Inputs train, Inputs validation, Inputs test) {
    if (!java.util.Arrays.equals(net.sizes(), config.sizes())) {
      throw new IllegalArgumentException("the network has layers " + net.sizesString()
          + " but the configuration asks for " + config.sizesString());
    }
    train.checkLabelsFit(net, "training data");
    if (validation != null) {
      validation.checkLabelsFit(net, "validation data");
    }
    if (test != null) {
      test.checkLabelsFit(net, "test data");
    }
    this.config = config;
    this.net = net;
    this.train = train;
    this.validation = validation;
    this.test = test;
  }

  /**
   * The training inputs' images, in the same order, for the configuration's {@link
   * TrainingConfig#augment}: distorted afresh before every epoch ({@link DistortedEpochs});
   * validation and test stay as they are. Needed only when the configuration augments.
   *
   * @return this run
   */
  public TrainingRun images(Dataset images) {
    if (images.size() != train.size()) {
      throw new IllegalArgumentException(images.size() + " images for " + train.size() + " training inputs");
    }
    augmentImages = images;
    return this;
  }

  /** The augmentation of the training images (the configuration's). */
  public Augment augmentation() {
    return config.augment();
  }

  /** Asks the run to stop after the current mini-batch (thread-safe; for Ctrl-C and Stop). */
  public void requestStop() {
    stop = true;
  }

  /** Whether a stop was requested. */
  public boolean stopRequested() {
    return stop;
  }

  /**
   * Trains for the configured epochs (or until stopped).
   *
   * @throws DivergedException when the cost becomes NaN or infinite; {@link #best()} still holds
   *     the best network of the completed epochs
   */
  public void run(Listener listener) {
    Listener l = listener == null ? new Listener() {
      @Override
      public boolean readsNetwork() {
        return false;
      }
    } : listener;
    Augment augment = config.augment();
    if (augment != Augment.NONE && augmentImages == null) {
      throw new IllegalStateException("--augment " + augment.id() + " needs the training images (TrainingRun.images)");
    }
    try (Team team = new Team(config.threads());
        DistortedEpochs distorted = augment == Augment.NONE ? null
            : new DistortedEpochs(augmentImages, augment, config.seed(), config.threads())) {
      Sgd sgd = new Sgd(net, config.eta(), config.lambda(), config.momentum(), train.size());
      LearningRate rate = new LearningRate(config);
      int sinceBest = 0;
      Trainer trainer = new Trainer(net, sgd, train, config.batch(), config.seed(), team);
      trainer.dropout(config.dropout());
      Evaluator evaluator = new Evaluator(team);
      l.started(config, trainer.batchesPerEpoch(), train.size());
      // the accuracy each epoch begins at, to tell a collapse from a slow start (see Collapse)
      double began = validation == null ? Double.NaN : evaluator.evaluate(net, validation).accuracy();
      for (int e = 1; e <= config.epochs() && !stop; e++) {
        int epoch = e;
        double eta = rate.eta(epoch);
        sgd.setEta(eta);
        long t0 = System.nanoTime();
        if (distorted != null) {
          // timed with the epoch: it is part of its cost (the wait, when made in the background)
          trainer.useInputs(distorted.epoch(epoch, team, e < config.epochs()));
        }
        double cost = trainer.trainEpoch(new Trainer.BatchListener() {
          @Override
          public void batchesDone(int done, int total) {
            l.batch(epoch, done, total);
          }

          @Override
          public void batchesDone(int done, int total, double recentCost) {
            l.batch(epoch, done, total, recentCost);
          }

          @Override
          public void batchesDone(int done, int total, double recentCost, LayerSpeeds recentSpeeds) {
            l.batch(epoch, done, total, recentCost, recentSpeeds);
          }

          @Override
          public boolean stopRequested() {
            return stop;
          }

          @Override
          public boolean readsNetwork() {
            return l.readsNetwork();
          }
        });
        long t1 = System.nanoTime();
        if (!trainer.lastEpochComplete()) {
          break; // stopped mid-epoch: only whole epochs count (and can be saved)
        }
        Evaluation ve = validation == null ? null : evaluator.evaluate(net, validation);
        Evaluation te = test == null ? null : evaluator.evaluate(net, test);
        double val = ve == null ? Double.NaN : ve.accuracy();
        double tst = te == null ? Double.NaN : te.accuracy();
        long t2 = System.nanoTime();
        EpochResult r = new EpochResult(epoch, cost, val, tst, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
            trainer.epochSpeeds(), eta);
        String collapse = Collapse.check(began, val, net.size(net.layers() - 1), r.speeds());
        if (collapse != null) {
          throw new DivergedException(epoch, collapse); // before this epoch can become the best
        }
        began = val;
        boolean improved = bestResult == null || Double.isNaN(val) || val > bestResult.validationAccuracy();
        history.add(r);
        if (improved) {
          best = net.copy();
          bestResult = r;
        }
        l.epoch(r, improved, ve, te);
        rate.after(improved);
        sinceBest = improved ? 0 : sinceBest + 1;
        if (config.patience() > 0 && sinceBest >= config.patience()) {
          stoppedEarly = epoch;
          break; // the best epoch is already kept: the rest would only overfit
        }
      }
    }
  }

  /**
   * The epoch after which early stopping ended the run ({@link TrainingConfig#patience} epochs
   * without a better validation accuracy), or 0 when it did not.
   */
  public int stoppedEarly() {
    return stoppedEarly;
  }

  /** The configuration. */
  public TrainingConfig config() {
    return config;
  }

  /** The network being trained (its current weights). */
  public Network network() {
    return net;
  }

  /** A copy of the weights with the best validation accuracy so far, or null before any epoch. */
  public Network best() {
    return best;
  }

  /** The epoch of {@link #best()}, or null. */
  public EpochResult bestResult() {
    return bestResult;
  }

  /** The per-epoch history. */
  public History history() {
    return history;
  }
}
