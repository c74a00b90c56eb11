package dev.glassbox.cli;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.render.shared.Png;
import dev.glassbox.render.studio.Dashboard;
import dev.glassbox.render.studio.DashboardReport;
import dev.glassbox.sketch.StepperLauncher;
import dev.glassbox.sketch.StudioSettings;
import dev.glassbox.sketch.StudioSketch;
import dev.glassbox.training.BackgroundTraining;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.Progress;
import dev.glassbox.training.TrainingConfig;
import dev.glassbox.training.TrainingSnapshot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import processing.core.PGraphics;

/** {@code glassbox studio}: the training studio window, or its dashboard rendered headless. */
@Command(
    name = "studio",
    defaultValueProvider = Choices.Defaults.class,
    mixinStandardHelpOptions = true,
    header = "Open the training studio: train and watch the network learn, live.",
    description = "Open the training studio: set the hyperparameters; start, pause, resume and stop"
        + " training; watch the accuracy and cost curves, the first layer's weights, the confusion"
        + " matrix and the misclassified digits live; save and load the model. --headless trains"
        + " without a window and writes the dashboard as a PNG; --history shows a finished run's"
        + " curves; --bench measures what the window costs training.")
final class StudioCommand extends Subcommand {
  @Mixin DataOptions dataOptions;
  @Mixin TrainingOptions trainingOptions;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Where Save writes and Load reads the model (default: out/studio.safetensors"
          + " in the project folder); the history goes beside it as .history.csv.")
  Path model;

  @Option(names = "--load", description = "Load --model at start (and its history, if beside it).")
  boolean load;

  @Option(names = "--history", paramLabel = "CSV",
      description = "Show this history CSV's curves (written by train or the studio), without training.")
  Path history;

  @Option(names = "--headless", description = "No window: train, then write the dashboard to --out.")
  boolean headless;

  @Option(names = "--out", paramLabel = "PNG", defaultValue = CommonOptions.OUT + "studio-report.png",
      description = "The PNG --headless writes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--bench",
      description = "Train headless, then again with the window open, and print seconds per epoch of both.")
  boolean bench;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", converter = CountConverter.class,
      description = "With --bench: interleaved rounds of each way (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--size", paramLabel = "WxH", converter = SizeConverter.class,
      description = "The window's first size, or the --headless picture's, in pixels (default: the"
          + " window takes most of the screen, the picture is 1280x800). The window can be resized.")
  java.awt.Dimension size;

  @Option(names = "--autostart", description = "Start training as soon as the window opens.")
  boolean autostart;

  @Option(names = "--screenshot", paramLabel = "PNG",
      description = "With the window: when training ends, save the window to this PNG and close it.")
  Path screenshot;

  @Option(names = "--screenshot-after", paramLabel = "SECONDS",
      description = "With --screenshot: take it this many seconds after the window opens instead.")
  double screenshotAfter;

  // the stepper traces one SGD step with the studio's starting settings (defaults if they do not parse)
  private static StepperLauncher launcher(StudioSettings settings, MnistSplit split) {
    TrainingConfig c;
    try {
      c = settings.config();
    } catch (IllegalArgumentException e) {
      c = TrainingConfig.nielsen();
    }
    return StepperLauncher.window(c.eta(), c.lambda(), c.momentum(), split.train().size(),
        Dropout.of(c.dropout(), c.seed(), 1));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter w = out();
    StudioSettings settings = settings();
    MnistSplit split = dataOptions.load();
    if (bench) {
      return new StudioBench(settings, split, w, Math.max(1, rounds)).run();
    }
    if (headless) {
      return headless(settings, split, w);
    }
    StudioSketch.Options o = new StudioSketch.Options(settings, split, modelPath(), history, load,
        autostart, 0, screenshot, screenshotAfter,
        launcher(settings, split), size == null ? null : new int[] {size.width, size.height});
    int code = StudioSketch.open(o).exitCode();
    if (screenshot != null) {
      w.println("Wrote " + screenshot + ".");
    }
    w.flush();
    return code;
  }

  StudioSettings settings() {
    return StudioSettings.of(trainingOptions.config());
  }

  private Path modelPath() {
    return model != null ? model : CommonOptions.home().resolve(CommonOptions.OUT).resolve("studio.safetensors");
  }

  private int headless(StudioSettings settings, MnistSplit split, PrintWriter w) throws Exception {
    TrainingSnapshot s;
    if (history != null) {
      s = TrainingSnapshot.ofHistory(CompareCommand.read(history));
      w.println("Showing " + history + " (" + s.history().size() + " epochs), no training.");
    } else {
      TrainingConfig config = settings.config();
      Network net = load ? ModelOptions.noted(ModelFile.load(modelPath(), config.sizes())).network() : config.newNetwork();
      w.println("Training " + config.sizesString() + " for " + config.epochs() + " epoch(s) on "
          + split.train().size() + " images, headless...");
      w.flush();
      BackgroundTraining run = new BackgroundTraining(config, net, split);
      run.runHere();
      if (run.failure() != null) {
        throw new IllegalStateException(run.failure().getMessage(), run.failure());
      }
      s = run.monitor().latest();
      for (EpochResult r : s.history()) {
        w.println(epochLine(r));
      }
      if (s.progress().state() == Progress.State.STOPPED_EARLY) {
        w.println("Stopped early: " + config.patience() + " epoch(s) without a better validation accuracy.");
      }
    }
    int pw = size == null ? 1280 : size.width;
    int ph = size == null ? 800 : size.height;
    PGraphics g = DashboardReport.render(pw, ph, s, split, settings.describe(), new Dashboard());
    Png.save(g, out);
    w.println("Wrote " + out + ".");
    w.flush();
    return 0;
  }

  static String epochLine(EpochResult r) {
    return String.format(Locale.ROOT, "epoch %d: cost %.4f, validation %.2f%%, test %.2f%%, %.2f s",
        r.epoch(), r.trainCost(), 100 * r.validationAccuracy(), 100 * r.testAccuracy(), r.seconds());
  }

  /** The mean training seconds per epoch of these rows. */
  static double secondsPerEpoch(List<EpochResult> rows) {
    return rows.stream().mapToDouble(EpochResult::seconds).average().orElse(Double.NaN);
  }
}
