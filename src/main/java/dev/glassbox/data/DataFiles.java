package dev.glassbox.data;

import dev.glassbox.io.AtomicFile;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

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

  /**
   * Opens a file for reading, un-gzipping it when its content (not its name) is gzip. Members
   * written back to back read as one stream (RFC 1952); a gzip error while reading (corrupt data, a
   * CRC mismatch, data that ends early, bytes after the last member) throws DataException naming
   * the file.
   */
  static InputStream open(Path file) {
    requireFile(file);
    boolean gz = isGzip(file);
    try {
      InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
      return gz ? new Gunzip(file, raw) : raw;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** gzip-decoded bytes of {@code file}, its errors turned into DataException naming the file. */
  private static final class Gunzip extends FilterInputStream {
    private final Path file;

    Gunzip(Path file, InputStream raw) {
      super(null);
      this.file = file;
      try {
        // commons-compress, not java.util.zip: the JDK silently ignores garbage after the data
        in = GzipCompressorInputStream.builder().setInputStream(raw).setDecompressConcatenated(true).get();
      } catch (IOException e) {
        close(raw);
        throw gzipError(e);
      }
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (IOException e) {
        throw gzipError(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw gzipError(e);
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return in.skip(n);
      } catch (IOException e) {
        throw gzipError(e);
      }
    }

    private DataException gzipError(IOException e) {
      String why = String.valueOf(e.getMessage());
      if (e instanceof EOFException) {
        return new DataException(file, null, "truncated: the gzip data ends early", e);
      }
      if (why.startsWith("Unexpected data after")) {
        return new DataException(file, null, "has bytes after the end of the gzip data (a damaged file, or"
            + " something appended to it); refused rather than ignored", e);
      }
      return new DataException(file, null, "corrupt gzip data (" + why + ")", e);
    }

    private static void close(InputStream raw) {
      try {
        raw.close();
      } catch (IOException ignored) {
        // the gzip error is the one to report
      }
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
