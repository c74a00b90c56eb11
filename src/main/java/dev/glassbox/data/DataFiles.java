package dev.glassbox.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** File plumbing shared by the readers and writers: gzip detection, atomic writes, checks. */
final class DataFiles {
  static final int BUFFER = 1 << 16;

  private DataFiles() {}

  /** Whether the file starts with the gzip magic bytes 0x1f 0x8b (the name does not matter). */
  static boolean isGzip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Opens a file for reading, un-gzipping it when its content (not its name) is gzip. */
  static InputStream open(Path file) {
    requireFile(file);
    try {
      boolean gz = isGzip(file);
      InputStream raw = Files.newInputStream(file);
      return gz ? new GZIPInputStream(raw, BUFFER) : new BufferedInputStream(raw, BUFFER);
    } catch (IOException e) {
      throw new DataException(file, null, "not valid gzip data (" + e.getMessage() + ")", e);
    }
  }

  /** Fails clearly when {@code file} is missing, a directory or unreadable. */
  static void requireFile(Path file) {
    if (!Files.exists(file)) {
      throw new DataException(file, null, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new DataException(file, null, "is a directory, expected a file");
    }
    if (!Files.isReadable(file)) {
      throw new DataException(file, null, "cannot be read (permission denied)");
    }
  }

  static DataException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new DataException(file, null, "no such file", e);
    }
    return new DataException(file, null, "cannot be read: " + e, e);
  }

  /** Writes {@code targets} all-or-nothing: each body writes a temp file; all are moved at the end. */
  static void writeAtomically(List<Path> targets, List<StreamBody> bodies) {
    Path[] temps = new Path[targets.size()];
    try {
      for (int i = 0; i < targets.size(); i++) {
        Path target = targets.get(i).toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        temps[i] = tempBeside(target);
        boolean gzip = target.getFileName().toString().endsWith(".gz");
        try (OutputStream raw = Files.newOutputStream(temps[i], StandardOpenOption.CREATE_NEW);
            OutputStream out = gzip ? new GZIPOutputStream(raw, BUFFER) : new java.io.BufferedOutputStream(raw, BUFFER)) {
          bodies.get(i).write(out);
        }
      }
      for (int i = 0; i < targets.size(); i++) {
        move(temps[i], targets.get(i));
        temps[i] = null;
      }
    } catch (IOException e) {
      throw new DataException(targets.get(0), null, "cannot be written: " + e, e);
    } finally {
      for (Path t : temps) {
        if (t != null) {
          try {
            Files.deleteIfExists(t);
          } catch (IOException ignored) {
            // best effort: a leftover .part file is harmless and clearly named
          }
        }
      }
    }
  }

  /**
   * A fresh hidden name next to {@code target}, e.g. {@code .x.csv.1a2b3c.part}; not
   * createTempFile, whose owner-only permissions would stay on the final file.
   */
  static Path tempBeside(Path target) {
    return target.resolveSibling("." + target.getFileName() + "."
        + Long.toHexString(System.nanoTime() ^ ProcessHandle.current().pid()) + ".part");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Writes the content of one output file. */
  @FunctionalInterface
  interface StreamBody {
    void write(OutputStream out) throws IOException;
  }
}
