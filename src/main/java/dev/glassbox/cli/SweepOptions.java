package dev.glassbox.cli;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.training.Schedule;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The hyperparameter options of {@code sweep}, each one value or a comma-separated list; defaults
 * and candidates come from {@link dev.glassbox.training.Hyperparameter} (see {@link Choices}).
 */
final class SweepOptions {
  @Option(names = "--layers", paramLabel = "SIZES[:SIZES...]",
      description = "Layer sizes, several separated by ':' (default: ${DEFAULT-VALUE}).")
  String layers;

  @Option(names = "--activation", paramLabel = "FN[,FN...]",
      split = ",", hideParamSyntax = true,
      completionCandidates = Choices.HiddenActivations.class, converter = Choices.ToActivation.class,
      description = "Hidden activations: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  List<Activation> activation;

  @Option(names = "--output", paramLabel = "FN",
      completionCandidates = Choices.Activations.class, converter = Choices.ToActivation.class,
      description = "Output activation: ${COMPLETION-CANDIDATES}"
          + " (default: softmax with log-likelihood, else sigmoid).")
  Activation output;

  @Option(names = "--cost", paramLabel = "C[,C...]",
      split = ",", hideParamSyntax = true,
      completionCandidates = Choices.Costs.class, converter = Choices.ToCost.class,
      description = "Costs: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  List<Cost> cost;

  @Option(names = "--init", paramLabel = "I[,I...]",
      split = ",", hideParamSyntax = true,
      completionCandidates = Choices.Inits.class, converter = Choices.ToInit.class,
      description = "Initial weights: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  List<Init> init;

  @Option(names = "--eta", paramLabel = "ETA[,ETA...]",
      description = "Learning rates (default: ${DEFAULT-VALUE}).")
  String eta;

  @Option(names = "--schedule", paramLabel = "S[,S...]", split = ",", hideParamSyntax = true,
      completionCandidates = Choices.Schedules.class, converter = Choices.ToSchedule.class,
      description = "η schedules: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  List<Schedule> schedule;

  @Option(names = "--halve-after", paramLabel = "N[,N...]",
      description = "The N of the plateau and step schedules (default: ${DEFAULT-VALUE}).")
  String halveAfter;

  @Option(names = "--patience", paramLabel = "N[,N...]",
      description = "Early stopping after N epochs without improvement; 0 never (default: ${DEFAULT-VALUE}).")
  String patience;

  @Option(names = "--epochs", paramLabel = "N[,N...]",
      description = "Epochs (default: ${DEFAULT-VALUE}).")
  String epochs;

  @Option(names = "--batch", paramLabel = "M[,M...]",
      description = "Mini-batch sizes (default: ${DEFAULT-VALUE}).")
  String batch;

  @Option(names = "--lambda", paramLabel = "L[,L...]",
      description = "L2 regularisation (default: ${DEFAULT-VALUE}).")
  String lambda;

  @Option(names = "--momentum", paramLabel = "MU[,MU...]",
      description = "Momentum (default: ${DEFAULT-VALUE}).")
  String momentum;

  @Option(names = "--seed", paramLabel = "S[,S...]",
      description = "Seeds; several seeds show the spread of one setting (default: ${DEFAULT-VALUE}).")
  String seed;
}
