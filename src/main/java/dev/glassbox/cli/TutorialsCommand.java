package dev.glassbox.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glassbox tutorials}: regenerate the tutorials (numbers and pictures) and docs/cli.md. */
@Command(
    name = "tutorials",
    mixinStandardHelpOptions = true,
    description = {"Regenerate the tutorials: fill every number of the hand-written templates from the"
        + " running program (the default model, its history, a trace of one test image, the stepper's"
        + " steps, short training runs of a few seconds, the full-size runs recorded in tutorials/runs/)"
        + " and draw their pictures; and write the command-line reference docs/cli.md from these"
        + " commands' own help.",
        "A test fails when the committed files differ from what this writes."})
final class TutorialsCommand extends Subcommand {
  @Option(names = "--out", paramLabel = "DIR",
      description = "Folder for the tutorials and their images/ (default: tutorials/ in the project folder).")
  Path out;

  @Option(names = "--cli-doc", paramLabel = "FILE",
      description = "Where to write the command-line reference (default: docs/cli.md in the project folder).")
  Path cliDoc;

  @Option(names = "--record-runs", paramLabel = "NAMES", arity = "0..1", fallbackValue = "all",
      description = "First train tutorial 7's full-size runs again with their exact commands and record"
          + " each one's history and model metadata in tutorials/runs/ (slow: some 20 minutes of computing in"
          + " all, one thread each): all of them, or the runs named, separated by commas.")
  String recordRuns;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = out();
    if (recordRuns != null) {
      java.util.List<dev.glassbox.tutorial.FrontierRuns.Planned> runs;
      try {
        runs = RunRecorder.select(recordRuns);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--record-runs: " + e.getMessage());
      }
      RunRecorder.record(runs, spec.commandLine(), w);
    }
    Path dir = out != null ? out : CommonOptions.home().resolve("tutorials");
    Path doc = cliDoc != null ? cliDoc : CommonOptions.home().resolve("docs").resolve("cli.md");
    Tutorials.Written written = Tutorials.generate(dir, w);
    byte[] reference = CliReference.markdown().getBytes(StandardCharsets.UTF_8);
    dev.glassbox.io.AtomicFile.write(doc, o -> o.write(reference));
    w.println("wrote " + written.markdown().size() + " tutorials and " + written.pictures().size()
        + " pictures into " + CommonOptions.display(dir) + ", and " + CommonOptions.display(doc));
    w.flush();
    return 0;
  }
}
