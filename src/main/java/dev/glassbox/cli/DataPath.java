package dev.glassbox.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data PATH}, defined once for every command that reads images (mixed in). */
public final class DataPath {
  @Option(names = "--data", paramLabel = "PATH",
      description = "MNIST folder (IDX, gzip or raw), CSV file or folder, or image folder."
          + " Default: the bundled data/.")
  Path given;

  /** The data path given, or the bundled data folder. */
  public Path path() {
    return CommonOptions.dataOr(given);
  }
}
