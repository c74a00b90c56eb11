package dev.glassbox.cli;

import dev.glassbox.io.AtomicFile;
import dev.glassbox.network.ModelFile;
import dev.glassbox.training.SavedRun;
import dev.glassbox.tutorial.FrontierRuns;
import dev.glassbox.tutorial.RunRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code glassbox tutorials --record-runs}: trains tutorial 7's full-size runs with their exact
 * commands (minutes each) and keeps, in {@code tutorials/runs/}, each one's history and a record of
 * its command and model metadata; the model itself stays in {@code out/runs/}.
 */
final class RunRecorder {
  private RunRecorder() {}

  /** The runs a {@code --record-runs} value names: "all", or names separated by commas. */
  static List<FrontierRuns.Planned> select(String names) {
    if (names.equals("all")) {
      return FrontierRuns.recorded();
    }
    List<FrontierRuns.Planned> out = new ArrayList<>();
    for (String n : names.split(",")) {
      FrontierRuns.Planned p = FrontierRuns.named(n.trim());
      if (p.shipped() != null) {
        throw new IllegalArgumentException("the run " + p.name() + " is the shipped model " + p.shipped()
            + ": make it again with " + p.command());
      }
      out.add(p);
    }
    return out;
  }

  /** Trains each run as its command says and records it; {@code log} gets the training's output. */
  static void record(List<FrontierRuns.Planned> runs, CommandLine parent, PrintWriter log) throws IOException {
    Path home = CommonOptions.home();
    for (FrontierRuns.Planned p : runs) {
      log.println("recording " + p.name() + ": " + p.command());
      log.flush();
      List<String> args = new ArrayList<>(List.of("train"));
      args.addAll(Arrays.asList(p.args().split(" ")));
      // the command's paths are the project folder's, wherever this runs from
      int out = args.indexOf("--out") + 1;
      args.set(out, home.resolve(args.get(out)).toString());
      CommandLine cl = Main.commandLine();
      cl.setOut(parent.getOut());
      cl.setErr(parent.getErr());
      int code = cl.execute(args.toArray(String[]::new));
      if (code != 0) {
        throw new IllegalStateException("recording " + p.name() + " failed (train exited with " + code
            + "): nothing of it was recorded");
      }
      keep(p, home);
    }
  }

  /**
   * Records the run {@code p} from the model and history its command saved in {@code out/runs/}:
   * the history copied into {@code tutorials/runs/}, the command and the model's metadata beside it.
   */
  static void keep(FrontierRuns.Planned p, Path home) throws IOException {
    List<String> words = Arrays.asList(p.args().split(" "));
    Path model = home.resolve(words.get(words.indexOf("--out") + 1));
    Path history = SavedRun.historyBeside(model);
    var meta = ModelFile.load(model).metadata();
    // a run cut short (Ctrl-C saves the best model so far) is not the run its command makes
    if (!meta.containsKey("stopped_early") && !meta.get("epochs_run").equals(meta.get("epochs"))) {
      throw new IllegalStateException(model + " holds " + meta.get("epochs_run") + " of " + meta.get("epochs")
          + " epochs and was not stopped early: the run was cut short, so " + p.name() + " was not recorded");
    }
    Path json = p.record(home);
    byte[] h = Files.readAllBytes(history);
    AtomicFile.write(json.resolveSibling(p.historyName()), o -> o.write(h));
    RunRecord.write(json, p.name(), p.command(), meta, p.historyName());
    // the record must read back, checked, before it counts
    RunRecord.read(json, "the run just recorded does not check: a bug");
  }
}
