package dev.glassbox.cli;

import dev.glassbox.data.Augment;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Network;
import dev.glassbox.sketch.BrowseSketch;
import dev.glassbox.sketch.StepperLauncher;
import dev.glassbox.training.TrainingConfig;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code glassbox browse}: the dataset browser window. */
@Command(
    name = "browse",
    mixinStandardHelpOptions = true,
    header = "Browse the data set: random labelled images, by digit.",
    description = "Browse the data set: random training and test images with their labels. Filter"
        + " by digit (keys 0-9, A for all), next page (N), reshuffle (R); click an image to step"
        + " through it with --model (default: the bundled model).")
final class BrowseCommand extends Subcommand {
  @Mixin DataOptions dataOptions;
  @Mixin ModelOptions modelOptions;

  @Option(names = "--screenshot", paramLabel = "PNG",
      description = "Save the window to this PNG after it has drawn, and close it.")
  Path screenshot;

  @Option(names = "--digit", paramLabel = "D", converter = DigitConverter.class,
      description = "Show only this digit at start (default: all).")
  Integer digit;

  @Option(names = "--augment", paramLabel = "A", defaultValue = "none",
      completionCandidates = Choices.Augments.class, converter = Choices.ToAugment.class,
      description = "Show each training image beside its distortions in epochs 1, 2, ... as"
          + " train --augment trains on them: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Augment augment;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + TrainingConfig.DEFAULT_SEED,
      description = "With --augment: the training seed whose distortions to show (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--png", paramLabel = "PNG",
      description = "Draw the browser into this PNG headless, without a window, and exit.")
  Path png;

  @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800", converter = SizeConverter.class,
      description = "With --png: the picture's size (default: ${DEFAULT-VALUE}).")
  java.awt.Dimension size;

  @Override
  public Integer call() throws Exception {
    MnistSplit split = dataOptions.load();
    int shown = digit == null ? -1 : digit; // the browser's -1: every digit
    if (png != null) {
      BrowseSketch.renderPng(split, shown, augment, seed, size.width, size.height, png);
      out().println("Wrote " + png);
      return 0;
    }
    // the same model choice as step: --model, else the bundled one, else an untrained network
    TraceSetup.Loaded m = TraceSetup.loadNetwork(modelOptions.model, err());
    Network net = m.network();
    BrowseSketch.open(split, StepperLauncher.window(m.eta(null), m.lambda(), m.momentum(), m.n(), m.dropout(null)),
        net::copy, true, screenshot, shown, augment, seed);
    return 0;
  }
}
