package dev.glassbox.cli;

import dev.glassbox.data.Augment;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.DivergedException;
import dev.glassbox.training.SavedRun;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.TrainingConfig;
import dev.glassbox.training.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code glassbox train}: mini-batch SGD with a progress bar, keeping and saving the weights of the
 * best validation epoch, and the history as CSV. Ctrl-C saves the best model so far.
 */
@Command(name = "train", defaultValueProvider = Choices.Defaults.class, mixinStandardHelpOptions = true,
    header = "Train a network with mini-batch SGD, with a progress bar; save the best model.",
    description = "Train a network with mini-batch SGD. The defaults are Nielsen's chapter 1 run:"
        + " 784,30,10, sigmoid, quadratic cost, N(0,1), eta 3.0, batch 10, 30 epochs. The weights"
        + " of the epoch with the best validation accuracy are saved, with the history (one CSV row"
        + " per epoch). Ctrl-C stops after the current mini-batch and saves the best so far.")
final class TrainCommand extends Subcommand {
  @Mixin DataOptions dataOptions;
  @Mixin TrainingOptions options;

  @Option(names = "--load", paramLabel = "MODEL",
      description = "Go on training from a saved model, with its layers, activations and cost.")
  Path load;

  @Option(names = "--out", paramLabel = "MODEL", defaultValue = CommonOptions.OUT + "model.safetensors",
      description = "Where to save the best model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--history", paramLabel = "CSV",
      description = "History CSV (default: the model's name with .history.csv).")
  Path history;

  @Option(names = "--no-save", description = "Do not save the model or the history.")
  boolean noSave;

  private int trainSize;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = out();
    Network net;
    TrainingConfig config;
    if (load != null) {
      net = ModelOptions.noted(ModelFile.load(load)).network();
      config = options.configFor(net, load.toString());
    } else {
      config = options.config();
      net = config.newNetwork();
    }
    if (!noSave) {
      // an unwritable --out or history is found now, not after the run
      dev.glassbox.io.AtomicFile.checkWritable(this.out);
      dev.glassbox.io.AtomicFile.checkWritable(historyPath());
    }
    MnistSplit split = dataOptions.load();
    out.println("Data: " + dataOptions.path() + ": " + split.train().size() + " train, "
        + (split.validation() == null ? 0 : split.validation().size()) + " validation, "
        + (split.test() == null ? 0 : split.test().size()) + " test images");
    trainSize = split.train().size();
    TrainingRun run = new TrainingRun(config, net, Datasets.inputs(split.train()),
        Datasets.inputsOrNull(split.validation()), Datasets.inputsOrNull(split.test()));
    run.images(split.train());
    if (config.augment() != Augment.NONE) {
      out.println("Augmentation: " + config.augment().description() + "; new distortions every epoch.");
    }
    if (config.dropout() > 0) {
      out.println("Dropout: each hidden neuron dropped with P = " + config.dropout()
          + " in every training step, never in evaluation.");
    }

    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      run.requestStop();
      try {
        finished.await(60, TimeUnit.SECONDS); // let the main thread save before the JVM exits
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
    }, "glassbox-ctrl-c");
    Runtime.getRuntime().addShutdownHook(hook);
    TerminalProgress progress = new TerminalProgress(out, TerminalProgress.isTerminal() ? System.out : null);
    long t0 = System.nanoTime();
    try {
      run.run(progress);
      progress.closeBar();
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (run.stopRequested()) {
        out.println("Stopped (Ctrl-C) after " + run.history().size() + " whole epoch(s).");
      }
      if (run.stoppedEarly() > 0) {
        out.println("Stopped early after epoch " + run.stoppedEarly() + ": " + config.patience()
            + " epoch(s) without a better validation accuracy.");
      }
      EpochResult best = run.bestResult();
      if (best == null) {
        out.println("Stopped before the first epoch ended: nothing saved"
            + (noSave ? "." : " (" + this.out + " was not touched)."));
        return 1;
      }
      out.printf(Locale.ROOT, "Best validation accuracy %s at epoch %d (test %s); %.1f s in all.%n",
          TerminalProgress.pct(best.validationAccuracy()), best.epoch(),
          TerminalProgress.pct(best.testAccuracy()), seconds);
      save(run, config, out);
      return 0;
    } catch (DivergedException e) {
      progress.closeBar();
      err().println("glassbox: " + e.getMessage());
      if (run.best() != null) {
        out.println("Keeping the last good model: the best epoch before it ("
            + run.bestResult().epoch() + ").");
        save(run, config, out);
      } else {
        out.println("No epoch finished before that, so nothing was saved"
            + (noSave ? "." : "; " + this.out + " was not touched."));
      }
      return 1;
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting because of Ctrl-C: the hook is already running
      }
    }
  }

  private void save(TrainingRun run, TrainingConfig config, PrintWriter log) throws IOException {
    if (noSave) {
      log.println("Not saved (--no-save).");
      return;
    }
    EpochResult best = run.bestResult();
    Map<String, String> facts = new java.util.LinkedHashMap<>(config.describe());
    facts.put("best_epoch", Integer.toString(best.epoch()));
    facts.put("epochs_run", Integer.toString(run.history().size()));
    if (run.stoppedEarly() > 0) {
      facts.put("stopped_early", Integer.toString(run.stoppedEarly()));
    }
    facts.put("validation_accuracy", Double.toString(best.validationAccuracy()));
    facts.put("test_accuracy", Double.toString(best.testAccuracy()));
    facts.put("n", Integer.toString(trainSize));
    facts.put("data", CommonOptions.recorded(dataOptions.path()));
    facts.put("limit", Integer.toString(dataOptions.limit.n()));
    facts.put("created", Instant.now().toString());
    if (load != null) {
      facts.put("continued_from", load.toString());
    }
    Path h = historyPath();
    SavedRun.save(run.best(), facts, run.history(), out, h);
    log.println("Saved the best model to " + out + " and the history to " + h + ".");
  }

  private Path historyPath() {
    return history != null ? history : SavedRun.historyBeside(out);
  }
}
