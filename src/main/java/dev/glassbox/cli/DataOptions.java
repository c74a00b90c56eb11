package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.MnistSplit;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data PATH} and {@code --limit N}, shared by every command that reads data. */
public final class DataOptions {
  @Option(names = "--data", paramLabel = "PATH",
      description = "MNIST folder (IDX, gzip or raw), CSV file or folder, or image folder."
          + " Default: the bundled data/.")
  Path data;

  @Option(names = "--limit", paramLabel = "N",
      description = "Use only the first N images of train, of validation and of test (quick runs).")
  int limit;

  /** The data path given, or the bundled data folder. */
  public Path path() {
    return data != null ? data : CommonOptions.dataDir();
  }

  /** Loads the split (train, validation, test) from {@link #path()}, limited if asked. */
  public MnistSplit load() {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 (no limit) or more, got " + limit);
    }
    return DataLoader.load(path(), limit);
  }
}
