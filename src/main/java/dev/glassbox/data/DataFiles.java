package dev.glassbox.data;

import dev.glassbox.io.AtomicFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

  /** Writes {@code targets} all-or-nothing (gzip when a name ends in .gz), see {@link AtomicFile}. */
  static void writeAtomically(List<Path> targets, List<StreamBody> bodies) {
    List<AtomicFile.Body> wrapped = new java.util.ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      StreamBody body = bodies.get(i);
      boolean gzip = targets.get(i).getFileName().toString().endsWith(".gz");
      wrapped.add(out -> {
        if (gzip) {
          GZIPOutputStream gz = new GZIPOutputStream(out, BUFFER);
          body.write(gz);
          gz.finish();
        } else {
          body.write(out);
        }
      });
    }
    try {
      AtomicFile.writeAll(targets, wrapped);
    } catch (IOException e) {
      throw new DataException(targets.get(0), null, "cannot be written: " + e, e);
    }
  }

  /** Writes the content of one output file. */
  @FunctionalInterface
  interface StreamBody {
    void write(OutputStream out) throws IOException;
  }
}
