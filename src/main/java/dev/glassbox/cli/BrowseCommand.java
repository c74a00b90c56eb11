package dev.glassbox.cli;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Network;
import dev.glassbox.sketch.BrowseSketch;
import dev.glassbox.sketch.StepperLauncher;
import dev.glassbox.training.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
final class BrowseCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin DataOptions dataOptions;
  @Mixin ModelOptions modelOptions;

  @Option(names = "--screenshot", paramLabel = "PNG",
      description = "Save the window to this PNG after it has drawn, and close it.")
  Path screenshot;

  @Option(names = "--digit", paramLabel = "D", defaultValue = "-1",
      description = "Show only this digit at start (default: all).")
  int digit;

  @Override
  public Integer call() throws Exception {
    MnistSplit split = dataOptions.load();
    Network net = network();
    if (digit < -1 || digit > 9) {
      throw new IllegalArgumentException("--digit must be 0-9, got " + digit);
    }
    BrowseSketch.open(split, StepperLauncher.window(TraceSetup.DEFAULT_ETA, 0, 0, split.train().size()),
        net::copy, true, screenshot, digit);
    return 0;
  }

  // the model asked for, else the bundled one, else (if that is missing) a new network, seed 1
  private Network network() {
    if (modelOptions.model == null && !Files.exists(ModelOptions.defaultModel())) {
      return TrainingConfig.nielsen().newNetwork();
    }
    return modelOptions.load().network();
  }
}
