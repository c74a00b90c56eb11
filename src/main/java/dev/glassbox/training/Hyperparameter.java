package dev.glassbox.training;

import dev.glassbox.data.Augment;
import dev.glassbox.io.Named;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The hyperparameters of a training run, defined once: the name used on the command line and in
 * model metadata, the studio's label, the values a user may choose from, how each is written from
 * a {@link TrainingConfig} and read back from text. Defaults are {@link TrainingConfig#nielsen()}'s;
 * {@code train}, {@code sweep}, {@code lr-find} and the studio read them, their candidate lists and
 * their values from here.
 */
public enum Hyperparameter {
  /** Neurons per layer, input first (parsed by {@link LayerSizes}). */
  LAYERS("layers", "layers", c -> LayerSizes.text(c.sizes()), LayerSizes::parse, null),
  /** The hidden layers' activation (an element-wise one). */
  ACTIVATION("activation", "activation", c -> c.hidden().id(), Activation::parse, Activation::hiddenIds),
  /** The output layer's activation; by default the cost's ({@link Cost#defaultOutput}). */
  OUTPUT("output", "output", c -> c.output().id(), Activation::parse, () -> Named.ids(Activation.class)),
  /** The cost C. */
  COST("cost", "cost", c -> c.cost().id(), Cost::parse, () -> Named.ids(Cost.class)),
  /** How the weights start. */
  INIT("init", "init", c -> c.init().id(), Init::parse, () -> Named.ids(Init.class)),
  /** The learning rate η. */
  ETA("eta", "η (eta)", c -> Double.toString(c.eta()), Hyperparameter::number, null),
  /** Passes over the training data. */
  EPOCHS("epochs", "epochs", c -> Integer.toString(c.epochs()), Hyperparameter::whole, null),
  /** Mini-batch size m. */
  BATCH("batch", "batch size", c -> Integer.toString(c.batch()), Hyperparameter::whole, null),
  /** L2 regularisation λ. */
  LAMBDA("lambda", "λ (lambda)", c -> Double.toString(c.lambda()), Hyperparameter::number, null),
  /** Momentum μ. */
  MOMENTUM("momentum", "μ (momentum)", c -> Double.toString(c.momentum()), Hyperparameter::number, null),
  /** Seed of the initial weights and the shuffling. */
  SEED("seed", "seed", c -> Long.toString(c.seed()), Hyperparameter::seed, null),
  // added later, so after the seed: metadata, sweep CSVs and tables keep their first columns
  /** How η changes from epoch to epoch. */
  SCHEDULE("schedule", "η schedule", c -> c.schedule().id(), Schedule::parse, () -> Named.ids(Schedule.class)),
  /** The schedule's N: step halves η every N epochs, plateau after N without improvement. */
  HALVE_AFTER("halve-after", "halve after", c -> Integer.toString(c.halveAfter()), Hyperparameter::whole, null),
  /** Early stopping: epochs without a better validation accuracy before the run stops (0: never). */
  PATIENCE("patience", "patience", c -> Integer.toString(c.patience()), Hyperparameter::whole, null),
  /** How the training images are distorted afresh every epoch ({@link Augment}). */
  AUGMENT("augment", "augment", c -> c.augment().id(), Augment::parse, () -> Named.ids(Augment.class)),
  /** Dropout: the probability P that a hidden neuron is dropped in a training step (0: none). */
  DROPOUT("dropout", "dropout P", c -> Double.toString(c.dropout()), Hyperparameter::number, null);

  private final String id;
  private final String label;
  private final Function<TrainingConfig, String> text;
  private final Function<String, Object> reader;
  private final Supplier<List<String>> choices;

  Hyperparameter(String id, String label, Function<TrainingConfig, String> text,
      Function<String, Object> reader, Supplier<List<String>> choices) {
    this.id = id;
    this.label = label;
    this.text = text;
    this.reader = reader;
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
    return choices == null ? List.of() : choices.get();
  }

  /**
   * The value a text stands for, of the type {@link TrainingConfig} holds it in (an {@link
   * Activation}, an {@code int[]} of sizes, a {@code Double}, ...): the one reader of every
   * hyperparameter for the command line, the sweep's lists and the studio's fields.
   *
   * @throws IllegalArgumentException saying what is wrong with the text (the caller names the field)
   */
  public Object read(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty value");
    }
    return reader.apply(text.trim());
  }

  private static Object number(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + s + "\" is not a number");
    }
  }

  private static Object whole(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + s + "\" is not a whole number");
    }
  }

  private static Object seed(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + s + "\" is not a whole number");
    }
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
