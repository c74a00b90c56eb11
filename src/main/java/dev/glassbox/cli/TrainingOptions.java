package dev.glassbox.cli;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.Network;
import dev.glassbox.training.LayerSizes;
import dev.glassbox.training.Schedule;
import dev.glassbox.training.TrainingConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The hyperparameter options of {@code train}, {@code lr-find} and {@code studio}: picocli's view
 * of {@link dev.glassbox.training.Hyperparameter}, whose defaults (Nielsen's chapter 1 run) and
 * choices it reads through {@link Choices.Defaults} and the candidate lists of {@link Choices}.
 */
public final class TrainingOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--layers", paramLabel = "SIZES",
      description = "Layer sizes, input first (default: ${DEFAULT-VALUE}; with --load: the model's).")
  String layers;

  @Option(names = "--activation", paramLabel = "FN",
      completionCandidates = Choices.HiddenActivations.class, converter = Choices.ToActivation.class,
      description = "Hidden-layer activation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Activation activation;

  @Option(names = "--output", paramLabel = "FN",
      completionCandidates = Choices.Activations.class, converter = Choices.ToActivation.class,
      description = "Output-layer activation: ${COMPLETION-CANDIDATES}"
          + " (default: softmax with log-likelihood, else sigmoid).")
  Activation output;

  @Option(names = "--cost", paramLabel = "C",
      completionCandidates = Choices.Costs.class, converter = Choices.ToCost.class,
      description = "Cost: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Cost cost;

  @Option(names = "--init", paramLabel = "I",
      completionCandidates = Choices.Inits.class, converter = Choices.ToInit.class,
      description = "Initial weights: gaussian = N(0,1), scaled = N(0,1/n_in), zeros"
          + " (default: ${DEFAULT-VALUE}).")
  Init init;

  @Option(names = "--eta", paramLabel = "ETA",
      description = "Learning rate η (default: ${DEFAULT-VALUE}).")
  double eta;

  @Option(names = "--schedule", paramLabel = "S",
      completionCandidates = Choices.Schedules.class, converter = Choices.ToSchedule.class,
      description = "How η changes: ${COMPLETION-CANDIDATES}. plateau halves η after --halve-after"
          + " epochs without a better validation accuracy (Nielsen ch. 3), step halves it every"
          + " --halve-after epochs, cosine lowers it from η towards 0 over the epochs"
          + " (default: ${DEFAULT-VALUE}).")
  Schedule schedule;

  @Option(names = "--halve-after", paramLabel = "N",
      description = "The N of --schedule plateau and step (default: ${DEFAULT-VALUE}).")
  int halveAfter;

  @Option(names = "--epochs", paramLabel = "N",
      description = "Epochs (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--patience", paramLabel = "N",
      description = "Early stopping: stop after N epochs without a better validation accuracy;"
          + " 0 never stops early (default: ${DEFAULT-VALUE}).")
  int patience;

  @Option(names = "--batch", paramLabel = "M",
      description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--lambda", paramLabel = "L",
      description = "L2 regularisation λ (default: ${DEFAULT-VALUE}).")
  double lambda;

  @Option(names = "--momentum", paramLabel = "MU",
      description = "Momentum μ in [0,1) (default: ${DEFAULT-VALUE}).")
  double momentum;

  @Option(names = "--seed", paramLabel = "S",
      description = "Seed of the initial weights and the shuffling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads (default: the cores, at most 4). Results do not depend on it.")
  Integer threads;

  private boolean given(String option) {
    return mixee != null && mixee.commandLine() != null
        && mixee.commandLine().getParseResult() != null
        && mixee.commandLine().getParseResult().hasMatchedOption(option);
  }

  // an option the user typed that contradicts the loaded model is refused, never silently ignored
  private void refuseIfGivenAndDifferent(String option, boolean differs, String modelName, String has) {
    if (given(option) && differs) {
      throw new IllegalArgumentException(modelName + " has " + has + "; " + option
          + " cannot change it when going on from the model (leave " + option + " out)");
    }
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
    int[] sizes = LayerSizes.parse("--layers", layers);
    Activation out = TrainingConfig.outputFor(cost, output);
    return new TrainingConfig(sizes, activation, out, cost, init, eta,
        epochs, batch, lambda, momentum, seed,
        threads == null ? TrainingConfig.defaultThreads() : threads, schedule, halveAfter, patience);
  }

  /**
   * The configuration for going on from a loaded network: its architecture, these options'
   * training settings. Refuses explicit options that contradict the model.
   */
  public TrainingConfig configFor(Network loaded, String modelName) {
    if (given("--layers") && !java.util.Arrays.equals(LayerSizes.parse("--layers", layers), loaded.sizes())) {
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
        base.threads(), base.schedule(), base.halveAfter(), base.patience());
  }
}
