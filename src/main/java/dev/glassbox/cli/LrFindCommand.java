package dev.glassbox.cli;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.render.chart.LineChart;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Png;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.LearningRateFinder;
import dev.glassbox.training.TrainingConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import processing.core.PGraphics;

/**
 * {@code glassbox lr-find}: the learning-rate finder of the seed projects (-f start,end,step):
 * trains briefly at each rate from the same start and prints and plots the cost reached.
 */
@Command(name = "lr-find", defaultValueProvider = Choices.LrFindDefaults.class, mixinStandardHelpOptions = true,
    header = "Learning-rate finder: train briefly at each rate, plot cost against rate.",
    description = "Trains --epochs (default 1) at each learning rate from --from to --to in steps of"
        + " --step, every run from the same initial weights (--seed), and prints and plots (PNG)"
        + " the validation cost and accuracy reached. Suggests the rate with the lowest validation"
        + " cost; rates whose cost became NaN or infinite are marked diverged. The other training"
        + " options (--layers, --cost, ...) are those of train.")
final class LrFindCommand extends Subcommand {
  @Mixin DataOptions dataOptions;
  @Mixin TrainingOptions options;

  @Option(names = "--from", paramLabel = "A", defaultValue = "0.5",
      description = "First rate (default: ${DEFAULT-VALUE}).")
  double from;

  @Option(names = "--to", paramLabel = "B", defaultValue = "6",
      description = "Last rate (default: ${DEFAULT-VALUE}).")
  double to;

  @Option(names = "--step", paramLabel = "S", defaultValue = "0.5",
      description = "Step between rates (default: ${DEFAULT-VALUE}).")
  double step;

  @Option(names = "--out", paramLabel = "PNG", defaultValue = CommonOptions.OUT + "lr-find.png",
      description = "Plot to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter w = out();
    double[] rates;
    try {
      rates = LearningRateFinder.linear(from, to, step);
    } catch (IllegalArgumentException e) {
      // the range is the user's: a usage error naming the options
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--from, --to, --step: " + e.getMessage());
    }
    TrainingConfig config = options.config();
    if (config.augment() != dev.glassbox.data.Augment.NONE) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "lr-find trains on the images as they are; leave --augment out");
    }
    MnistSplit split = dataOptions.load();
    if (split.validation() == null) {
      throw new IllegalArgumentException(dataOptions.path() + " has no validation part to measure the cost on");
    }
    w.printf(Locale.ROOT, "Learning-rate finder: %s, %d rate(s) from %s to %s, %d epoch(s) each on %d images%n",
        config.sizesString(), rates.length, TerminalProgress.fmt(from), TerminalProgress.fmt(to),
        config.epochs(), split.train().size());
    w.println("     eta   train cost   validation cost   validation accuracy");
    w.flush();
    List<LearningRateFinder.Row> rows = LearningRateFinder.run(config, rates,
        Datasets.inputs(split.train()), Datasets.inputs(split.validation()), (r, done, total) -> {
          if (r.diverged()) {
            w.printf(Locale.ROOT, "%8s   diverged (NaN or infinite cost)%n", TerminalProgress.fmt(r.eta()));
          } else {
            w.printf(Locale.ROOT, "%8s   %10.5f   %15.5f   %19s%n", TerminalProgress.fmt(r.eta()),
                r.trainCost(), r.validationCost(), TerminalProgress.pct(r.validationAccuracy()));
          }
          w.flush();
        });
    LearningRateFinder.Row best = LearningRateFinder.suggestion(rows);
    if (best == null) {
      w.println("Every rate diverged: try smaller rates.");
    } else {
      w.printf(Locale.ROOT, "Suggested learning rate: %s (validation cost %.5f, accuracy %s)%n",
          TerminalProgress.fmt(best.eta()), best.validationCost(), TerminalProgress.pct(best.validationAccuracy()));
    }
    plot(rows, best);
    w.println("Wrote " + out + ".");
    return 0;
  }

  private void plot(List<LearningRateFinder.Row> rows, LearningRateFinder.Row best) {
    LineChart.Points cost = points(rows, false);
    LineChart.Points acc = points(rows, true);
    PGraphics g = Offscreen.create(900, 620);
    g.beginDraw();
    g.background(0xFF14161A);
    String title = "Validation cost after " + (best == null ? "training" : "training; suggested eta " + TerminalProgress.fmt(best.eta()));
    new LineChart(title, false).display(g, 0, 0, 900, 320, from, to, "eta",
        List.of(new LineChart.Series("validation cost", 0xFFE8A33D, cost, true)));
    new LineChart("Validation accuracy", true).display(g, 0, 320, 900, 300, from, to, "eta",
        List.of(new LineChart.Series("validation accuracy", 0xFF4EA8DE, acc, true)));
    g.endDraw();
    Png.save(g, out);
  }

  private static LineChart.Points points(List<LearningRateFinder.Row> rows, boolean accuracy) {
    return LineChart.Points.of(rows, LearningRateFinder.Row::eta,
        accuracy ? LearningRateFinder.Row::validationAccuracy : LearningRateFinder.Row::validationCost);
  }
}
