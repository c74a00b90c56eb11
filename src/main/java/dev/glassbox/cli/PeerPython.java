package dev.glassbox.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Python for a peer script that needs a module (torch for {@code torch_sgd.py}): every
 * {@code python3} on the PATH, in PATH order as {@code type -a python3} lists them, and the first
 * that can import the module. Debian's python3-torch installs torch for the system Python, which is
 * often not the first {@code python3} on the PATH.
 */
final class PeerPython {
  private static final long PROBE_SECONDS = 60;

  private PeerPython() {}

  /** The executable files named {@code python3} in the folders of {@code path}, in order, once each. */
  static List<Path> candidates(String path) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> found = new ArrayList<>();
    if (path == null) {
      return found;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, "python3");
      if (Files.isRegularFile(p) && Files.isExecutable(p) && seen.add(realOrSelf(p))) {
        found.add(p);
      }
    }
    return found;
  }

  /** The first of {@code candidates} whose {@code import module} succeeds, if any. */
  static Optional<Path> withModule(List<Path> candidates, String module) {
    for (Path python : candidates) {
      if (imports(python, module)) {
        return Optional.of(python);
      }
    }
    return Optional.empty();
  }

  // runs python -c "import module" and reports whether it exited 0 in time
  private static boolean imports(Path python, String module) {
    ProcessBuilder pb = new ProcessBuilder(python.toString(), "-c", "import " + module);
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = pb.start();
      if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // two PATH entries that are links to the same interpreter are one candidate (/bin -> /usr/bin)
  private static Path realOrSelf(Path p) {
    try {
      return p.toRealPath();
    } catch (java.io.IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
