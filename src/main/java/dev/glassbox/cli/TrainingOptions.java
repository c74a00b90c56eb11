package dev.glassbox.cli;

import dev.glassbox.network.Network;
import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.TrainingConfig;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The hyperparameter options of {@code train}, {@code lr-find} and {@code studio}, one value each,
 * made from {@link Hyperparameter} ({@link HyperparameterOptions}; defaults, Nielsen's chapter 1
 * run, through {@link Choices.Defaults}), and {@code --threads}.
 */
public final class TrainingOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  private HyperparameterOptions hyperparameters;

  // picocli hands a mixin its own spec while building it: the place to add the generated options
  @Spec
  void addHyperparameterOptions(CommandSpec self) {
    hyperparameters = new HyperparameterOptions(self, false);
  }

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
    return config(values());
  }

  private Map<Hyperparameter, Object> values() {
    Map<Hyperparameter, Object> values = new EnumMap<>(Hyperparameter.class);
    for (Hyperparameter h : Hyperparameter.values()) {
      values.put(h, hyperparameters.value(h));
    }
    return values;
  }

  private TrainingConfig config(Map<Hyperparameter, Object> values) {
    try {
      return TrainingConfig.of(values, threads == null ? TrainingConfig.defaultThreads() : threads);
    } catch (IllegalArgumentException e) {
      if (mixee != null && mixee.commandLine() != null) {
        throw new picocli.CommandLine.ParameterException(mixee.commandLine(), e.getMessage(), e);
      }
      throw e;
    }
  }

  /**
   * The configuration for going on from a loaded network: its architecture, these options'
   * training settings. Refuses explicit options that contradict the model.
   */
  public TrainingConfig configFor(Network loaded, String modelName) {
    TrainingConfig asked = config();
    if (given("--layers") && !Arrays.equals(asked.sizes(), loaded.sizes())) {
      throw new IllegalArgumentException(modelName + " has layers " + loaded.sizesString()
          + ", but --layers asks for " + asked.sizesString());
    }
    refuseIfGivenAndDifferent("--cost", asked.cost() != loaded.cost(), modelName,
        "cost " + loaded.cost().id());
    refuseIfGivenAndDifferent("--output", asked.output() != loaded.outputActivation(),
        modelName, "output " + loaded.outputActivation().id());
    refuseIfGivenAndDifferent("--activation", loaded.layers() > 2 && asked.hidden() != loaded.activation(1),
        modelName, "hidden activation " + (loaded.layers() > 2 ? loaded.activation(1).id() : "-"));
    Map<Hyperparameter, Object> values = values();
    values.put(Hyperparameter.LAYERS, loaded.sizes());
    values.put(Hyperparameter.ACTIVATION, loaded.layers() > 2 ? loaded.activation(1) : asked.hidden());
    values.put(Hyperparameter.OUTPUT, loaded.outputActivation());
    values.put(Hyperparameter.COST, loaded.cost());
    return config(values);
  }
}
