package dev.glassbox.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small helpers for building test input files. */
final class Files2 {
  private Files2() {}

  /** A tiny labeled dataset whose pixels and labels follow a simple deterministic pattern. */
  static Dataset tiny(int n) {
    byte[] px = new byte[n * Dataset.PIXELS];
    byte[] lb = new byte[n];
    for (int i = 0; i < n; i++) {
      lb[i] = (byte) (i % 10);
      for (int p = 0; p < Dataset.PIXELS; p++) {
        px[i * Dataset.PIXELS + p] = (byte) ((i * 31 + p * 7) % 256);
      }
    }
    return new Dataset("tiny", null, px, lb);
  }

  static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(raw);
    }
    return bos.toByteArray();
  }

  /** An IDX header: magic then dimensions, big-endian. */
  static byte[] idxHeader(int magic, int... dims) {
    byte[] h = new byte[4 + 4 * dims.length];
    putInt(h, 0, magic);
    for (int i = 0; i < dims.length; i++) {
      putInt(h, 4 + 4 * i, dims[i]);
    }
    return h;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    return Files.write(file, bytes);
  }

  private static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }
}
