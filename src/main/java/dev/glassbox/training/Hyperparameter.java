package dev.glassbox.training;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The hyperparameters of a training run, defined once: the name used on the command line and in
 * model metadata, the studio's label, the values a user may choose from, and how each is read from
 * a {@link TrainingConfig}. Defaults are {@link TrainingConfig#nielsen()}'s; {@code train},
 * {@code sweep}, {@code lr-find} and the studio read them, and their candidate lists, from here.
 */
public enum Hyperparameter {
  /** Neurons per layer, input first (parsed by {@link LayerSizes}). */
  LAYERS("layers", "layers", c -> LayerSizes.text(c.sizes()), null),
  /** The hidden layers' activation (an element-wise one). */
  ACTIVATION("activation", "activation", c -> c.hidden().id(), Activation::hiddenIds),
  /** The output layer's activation; by default the cost's ({@link Cost#defaultOutput}). */
  OUTPUT("output", "output", c -> c.output().id(),
      () -> Arrays.stream(Activation.values()).map(Activation::id).toArray(String[]::new)),
  /** The cost C. */
  COST("cost", "cost", c -> c.cost().id(), Cost::ids),
  /** How the weights start. */
  INIT("init", "init", c -> c.init().id(), Init::ids),
  /** The learning rate η. */
  ETA("eta", "η (eta)", c -> Double.toString(c.eta()), null),
  /** Passes over the training data. */
  EPOCHS("epochs", "epochs", c -> Integer.toString(c.epochs()), null),
  /** Mini-batch size m. */
  BATCH("batch", "batch size", c -> Integer.toString(c.batch()), null),
  /** L2 regularisation λ. */
  LAMBDA("lambda", "λ (lambda)", c -> Double.toString(c.lambda()), null),
  /** Momentum μ. */
  MOMENTUM("momentum", "μ (momentum)", c -> Double.toString(c.momentum()), null),
  /** Seed of the initial weights and the shuffling. */
  SEED("seed", "seed", c -> Long.toString(c.seed()), null),
  // added later, so after the seed: metadata, sweep CSVs and tables keep their first columns
  /** How η changes from epoch to epoch. */
  SCHEDULE("schedule", "η schedule", c -> c.schedule().id(), Schedule::ids),
  /** The schedule's N: step halves η every N epochs, plateau after N without improvement. */
  HALVE_AFTER("halve-after", "halve after", c -> Integer.toString(c.halveAfter()), null),
  /** Early stopping: epochs without a better validation accuracy before the run stops (0: never). */
  PATIENCE("patience", "patience", c -> Integer.toString(c.patience()), null);

  private final String id;
  private final String label;
  private final Function<TrainingConfig, String> text;
  private final Supplier<String[]> choices;

  Hyperparameter(String id, String label, Function<TrainingConfig, String> text,
      Supplier<String[]> choices) {
    this.id = id;
    this.label = label;
    this.text = text;
    this.choices = choices;
  }

  /** The name in model metadata, sweep tables and (after "--") on the command line. */
  public String id() {
    return id;
  }

  /** The command-line option, e.g. "--eta". */
  public String option() {
    return "--" + id;
  }

  /** The studio's label, with the book's symbol where there is one. */
  public String label() {
    return label;
  }

  /** This hyperparameter's value in {@code c}, as text that parses back to it. */
  public String of(TrainingConfig c) {
    return text.apply(c);
  }

  /**
   * The default as text, or null for {@link #OUTPUT}, whose default follows the cost (see {@link
   * TrainingConfig#outputFor}).
   */
  public String defaultText() {
    return this == OUTPUT ? null : of(TrainingConfig.nielsen());
  }

  /** The values to choose from, in order; empty when any value of the right kind will do. */
  public List<String> choices() {
    return choices == null ? List.of() : List.of(choices.get());
  }

  /** The hyperparameter behind an option name ("--eta" or "eta"), or null. */
  public static Hyperparameter byName(String name) {
    String n = name.startsWith("--") ? name.substring(2) : name;
    for (Hyperparameter h : values()) {
      if (h.id.equals(n.toLowerCase(Locale.ROOT))) {
        return h;
      }
    }
    return null;
  }
}
