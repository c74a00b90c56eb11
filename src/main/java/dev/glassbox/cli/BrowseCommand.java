package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.ModelFile;
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
    description = {
      "Browse the data set: random training and test images with their labels; filter by digit",
      "(keys 0-9), next page (N), reshuffle (R); click an image to step through it."
    })
final class BrowseCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--data", paramLabel = "PATH",
      description = "MNIST folder (IDX), CSV file or folder, or image folder. Default: the bundled data/.")
  Path data;

  @Option(names = "--limit", paramLabel = "N",
      description = "Use only the first N images of train, of validation and of test.")
  int limit;

  @Option(names = "--model", paramLabel = "FILE",
      description = "The network a clicked image is stepped through with (default:"
          + " models/studio.safetensors if it exists, else a new 784,30,10 network, seed 1).")
  Path model;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 (no limit) or more, got " + limit);
    }
    MnistSplit split = DataLoader.load(data != null ? data : CommonOptions.dataDir(), limit);
    Network net = network();
    BrowseSketch.open(split, StepperLauncher.note(System.out), net::copy, true);
    return 0;
  }

  private Network network() {
    Path m = model != null ? model : CommonOptions.home().resolve("models").resolve("studio.safetensors");
    if (model != null || Files.exists(m)) {
      return ModelFile.load(m).network();
    }
    return TrainingConfig.nielsen().newNetwork();
  }
}
