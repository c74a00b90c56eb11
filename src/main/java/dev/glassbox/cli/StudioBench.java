package dev.glassbox.cli;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.sketch.StepperLauncher;
import dev.glassbox.sketch.StudioSettings;
import dev.glassbox.sketch.StudioSketch;
import dev.glassbox.training.BackgroundTraining;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.TrainingConfig;
import dev.glassbox.training.TrainingRun;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code studio --bench}: what the studio costs training. After a warm-up epoch, runs rounds of the
 * same configuration three ways, interleaved so that other load on the machine hits all three
 * alike: headless without a listener, headless with the studio's monitor, and in the studio
 * window. Prints the training seconds per epoch (evaluation excluded) of each, as the best and the
 * median round, and the window's ratio to plain headless on the best rounds: other processes on a
 * busy machine slow single rounds a great deal, and the best round is the least disturbed.
 */
final class StudioBench {
  private final StudioSettings settings;
  private final MnistSplit split;
  private final PrintWriter w;
  private final int rounds;
  /** The window draws this long before training starts, as when a user opens it and then clicks. */
  private static final double WARM_UP_SECONDS = 2;

  StudioBench(StudioSettings settings, MnistSplit split, PrintWriter w, int rounds) {
    this.settings = settings;
    this.split = split;
    this.w = w;
    this.rounds = rounds;
  }

  int run() throws Exception {
    TrainingConfig config = settings.config();
    boolean window = !java.awt.GraphicsEnvironment.isHeadless();
    w.println("Studio benchmark: " + config.sizesString() + ", " + config.epochs() + " epoch(s) of "
        + split.train().size() + " images, " + config.threads() + " thread(s), " + rounds
        + " round(s)" + (window ? "." : "; no display, so no window runs (use xvfb-run)."));
    w.flush();
    plain(config.withEpochs(1)); // warm-up: the JIT compiles the kernels
    double[] plain = new double[rounds];
    double[] monitor = new double[rounds];
    double[] studio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      plain[r] = plain(config);
      monitor[r] = monitored(config);
      studio[r] = window ? windowed() : Double.NaN;
      w.println(String.format(Locale.ROOT, "  round %d: headless %.3f, monitor %.3f, window %.3f s/epoch",
          r + 1, plain[r], monitor[r], studio[r]));
      w.flush();
    }
    report("headless, no listener", plain, plain);
    report("headless, studio monitor", monitor, plain);
    if (window) {
      report("studio window open", studio, plain);
      // the best round is the one least disturbed by other load on the machine
      double ratio = min(studio) / min(plain);
      w.println(String.format(Locale.ROOT, "Ratio window / headless: %.3f on the best rounds (%s the 1.20"
          + " budget); %.3f on the medians", ratio, ratio <= 1.20 ? "within" : "OVER",
          median(studio) / median(plain)));
      w.println("Load average while measuring: " + loadAverage());
    }
    w.flush();
    return 0;
  }

  private double plain(TrainingConfig config) {
    TrainingRun run = new TrainingRun(config, config.newNetwork(), Datasets.inputs(split.train()),
        Datasets.inputs(split.validation()), Datasets.inputsOrNull(split.test()));
    run.run(null);
    return StudioCommand.secondsPerEpoch(run.history().rows());
  }

  private double monitored(TrainingConfig config) {
    BackgroundTraining t = new BackgroundTraining(config, config.newNetwork(), split);
    t.runHere();
    return StudioCommand.secondsPerEpoch(t.monitor().latest().history());
  }

  private double windowed() throws Exception {
    Path shot = Files.createTempFile("glassbox-bench", ".png");
    try {
      StudioSketch s = StudioSketch.open(new StudioSketch.Options(settings, split,
          Path.of(CommonOptions.OUT, "studio.safetensors"), null, false, true, WARM_UP_SECONDS, shot, 0,
          StepperLauncher.note(System.out), new int[] {1280, 800}));
      return StudioCommand.secondsPerEpoch(s.snapshot().history());
    } finally {
      Files.deleteIfExists(shot);
    }
  }

  private void report(String what, double[] v, double[] plain) {
    w.println(String.format(Locale.ROOT, "  %-26s median %7.3f s/epoch (x%.3f), best %7.3f (x%.3f)",
        what, median(v), median(v) / median(plain), min(v), min(v) / min(plain)));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim() + " (" + Runtime.getRuntime().availableProcessors() + " cores)";
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }
}
