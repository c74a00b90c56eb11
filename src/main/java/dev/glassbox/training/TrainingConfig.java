package dev.glassbox.training;

import static dev.glassbox.training.Hyperparameter.ACTIVATION;
import static dev.glassbox.training.Hyperparameter.AUGMENT;
import static dev.glassbox.training.Hyperparameter.BATCH;
import static dev.glassbox.training.Hyperparameter.COST;
import static dev.glassbox.training.Hyperparameter.DROPOUT;
import static dev.glassbox.training.Hyperparameter.EPOCHS;
import static dev.glassbox.training.Hyperparameter.ETA;
import static dev.glassbox.training.Hyperparameter.HALVE_AFTER;
import static dev.glassbox.training.Hyperparameter.INIT;
import static dev.glassbox.training.Hyperparameter.LAMBDA;
import static dev.glassbox.training.Hyperparameter.LAYERS;
import static dev.glassbox.training.Hyperparameter.MOMENTUM;
import static dev.glassbox.training.Hyperparameter.OUTPUT;
import static dev.glassbox.training.Hyperparameter.PATIENCE;
import static dev.glassbox.training.Hyperparameter.SCHEDULE;
import static dev.glassbox.training.Hyperparameter.SEED;

import dev.glassbox.data.Augment;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Network;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that defines a training run. The defaults are Nielsen's chapter 1 run: 784,30,10,
 * sigmoid, quadratic cost, N(0,1), η = 3.0, mini-batches of 10, 30 epochs.
 *
 * @param sizes neurons per layer, input first
 * @param hidden activation of the hidden layers
 * @param output activation of the output layer
 * @param threads worker threads (results do not depend on it)
 * @param schedule how η changes from epoch to epoch
 * @param halveAfter the schedule's N: {@link Schedule#STEP} halves η every N epochs, {@link
 *     Schedule#PLATEAU} after N epochs without a better validation accuracy
 * @param patience early stopping: stop after this many epochs without a better validation
 *     accuracy (0: never)
 * @param augment how the training images are distorted afresh every epoch
 * @param dropout the probability P of dropping each hidden neuron in a training step (0: none)
 */
