package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.MnistSplit;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/** {@code --data PATH} and {@code --limit N}, shared by every command that reads data. */
public final class DataOptions {
  @Mixin DataPath data;

  @Mixin Limit limit;

  /** The data path given, or the bundled data folder. */
  public Path path() {
    return data.path();
  }

  /** Loads the split (train, validation, test) from {@link #path()}, limited if asked. */
  public MnistSplit load() {
    return DataLoader.load(path(), limit.n());
  }
}
