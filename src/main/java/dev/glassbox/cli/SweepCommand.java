package dev.glassbox.cli;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.ModelFile;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.Sweep;
import dev.glassbox.training.SweepCsv;
import dev.glassbox.training.TrainingConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code glassbox sweep}: train every combination of the given hyperparameters, several at once. */
@Command(name = "sweep", defaultValueProvider = Choices.SweepDefaults.class, mixinStandardHelpOptions = true,
    header = "Train every combination of hyperparameters, several at once; table, CSV, best model.",
    description =
        "Train every combination of the hyperparameters given as lists (--eta 0.5,1,3 --layers"
            + " 784,30,10:784,100,10), several runs at once, each on one thread. Prints and writes a"
            + " table of the best validation accuracy, the epoch it was reached and the time, and saves"
            + " the best model. Several seeds show the spread of one setting. Runs are deterministic:"
            + " the table does not depend on --parallel.")
final class SweepCommand extends Subcommand {
  @Mixin DataOptions dataOptions;
  @Mixin SweepOptions options;

  @Option(names = "--parallel", paramLabel = "P", converter = CountConverter.class,
      description = "Runs at once (default: the number of cores).")
  Integer parallel;

  @Option(names = "--out", paramLabel = "CSV", defaultValue = CommonOptions.OUT + "sweep.csv",
      description = "The table as CSV (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--best", paramLabel = "MODEL", defaultValue = CommonOptions.OUT + "sweep-best.safetensors",
      description = "Where to save the best run's best model (default: ${DEFAULT-VALUE}).")
  Path best;

  @Override
  public Integer call() throws IOException {
    List<TrainingConfig> configs = SweepGrid.combinations(options);
    int p = parallel != null ? parallel : Runtime.getRuntime().availableProcessors();
    MnistSplit split = dataOptions.load();
    if (split.validation() == null) {
      throw new IllegalArgumentException(dataOptions.path() + " has no validation set to compare runs on");
    }
    PrintWriter w = out();
    w.printf(Locale.ROOT, "Sweep: %d combination(s), %d at a time, on %d training images.%n",
        configs.size(), Math.min(p, configs.size()), split.train().size());
    w.flush();
    long t0 = System.nanoTime();
    List<Sweep.Row> rows = Sweep.run(configs, split.train(), Datasets.inputs(split.train()),
        Datasets.inputs(split.validation()), Datasets.inputsOrNull(split.test()), p,
        (row, done, total) -> {
          w.printf(Locale.ROOT, "  done %d/%d: %s%n", done, total, SweepTable.label(row.config(), configs));
          w.flush();
        });
    double seconds = (System.nanoTime() - t0) / 1e9;
    w.print(SweepTable.format(rows, configs));
    SweepCsv.write(rows, out);
    w.printf(Locale.ROOT, "%.1f s in all. Wrote %s.%n", seconds, out);
    Sweep.Row top = Sweep.best(rows);
    if (top == null) {
      w.println("No run finished an epoch: no model saved.");
      w.flush();
      return 1;
    }
    Map<String, String> facts = new LinkedHashMap<>(top.config().describe());
    facts.put("best_epoch", Integer.toString(top.best().epoch()));
    facts.put("validation_accuracy", Double.toString(top.best().validationAccuracy()));
    facts.put("test_accuracy", Double.toString(top.best().testAccuracy()));
    facts.put("data", CommonOptions.recorded(dataOptions.path()));
    facts.put("limit", Integer.toString(dataOptions.limit.n()));
    facts.put("sweep", out.toString());
    ModelFile.save(top.bestNetwork(), best, facts);
    w.printf(Locale.ROOT, "Best: %s, %s at epoch %d. Saved to %s.%n",
        SweepTable.label(top.config(), configs), TerminalProgress.pct(top.bestValidation()),
        top.best().epoch(), best);
    w.flush();
    return 0;
  }

}
