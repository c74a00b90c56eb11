package dev.glassbox.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes files so that a crash or an error never leaves half a file, and an existing file is only
 * ever replaced by a whole new one: each file is written under a hidden temporary name beside its
 * target, then renamed over it. The temporary file is a plain new file (not
 * {@code Files.createTempFile}, whose owner-only permissions would stay on the result).
 */
public final class AtomicFile {
  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code target} atomically, creating its folder if needed. */
  public static void write(Path target, Body body) throws IOException {
    writeAll(List.of(target), List.of(body));
  }

  /**
   * Writes several files all-or-nothing as far as the file system allows: every body is written to
   * its temporary file first, and only when all succeeded are they renamed into place.
   */
  public static void writeAll(List<Path> targets, List<Body> bodies) throws IOException {
    Path[] temps = new Path[targets.size()];
    try {
      for (int i = 0; i < targets.size(); i++) {
        Path target = targets.get(i).toAbsolutePath();
        Files.createDirectories(target.getParent());
        temps[i] = tempBeside(target);
        try (FileChannel ch = FileChannel.open(temps[i], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
          bodies.get(i).write(out);
          out.flush();
          ch.force(true); // on disk before the rename, so a power cut leaves the old or the new file
        }
      }
      for (int i = 0; i < targets.size(); i++) {
        move(temps[i], targets.get(i).toAbsolutePath());
        temps[i] = null;
      }
    } finally {
      for (Path t : temps) {
        if (t != null) {
          Files.deleteIfExists(t);
        }
      }
    }
  }

  /** A fresh hidden name next to {@code target}, e.g. {@code .x.csv.1a2b3c.part}. */
  public static Path tempBeside(Path target) {
    return target.resolveSibling("." + target.getFileName() + "."
        + Long.toHexString(System.nanoTime() ^ ProcessHandle.current().pid()) + ".part");
  }

  /** Renames a finished temporary file over {@code to} (atomically where the file system can). */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
