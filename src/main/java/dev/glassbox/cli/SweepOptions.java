package dev.glassbox.cli;

import dev.glassbox.training.Hyperparameter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The hyperparameter options of {@code sweep}, each one value or a list (made from {@link
 * Hyperparameter} by {@link HyperparameterOptions}); defaults through {@link Choices.SweepDefaults}.
 */
final class SweepOptions {
  private HyperparameterOptions hyperparameters;

  // picocli hands a mixin its own spec while building it: the place to add the generated options
  @Spec
  void addHyperparameterOptions(CommandSpec self) {
    hyperparameters = new HyperparameterOptions(self, true);
  }

  /** The values given for {@code h}, or its default; [null] for an output that follows the cost. */
  List<Object> values(Hyperparameter h) {
    List<Object> v = hyperparameters.value(h);
    return v == null || v.isEmpty() ? java.util.Collections.singletonList(null) : v;
  }
}
