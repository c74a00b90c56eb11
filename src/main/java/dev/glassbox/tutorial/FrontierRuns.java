package dev.glassbox.tutorial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The full-size training runs tutorial 7 ("from 95% to 99%") tells of, each one exact
 * {@code ./glassbox train} command. Most are recorded in {@code tutorials/runs/} by {@code
 * ./glassbox tutorials --record-runs} (minutes each, so never while the tutorials are generated);
 * two are the shipped models, whose metadata and history are in {@code data/models/}.
 */
public final class FrontierRuns {
  /** Where the recorded runs live, under the project folder. */
  public static final String FOLDER = "tutorials/runs";
  /** Where a recorded run's model goes while it is recorded (only its metadata is kept). */
  public static final String MODELS = "out/runs";

  /** The wide ReLU network with momentum of the frontier table (README). */
  private static final String WIDE = "--layers 784,800,10 --activation relu --output softmax --cost log-likelihood"
      + " --init scaled --eta 0.02 --momentum 0.9 --lambda 5";
  /** Nielsen's chapter 3 recipe: cross-entropy, weights N(0, 1/n_in), L2. */
  private static final String CH3 = "--cost cross-entropy --init scaled --eta 0.5 --lambda 5 --epochs 30";
  /** The long schedule of the 99% row: halve η on a plateau, stop after 10 epochs without progress. */
  private static final String LONG = " --epochs 70 --schedule plateau --halve-after 4 --patience 10";
  // recorded with one thread to share the machine; results do not depend on it
  private static final String ONE = " --threads 1";

  /**
   * One run.
   *
   * @param name its short name ({@code {{rec:NAME.val}}}, {@code tutorials/runs/NAME.json})
   * @param label its name in charts and tables
   * @param args the words after {@code ./glassbox train}
   * @param shipped for a shipped model: its file under the project folder; null for a recorded run
   */
  public record Planned(String name, String label, String args, String shipped) {
    /** The whole command. */
    public String command() {
      return RunRecord.TRAIN + (args.isEmpty() ? "" : " " + args);
    }

    /** The record's file under the project folder {@code home} (recorded runs). */
    public Path record(Path home) {
      return home.resolve(FOLDER).resolve(name + ".json");
    }

    /** The history file's name in {@link #FOLDER} (recorded runs). */
    public String historyName() {
      return name + ".history.csv";
    }
  }

  /** Every run, in the tutorial's order. */
  public static final List<Planned> ALL = List.of(
      new Planned("default", "ch. 1: 784,30,10, sigmoid, quadratic cost", "--out data/models/default.safetensors",
          "data/models/default.safetensors"),
      recorded("ch3", "ch. 3: cross-entropy, N(0,1/n) weights, L2", CH3),
      recorded("ch3-100", "ch. 3 with 100 hidden neurons", "--layers 784,100,10 " + CH3),
      recorded("relu", "784,800,10 ReLU, softmax, momentum", WIDE + " --epochs 12"),
      recorded("plateau", "the same, η halved on a plateau", WIDE + " --epochs 12 --schedule plateau --halve-after 2"),
      recorded("dropout", "the same, with dropout 0.5", WIDE + " --epochs 12 --schedule plateau --halve-after 2 --dropout 0.5"),
      recorded("plain", "long schedule, no distortions", WIDE + LONG),
      recorded("affine", "long schedule, affine distortions", WIDE + LONG + " --augment affine"),
      new Planned("best", "long schedule, elastic distortions", WIDE + LONG
          + " --augment elastic --out data/models/best.safetensors", "data/models/best.safetensors"));

  private FrontierRuns() {}

  private static Planned recorded(String name, String label, String args) {
    return new Planned(name, label, args + ONE + " --out " + MODELS + "/" + name + ".safetensors", null);
  }

  /** The run named {@code name}. */
  public static Planned named(String name) {
    for (Planned p : ALL) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    List<String> names = new ArrayList<>();
    ALL.forEach(p -> names.add(p.name()));
    throw new IllegalArgumentException("no run named " + name + " (the runs: " + String.join(", ", names) + ")");
  }

  /**
   * Every run, read and checked: a recorded run from its record, whose command must be the one
   * planned here; a shipped model from its metadata and the history beside it.
   *
   * @throws IllegalArgumentException naming the file of a missing, corrupt or inconsistent record
   */
  public static List<RunRecord> load(Path home) throws java.io.IOException {
    List<RunRecord> runs = new ArrayList<>();
    for (Planned p : ALL) {
      if (p.shipped() != null) {
        Path model = home.resolve(p.shipped());
        String how = "save the model and its history together with " + p.command();
        java.util.Map<String, String> meta = dev.glassbox.network.ModelFile.load(model).metadata();
        Path history = dev.glassbox.training.SavedRun.historyBeside(model);
        runs.add(RunRecord.of(model, p.name(), p.command(), meta, history, how));
        continue;
      }
      Path json = p.record(home);
      String how = "record it again with ./glassbox tutorials --record-runs=" + p.name();
      RunRecord r = RunRecord.read(json, how);
      if (!r.name().equals(p.name()) || !r.command().equals(p.command())) {
        throw new IllegalArgumentException(json + " records the run " + r.name() + " as \"" + r.command()
            + "\" but tutorial 7 plans " + p.name() + " as \"" + p.command() + "\"; " + how);
      }
      runs.add(r);
    }
    return runs;
  }

  /** The runs {@code ./glassbox tutorials --record-runs} records (not the shipped models). */
  public static List<Planned> recorded() {
    return ALL.stream().filter(p -> p.shipped() == null).toList();
  }
}
