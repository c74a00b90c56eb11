package dev.glassbox.cli;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Network;
import dev.glassbox.training.TrainingConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The hyperparameter options of {@code train}, {@code lr-find}, {@code sweep} and {@code studio}.
 * Defaults reproduce Nielsen's chapter 1 run.
 */
public final class TrainingOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--layers", paramLabel = "SIZES",
      description = "Layer sizes, input first (default: 784,30,10; with --load: the model's).")
  String layers;

  @Option(names = "--activation", paramLabel = "FN", defaultValue = "sigmoid",
      completionCandidates = Choices.HiddenActivations.class, converter = Choices.ToActivation.class,
      description = "Hidden-layer activation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Activation activation;

  @Option(names = "--output", paramLabel = "FN",
      completionCandidates = Choices.Activations.class, converter = Choices.ToActivation.class,
      description = "Output-layer activation: ${COMPLETION-CANDIDATES}"
          + " (default: softmax with log-likelihood, else sigmoid).")
  Activation output;

  @Option(names = "--cost", paramLabel = "C", defaultValue = "quadratic",
      completionCandidates = Choices.Costs.class, converter = Choices.ToCost.class,
      description = "Cost: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Cost cost;

  @Option(names = "--init", paramLabel = "I", defaultValue = "gaussian",
      completionCandidates = Choices.Inits.class, converter = Choices.ToInit.class,
      description = "Initial weights: gaussian = N(0,1), scaled = N(0,1/n_in), zeros"
          + " (default: ${DEFAULT-VALUE}).")
  Init init;

  @Option(names = "--eta", paramLabel = "ETA", defaultValue = "3.0",
      description = "Learning rate η (default: ${DEFAULT-VALUE}).")
  double eta;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "30",
      description = "Epochs (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--batch", paramLabel = "M", defaultValue = "10",
      description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--lambda", paramLabel = "L", defaultValue = "0",
      description = "L2 regularisation λ (default: ${DEFAULT-VALUE}).")
  double lambda;

  @Option(names = "--momentum", paramLabel = "MU", defaultValue = "0",
      description = "Momentum μ in [0,1) (default: ${DEFAULT-VALUE}).")
  double momentum;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + TrainingConfig.DEFAULT_SEED,
      description = "Seed of the initial weights and the shuffling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads (default: the cores, at most 4). Results do not depend on it.")
  Integer threads;

  // an option the user typed that contradicts the loaded model is refused, never silently ignored
  private void refuseIfGivenAndDifferent(String option, boolean differs, String modelName, String has) {
    boolean given = mixee != null && mixee.commandLine() != null
        && mixee.commandLine().getParseResult() != null
        && mixee.commandLine().getParseResult().hasMatchedOption(option);
    if (given && differs) {
      throw new IllegalArgumentException(modelName + " has " + has + "; " + option
          + " cannot change it when going on from the model (leave " + option + " out)");
    }
  }

  /** Parses "784,30,10", with a message naming the bad part. */
  public static int[] parseSizes(String s) {
    String[] parts = s.split(",");
    int[] sizes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        long v = Long.parseLong(parts[i].trim());
        if (v > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("--layers: " + v + " neurons in \"" + s + "\" is too big"
              + " (at most " + Integer.MAX_VALUE + " per layer, and far fewer fit in memory)");
        }
        sizes[i] = (int) Math.max(v, 0);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--layers: \"" + parts[i].trim() + "\" in \"" + s
            + "\" is not a whole number (expected e.g. 784,30,10)");
      }
      if (sizes[i] < 1) {
        throw new IllegalArgumentException("--layers: every layer needs at least one neuron: " + s);
      }
    }
    if (sizes.length < 2) {
      throw new IllegalArgumentException("--layers needs at least an input and an output size: " + s);
    }
    // training holds the parameters, their gradients, the velocity and the best copy: four copies
    dev.glassbox.network.Network.checkFits(sizes, "--layers " + s, 4);
    return sizes;
  }

  /**
   * The configuration for a new network. A value that does not make sense (an unknown cost, a
   * negative rate) is a usage error: exit code 2, with the option named.
   */
  public TrainingConfig config() {
    try {
      return parseConfig();
    } catch (IllegalArgumentException e) {
      if (mixee != null && mixee.commandLine() != null) {
        throw new picocli.CommandLine.ParameterException(mixee.commandLine(), e.getMessage(), e);
      }
      throw e;
    }
  }

  private TrainingConfig parseConfig() {
    int[] sizes = parseSizes(layers == null ? "784,30,10" : layers);
    Activation out = output != null ? output : cost.defaultOutput();
    return new TrainingConfig(sizes, activation, out, cost, init, eta,
        epochs, batch, lambda, momentum, seed,
        threads == null ? TrainingConfig.defaultThreads() : threads);
  }

  /**
   * The configuration for going on from a loaded network: its architecture, these options'
   * training settings. Refuses explicit options that contradict the model.
   */
  public TrainingConfig configFor(Network loaded, String modelName) {
    if (layers != null && !java.util.Arrays.equals(parseSizes(layers), loaded.sizes())) {
      throw new IllegalArgumentException(modelName + " has layers " + loaded.sizesString()
          + ", but --layers asks for " + layers);
    }
    refuseIfGivenAndDifferent("--cost", cost != loaded.cost(), modelName,
        "cost " + loaded.cost().id());
    refuseIfGivenAndDifferent("--output", output != null && output != loaded.outputActivation(),
        modelName, "output " + loaded.outputActivation().id());
    refuseIfGivenAndDifferent("--activation", loaded.layers() > 2 && activation != loaded.activation(1),
        modelName, "hidden activation " + (loaded.layers() > 2 ? loaded.activation(1).id() : "-"));
    TrainingConfig base = config();
    Cost c = loaded.cost();
    Activation hidden = loaded.layers() > 2 ? loaded.activation(1) : base.hidden();
    return new TrainingConfig(loaded.sizes(), hidden, loaded.outputActivation(), c, base.init(),
        base.eta(), base.epochs(), base.batch(), base.lambda(), base.momentum(), base.seed(),
        base.threads());
  }
}
