package dev.glassbox.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --eta η} and {@code --dropout P}: the SGD step that {@code step}, {@code lesson},
 * {@code trace} and {@code render} record for one image.
 */
public final class TracedStepOptions {
  @Option(names = "--eta", paramLabel = "η", description = "Learning rate of the update step (default: the model's, else 3.0).")
  Double eta;

  @Option(names = "--dropout", paramLabel = "P", description = "Record a training step with dropout P in [0,1):"
      + " the hidden neurons its mask drops are 0 in a and δ, the kept ones scaled by 1/(1-P). Test image i"
      + " gets the mask of training row i in epoch 1 with the model's seed (default: the model's own P, else 0).")
  Double dropout;

  /** A usage error (exit 2) when --dropout is outside [0, 1). */
  void check(CommandLine cmd) {
    if (dropout != null && !(dropout >= 0 && dropout < 1)) {
      throw new ParameterException(cmd, "--dropout must be in [0, 1), got " + dropout);
    }
  }
}
