package dev.glassbox.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --limit N}, defined once for every command that reads a data set (mixed in). */
public final class Limit {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  private int n;

  // checked while parsing, so a negative limit is a usage error (exit 2) like --batch -5
  @Option(names = "--limit", paramLabel = "N",
      description = "Use only the first N images of train, of validation and of test (quick runs).")
  void set(int n) {
    if (n < 0) {
      throw new ParameterException(mixee.commandLine(), "--limit must be 0 (no limit) or more, got " + n);
    }
    this.n = n;
  }

  /** The N given, or 0 for no limit. */
  public int n() {
    return n;
  }
}
