package dev.glassbox.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A set of 28x28 grayscale digit images with their labels (or none: an unlabeled set for
 * prediction only), held in flat primitive arrays: image {@code i}'s pixel {@code p} (row-major,
 * {@code p = row * 28 + col}) is {@code pixels[i * 784 + p]}, an unsigned byte 0 (background) to 255
 * (ink). Immutable: {@link #subset} and {@link #limit} return copies.
 */
public final class Dataset {
  /** Image height in pixels. */
  public static final int ROWS = 28;
  /** Image width in pixels. */
  public static final int COLS = 28;
  /** Pixels per image, {@code ROWS * COLS}. */
  public static final int PIXELS = ROWS * COLS;
  /** Number of classes (digits 0-9). */
  public static final int DIGITS = 10;

  private final String name;
  private final Path source;
  private final int size;
  private final byte[] pixels;
  private final byte[] labels;

  /**
   * Wraps the arrays without copying; the caller hands them over and must not change them.
   *
   * @param name a short name such as "train" or "test"
   * @param source the file or folder it was read from (for messages; may be null)
   * @param pixels {@code n * 784} unsigned bytes
   * @param labels {@code n} labels 0-9, or null for an unlabeled set
   */
  public Dataset(String name, Path source, byte[] pixels, byte[] labels) {
    this.name = Objects.requireNonNull(name, "name");
    this.source = source;
    this.pixels = Objects.requireNonNull(pixels, "pixels");
    if (pixels.length % PIXELS != 0) {
      throw new IllegalArgumentException("pixels length " + pixels.length + " is not a multiple of 784");
    }
    this.size = pixels.length / PIXELS;
    if (labels != null) {
      if (labels.length != size) {
        throw new IllegalArgumentException(size + " images but " + labels.length + " labels");
      }
      for (int i = 0; i < size; i++) {
        if (labels[i] < 0 || labels[i] >= DIGITS) {
          throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is outside 0-9");
        }
      }
    }
    this.labels = labels;
  }

  /** The short name ("train", "validation", "test", or the file name). */
  public String name() {
    return name;
  }

  /** The file or folder the images came from; may be null for sets built in memory. */
  public Path source() {
    return source;
  }

  /** Number of images. */
  public int size() {
    return size;
  }

  /** Whether every image has a label; false for prediction-only sets. */
  public boolean labeled() {
    return labels != null;
  }

  /** The label 0-9 of image {@code i}; throws IllegalStateException for an unlabeled set. */
  public int label(int i) {
    if (labels == null) {
      throw new IllegalStateException("dataset " + name + " has no labels");
    }
    return labels[i];
  }

  /** Pixel {@code p} (0-783, row-major) of image {@code i}, 0-255. */
  public int pixel(int i, int p) {
    return pixels[i * PIXELS + p] & 0xFF;
  }

  /**
   * Writes image {@code i} scaled to 0..1 ({@code pixel / 255.0}) into {@code dst[off..off+783]}.
   *
   * @param dst Modified.
   */
  public void copyImage(int i, double[] dst, int off) {
    int base = i * PIXELS;
    for (int p = 0; p < PIXELS; p++) {
      dst[off + p] = (pixels[base + p] & 0xFF) / 255.0;
    }
  }

  /**
   * Copies image {@code i}'s raw bytes into {@code dst[off..off+783]}.
   *
   * @param dst Modified.
   */
  public void copyImageBytes(int i, byte[] dst, int off) {
    System.arraycopy(pixels, i * PIXELS, dst, off, PIXELS);
  }

  /** How many images show each digit: {@code counts[d]}, d = 0..9; all zero when unlabeled. */
  public int[] countsPerDigit() {
    int[] counts = new int[DIGITS];
    if (labels != null) {
      for (byte l : labels) {
        counts[l]++;
      }
    }
    return counts;
  }

  /** A copy of images {@code from} (inclusive) to {@code to} (exclusive), same name and source. */
  public Dataset subset(int from, int to) {
    return subset(name, from, to);
  }

  /** A copy of images {@code from} (inclusive) to {@code to} (exclusive) under a new name. */
  public Dataset subset(String newName, int from, int to) {
    Objects.checkFromToIndex(from, to, size);
    byte[] px = Arrays.copyOfRange(pixels, from * PIXELS, to * PIXELS);
    byte[] lb = labels == null ? null : Arrays.copyOfRange(labels, from, to);
    return new Dataset(newName, source, px, lb);
  }

  /** The first {@code min(n, size)} images; this same object when nothing is cut off. */
  public Dataset limit(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + n);
    }
    return n >= size ? this : subset(0, n);
  }

  /** Raw view of the pixel array for the writers in this package; never modified. */
  byte[] pixelArray() {
    return pixels;
  }

  /** Raw view of the labels (null if unlabeled) for the writers in this package. */
  byte[] labelArray() {
    return labels;
  }

  @Override
  public String toString() {
    return name + " (" + size + " images" + (labeled() ? "" : ", unlabeled") + ")";
  }
}
