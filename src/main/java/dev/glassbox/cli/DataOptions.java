package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.MnistSplit;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --data PATH} and {@code --limit N}, shared by every command that reads data. */
public final class DataOptions {
  @Mixin DataPath data;

  int limit;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE) picocli.CommandLine.Model.CommandSpec mixee;

  // checked while parsing, so a negative limit is a usage error (exit 2) like --batch -5
  @Option(names = "--limit", paramLabel = "N",
      description = "Use only the first N images of train, of validation and of test (quick runs).")
  void limit(int n) {
    if (n < 0) {
      throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
          "--limit must be 0 (no limit) or more, got " + n);
    }
    limit = n;
  }

  /** The data path given, or the bundled data folder. */
  public Path path() {
    return data.path();
  }

  /** Loads the split (train, validation, test) from {@link #path()}, limited if asked. */
  public MnistSplit load() {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 (no limit) or more, got " + limit);
    }
    return DataLoader.load(path(), limit);
  }
}
