package dev.glassbox.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code glassbox} command; each job is a subcommand. */
@Command(
    name = "glassbox",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Watch a neural network think: train, step through and inspect an MNIST network.",
    subcommands = {
      DataCommand.class,
      ConvertCommand.class,
      BenchLoadCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      StepCommand.class,
      TraceCommand.class,
      BenchTraceCommand.class,
      StudioCommand.class,
      BrowseCommand.class,
    })
public final class GlassboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
