package dev.glassbox.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Option;

/** Options every subcommand shares (mixed in): {@code --debug}. */
public final class CommonOptions {
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  /**
   * The folder every default output goes into (pictures, models, CSVs), relative to the working
   * directory; git-ignored, created on demand (io/AtomicFile). Explicit paths are used as given.
   */
  public static final String OUT = "out/";

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

  /**
   * A path as a model file records it: relative to the project folder when it lies inside it,
   * else just its last name, so no file holds this machine's absolute path.
   */
  public static String recorded(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path home = home().toAbsolutePath().normalize();
    if (abs.startsWith(home)) {
      String rel = home.relativize(abs).toString().replace('\\', '/');
      return rel.isEmpty() ? "." : rel;
    }
    Path name = abs.getFileName();
    return name == null ? "" : name.toString();
  }

  /** The bundled data folder, {@code <home>/data}. */
  public static Path dataDir() {
    return home().resolve("data");
  }

  /** The data path given ({@code --data}), or the bundled data folder when none was. */
  public static Path dataOr(Path given) {
    return given != null ? given : dataDir();
  }
}
