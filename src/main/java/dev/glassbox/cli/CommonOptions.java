package dev.glassbox.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Option;

/** Options every subcommand shares (mixed in): {@code --debug}. */
public final class CommonOptions {
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  /** The project directory: set by the launcher, else the working directory. */
  public static Path home() {
    String h = System.getProperty("glassbox.home");
    return h == null ? Paths.get("").toAbsolutePath() : Paths.get(h);
  }

  /** A path for messages and titles: relative to the project folder when it lies inside it. */
  public static String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path home = home().toAbsolutePath().normalize();
    return abs.startsWith(home) ? home.relativize(abs).toString() : p.toString();
  }

  /** The bundled data folder, {@code <home>/data}. */
  public static Path dataDir() {
    return home().resolve("data");
  }
}
