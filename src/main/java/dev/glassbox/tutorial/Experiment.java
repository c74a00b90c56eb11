package dev.glassbox.tutorial;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Init;
import dev.glassbox.network.Network;
import dev.glassbox.training.Curve;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.History;
import dev.glassbox.training.TrainingConfig;
import dev.glassbox.training.TrainingMonitor;
import dev.glassbox.training.TrainingRun;
import java.util.List;

/**
 * A short real training run for a tutorial's comparison, on a small split (a few thousand images)
 * so it takes seconds. The run's test slot is given the training images themselves, so the
 * history's {@code test_accuracy} column is the accuracy on the images it trains on: beside the
 * validation accuracy, that is how overfitting shows.
 *
 * @param name a short name for placeholders and legends, e.g. {@code l2}
 * @param config what was trained
 * @param history per epoch: train cost, validation accuracy, and (in the test column) training
 *     accuracy; and each layer's speed of learning
 * @param speeds each layer's speed of learning as the studio draws it: smoothed, about
 *     {@value dev.glassbox.training.Trainer#REPORTS} points an epoch (code layer l at index l - 1)
 */
public record Experiment(String name, TrainingConfig config, History history, List<Curve> speeds) {
  /** Trains {@code config} from its seed on {@code split}'s train part, validating on its validation part. */
  public static Experiment run(String name, TrainingConfig config, MnistSplit split) {
    var train = Datasets.inputs(split.train());
    Network net = config.newNetwork();
    TrainingRun run = new TrainingRun(config, net, train, Datasets.inputs(split.validation()), train);
    // the studio's own listener, for its speed curves
    TrainingMonitor monitor = new TrainingMonitor(net);
    run.run(monitor);
    return new Experiment(name, config, run.history(), monitor.latest().speeds());
  }

  /**
   * Nielsen's vanishing-gradient set-up (chapter 5): 784,30,30,30,30,10 with {@code hidden}
   * neurons and a sigmoid output, cross-entropy cost, weights N(0, 1/n_in), η = 0.1, mini-batches
   * of 10, {@code epochs} epochs, no regularisation, seed 3.
   */
  public static TrainingConfig deep(Activation hidden, int epochs) {
    return new TrainingConfig(new int[] {784, 30, 30, 30, 30, 10}, hidden, Activation.SIGMOID,
        Cost.CROSS_ENTROPY, Init.SCALED, 0.1, epochs, 10, 0.0, 0.0, TrainingConfig.DEFAULT_SEED,
        TrainingConfig.defaultThreads());
  }

  /**
   * Nielsen's overfitting set-up (chapter 3), shortened: 784,30,10 sigmoid, cross-entropy cost,
   * η = 0.5, mini-batches of 10, {@code epochs} epochs, L2 {@code lambda}, seed 3.
   */
  public static TrainingConfig overfitting(double lambda, int epochs) {
    TrainingConfig n = TrainingConfig.nielsen();
    return new TrainingConfig(new int[] {784, 30, 10}, n.hidden(), n.output(), Cost.CROSS_ENTROPY,
        n.init(), 0.5, epochs, 10, lambda, 0.0, TrainingConfig.DEFAULT_SEED, TrainingConfig.defaultThreads());
  }

  /** The default model's recipe (784,30,10, sigmoid, quadratic, batches of 10, seed 3) at rate {@code eta}. */
  public static TrainingConfig rate(double eta, int epochs) {
    return TrainingConfig.nielsen().withEta(eta).withEpochs(epochs);
  }

  /**
   * Tutorial 7's dropout comparison: the overfitting set-up with 100 hidden neurons (784,100,10,
   * sigmoid, cross-entropy cost, weights N(0, 1/n_in), η = 0.5, mini-batches of 10, no L2),
   * {@code epochs} epochs, hidden neurons dropped with probability {@code p}, seed 3.
   */
  public static TrainingConfig dropout(double p, int epochs) {
    java.util.Map<dev.glassbox.training.Hyperparameter, String> t =
        new java.util.EnumMap<>(dev.glassbox.training.Hyperparameter.class);
    t.put(dev.glassbox.training.Hyperparameter.LAYERS, "784,100,10");
    t.put(dev.glassbox.training.Hyperparameter.COST, Cost.CROSS_ENTROPY.id());
    t.put(dev.glassbox.training.Hyperparameter.INIT, Init.SCALED.id());
    t.put(dev.glassbox.training.Hyperparameter.ETA, "0.5");
    t.put(dev.glassbox.training.Hyperparameter.EPOCHS, Integer.toString(epochs));
    t.put(dev.glassbox.training.Hyperparameter.DROPOUT, Double.toString(p));
    return TrainingConfig.parse(t, TrainingConfig.defaultThreads());
  }
}
