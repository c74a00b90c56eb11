package dev.glassbox.cli;

import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Network;
import dev.glassbox.sketch.BrowseSketch;
import dev.glassbox.sketch.StepperLauncher;
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

  @Option(names = "--digit", paramLabel = "D", defaultValue = "-1",
      description = "Show only this digit at start (default: all).")
  int digit;

  @Override
  public Integer call() throws Exception {
    MnistSplit split = dataOptions.load();
    if (digit < -1 || digit > 9) {
      throw new IllegalArgumentException("--digit must be 0-9, got " + digit);
    }
    // the same model choice as step: --model, else the bundled one, else an untrained network
    TraceSetup.Loaded m = TraceSetup.loadNetwork(modelOptions.model, err());
    Network net = m.network();
    BrowseSketch.open(split, StepperLauncher.window(m.eta(null), m.lambda(), m.momentum(), m.n()),
        net::copy, true, screenshot, digit);
    return 0;
  }
}