public record TrainingConfig(
    int[] sizes,
    Activation hidden,
    Activation output,
    Cost cost,
    Init init,
    double eta,
    int epochs,
    int batch,
    double lambda,
    double momentum,
    long seed,
    int threads,
    Schedule schedule,
    int halveAfter,
    int patience,
    Augment augment,
    double dropout) {

  /**
   * The default seed: of seeds 1-5 with Nielsen's settings, the one with the best validation
   * accuracy (95.74%; seeds 1, 2, 4, 5 gave 95.73, 95.38, 95.44, 95.40%).
   */
  public static final long DEFAULT_SEED = 3;

  /** The default N of a schedule (see {@link #halveAfter}). */
  public static final int DEFAULT_HALVE_AFTER = 3;

  /** Nielsen's chapter 1 defaults: constant η, no early stopping. */
  public static TrainingConfig nielsen() {
    return new TrainingConfig(new int[] {784, 30, 10}, Activation.SIGMOID, Activation.SIGMOID,
        Cost.QUADRATIC, Init.GAUSSIAN, 3.0, 30, 10, 0.0, 0.0, DEFAULT_SEED, defaultThreads());
  }

  /** A run at constant η without early stopping (the chapter 1 and 3 settings). */
  public TrainingConfig(int[] sizes, Activation hidden, Activation output, Cost cost, Init init,
      double eta, int epochs, int batch, double lambda, double momentum, long seed, int threads) {
    this(sizes, hidden, output, cost, init, eta, epochs, batch, lambda, momentum, seed, threads,
        Schedule.CONSTANT, DEFAULT_HALVE_AFTER, 0);
  }

  /** A run without augmentation or dropout. */
  public TrainingConfig(int[] sizes, Activation hidden, Activation output, Cost cost, Init init,
      double eta, int epochs, int batch, double lambda, double momentum, long seed, int threads,
      Schedule schedule, int halveAfter, int patience) {
    this(sizes, hidden, output, cost, init, eta, epochs, batch, lambda, momentum, seed, threads,
        schedule, halveAfter, patience, Augment.NONE, 0.0);
  }

  /** Both cores where there are two or more (capped at 4: a batch of 10 does not split further). */
  public static int defaultThreads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /** Checks the numbers make sense, with a message naming the bad one. */
  public TrainingConfig {
    if (epochs < 1) {
      throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
    }
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
    if (!(eta > 0) || !Double.isFinite(eta)) {
      throw new IllegalArgumentException("--eta must be a positive number, got " + eta);
    }
    if (!(lambda >= 0) || !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("--lambda must be 0 or more, got " + lambda);
    }
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException("--momentum must be in [0, 1), got " + momentum);
    }
    if (halveAfter < 1) {
      throw new IllegalArgumentException("--halve-after must be at least 1, got " + halveAfter);
    }
    if (patience < 0) {
      throw new IllegalArgumentException("--patience must be 0 (never stop early) or more, got " + patience);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("--dropout must be in [0, 1), got " + dropout);
    }
    java.util.Objects.requireNonNull(schedule, "schedule");
    java.util.Objects.requireNonNull(augment, "augment");
    sizes = sizes.clone();
  }

  /** A new network of this shape, initialised from the seed. */
  public Network newNetwork() {
    Network net = new Network(sizes, hidden, output, cost);
    init.apply(net, seed);
    return net;
  }

  /** Layer sizes as "784,30,10". */
  public String sizesString() {
    return LayerSizes.text(sizes);
  }

  /**
   * The output activation of a run: the one given, or when none is (null) the cost's default, the
   * rule {@link Cost#defaultOutput} states once for {@code train}, {@code sweep} and the studio.
   */
  public static Activation outputFor(Cost cost, Activation given) {
    return given != null ? given : cost.defaultOutput();
  }

  /**
   * The configuration a set of values makes, each of the type {@link Hyperparameter#read} gives; a
   * missing one takes the default, a missing or null {@link Hyperparameter#OUTPUT} the cost's.
   */
  public static TrainingConfig of(Map<Hyperparameter, ?> values, int threads) {
    Map<Hyperparameter, Object> v = new EnumMap<>(Hyperparameter.class);
    for (Hyperparameter h : Hyperparameter.values()) {
      Object given = values.get(h);
      v.put(h, given != null || h.defaultText() == null ? given : h.read(h.defaultText()));
    }
    Cost c = (Cost) v.get(COST);
    return new TrainingConfig((int[]) v.get(LAYERS), (Activation) v.get(ACTIVATION),
        outputFor(c, (Activation) v.get(OUTPUT)), c, (Init) v.get(INIT), (double) v.get(ETA),
        (int) v.get(EPOCHS), (int) v.get(BATCH), (double) v.get(LAMBDA), (double) v.get(MOMENTUM),
        (long) v.get(SEED), threads, (Schedule) v.get(SCHEDULE), (int) v.get(HALVE_AFTER),
        (int) v.get(PATIENCE), (Augment) v.get(AUGMENT), (double) v.get(DROPOUT));
  }

  /**
   * The configuration a set of texts describes (the studio's fields), each read as its {@link
   * Hyperparameter} says; a missing one takes the default, a blank {@link Hyperparameter#OUTPUT}
   * the cost's. Errors name the field by its label.
   */
  public static TrainingConfig parse(Map<Hyperparameter, String> text, int threads) {
    Map<Hyperparameter, Object> values = new EnumMap<>(Hyperparameter.class);
    text.forEach((h, t) -> {
      if (h != Hyperparameter.OUTPUT || !t.isBlank()) {
        try {
          values.put(h, h.read(t));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(h.label() + ": " + e.getMessage(), e);
        }
      }
    });
    return of(values, threads);
  }

  /** The hyperparameters as the texts they read back from, in {@link Hyperparameter} order. */
  public Map<Hyperparameter, String> text() {
    Map<Hyperparameter, String> m = new EnumMap<>(Hyperparameter.class);
    for (Hyperparameter h : Hyperparameter.values()) {
      m.put(h, h.of(this));
    }
    return m;
  }

  /** The hyperparameters as strings keyed by {@link Hyperparameter#id}, for model metadata and reports. */
  public Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    text().forEach((h, t) -> m.put(h.id(), t));
    return m;
  }

  /** A copy with one hyperparameter changed to {@code value} (of the type {@link Hyperparameter#read} gives). */
  public TrainingConfig with(Hyperparameter h, Object value) {
    Map<Hyperparameter, Object> values = new EnumMap<>(Hyperparameter.class);
    text().forEach((k, t) -> values.put(k, k.read(t)));
    values.put(h, value);
    return of(values, threads);
  }

  /** A copy with another learning rate. */
  public TrainingConfig withEta(double eta) {
    return with(Hyperparameter.ETA, eta);
  }

  /** A copy with another epoch count. */
  public TrainingConfig withEpochs(int n) {
    return with(Hyperparameter.EPOCHS, n);
  }

  /** A copy with another early-stopping patience (0: never stop early). */
  public TrainingConfig withPatience(int n) {
    return with(Hyperparameter.PATIENCE, n);
  }

  /** A copy with another learning-rate schedule and its N. */
  public TrainingConfig withSchedule(Schedule s, int n) {
    return with(Hyperparameter.SCHEDULE, s).with(Hyperparameter.HALVE_AFTER, n);
  }

  /** A copy with another augmentation and dropout. */
  public TrainingConfig withRegularisation(Augment a, double p) {
    return with(Hyperparameter.AUGMENT, a).with(Hyperparameter.DROPOUT, p);
  }

  /** A copy with another thread count. */
  public TrainingConfig withThreads(int n) {
    return new TrainingConfig(sizes, hidden, output, cost, init, eta, epochs, batch, lambda, momentum, seed,
        n, schedule, halveAfter, patience, augment, dropout);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrainingConfig c && java.util.Arrays.equals(sizes, c.sizes) && describe().equals(c.describe())
        && threads == c.threads;
  }

  @Override
  public int hashCode() {
    return describe().hashCode();
  }

  @Override
  public String toString() {
    return describe().toString();
  }
}
