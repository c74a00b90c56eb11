package dev.glassbox.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads digit images from folders: a labeled folder has sub-folders {@code 0} .. {@code 9} holding
 * that digit's images (the Kaggle "MNIST as JPG" layout); a flat folder of images is an unlabeled
 * set (your own digits). Images that are exactly 28x28 are taken as already MNIST-formatted (only
 * grayscale and polarity are fixed); any other size goes through {@link MnistPreprocessor}.
 * Labeled images are put in a fixed pseudo-random order ({@link #ORDER_SEED}), so that the first N
 * and the validation part mix all digits. Any unreadable or blank image aborts the read.
 */
public final class ImageFolderReader {
  /** Seed of the fixed order of a labeled folder's images (java.util.Random is specified, so stable). */
  public static final long ORDER_SEED = 1L;

  private ImageFolderReader() {}

  /** Whether {@code dir} has at least one sub-folder named by a single digit 0-9. */
  public static boolean isLabeledFolder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    for (int d = 0; d <= 9; d++) {
      if (Files.isDirectory(dir.resolve(String.valueOf(d)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code dir} directly holds image files (PNG, JPEG, GIF, BMP). */
  public static boolean hasImages(Path dir) {
    return !imagesIn(dir).isEmpty();
  }

  /** Whether the file name ends like an image we can read. */
  public static boolean isImageName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif")
        || n.endsWith(".bmp");
  }

  /** Reads a labeled folder (sub-folders 0-9) in the fixed shuffled order. */
  public static Dataset readLabeled(Path dir, String name) {
    List<Path> files = new ArrayList<>();
    List<Byte> digitOf = new ArrayList<>();
    for (int d = 0; d <= 9; d++) {
      for (Path f : imagesIn(dir.resolve(String.valueOf(d)))) {
        files.add(f);
        digitOf.add((byte) d);
      }
    }
    if (files.isEmpty()) {
      throw new DataException(dir, null, "the digit sub-folders 0-9 hold no PNG or JPEG images");
    }
    Integer[] order = IntStream.range(0, files.size()).boxed().toArray(Integer[]::new);
    Collections.shuffle(java.util.Arrays.asList(order), new Random(ORDER_SEED));
    byte[] labels = new byte[files.size()];
    List<Path> ordered = new ArrayList<>(files.size());
    for (int i = 0; i < order.length; i++) {
      labels[i] = digitOf.get(order[i]);
      ordered.add(files.get(order[i]));
    }
    return new Dataset(name, dir, readAll(ordered), labels);
  }

  /** Reads a flat folder of images, sorted by file name, as an unlabeled set. */
  public static Dataset readUnlabeled(Path dir, String name) {
    List<Path> files = imagesIn(dir);
    if (files.isEmpty()) {
      throw new DataException(dir, null, "holds no PNG or JPEG images");
    }
    return new Dataset(name, dir, readAll(files), null);
  }

  /** Reads one image file into a one-image unlabeled set. */
  public static Dataset readOne(Path file) {
    return new Dataset(file.getFileName().toString(), file, readAll(List.of(file)), null);
  }

  /** The image files directly in {@code dir}, sorted by name; empty if it is not a folder. */
  public static List<Path> imagesIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> Files.isRegularFile(f) && isImageName(f)).sorted().toList();
    } catch (IOException e) {
      throw new DataException(dir, null, "cannot be listed: " + e, e);
    }
  }

  private static byte[] readAll(List<Path> files) {
    byte[] pixels = new byte[files.size() * Dataset.PIXELS];
    // Decoding images dominates; do it in parallel. An exception in any task aborts the read.
    IntStream.range(0, files.size()).parallel().forEach(i -> {
      Path f = files.get(i);
      try {
        MnistPreprocessor.prepare(MnistPreprocessor.readImage(f), pixels, i * Dataset.PIXELS);
      } catch (DataException e) {
        throw e.file() == null ? e.withFile(f) : e;
      }
    });
    return pixels;
  }
}
