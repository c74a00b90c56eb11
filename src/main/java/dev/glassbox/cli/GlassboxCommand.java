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
    description = {"Watch a neural network think: train, step through and inspect an MNIST network.",
        "With no command: opens the stepper on test image 0 (glassbox step)."},
    subcommands = {
      DataCommand.class,
      ConvertCommand.class,
      BenchLoadCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      TestCommand.class,
      LrFindCommand.class,
      ExportCommand.class,
      StepCommand.class,
      LessonCommand.class,
      RenderCommand.class,
      TraceCommand.class,
      BenchTraceCommand.class,
      ImagineCommand.class,
      NudgeCommand.class,
      PredictCommand.class,
      SweepCommand.class,
      CompareCommand.class,
      StudioCommand.class,
      BrowseCommand.class,
      TutorialsCommand.class,
    })
public final class GlassboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /**
   * No subcommand: the stepper on the default model and test image 0 (the window, or the terminal
   * stepper where there is no display).
   */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("step").execute();
  }
}
