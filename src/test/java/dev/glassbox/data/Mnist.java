package dev.glassbox.data;

import java.nio.file.Path;
import java.util.Map;

/** The bundled MNIST, read once per test JVM and shared (immutable datasets, lazy holder). */
public final class Mnist {
  /** The bundled data folder (tests run in the project directory). */
  public static final Path DIR = Path.of("data");
  /** First ten training labels and first ten test labels, from the shared MNIST README. */
  public static final int[] FIRST_TRAIN = {5, 0, 4, 1, 9, 2, 1, 3, 1, 4};
  public static final int[] FIRST_TEST = {7, 2, 1, 0, 4, 1, 4, 9, 5, 9};
  /** Per-digit counts of the 60,000 training and the 10,000 test images. */
  public static final int[] TRAIN_COUNTS = {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949};
  public static final int[] TEST_COUNTS = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};

  private Mnist() {}

  private static final class Holder {
    static final Map<String, Dataset> PARTS = DataLoader.readParts(DIR);
  }

  /** The whole 60,000 training images (unsplit). */
  public static Dataset train() {
    return Holder.PARTS.get("train");
  }

  /** The 10,000 test images. */
  public static Dataset test() {
    return Holder.PARTS.get("test");
  }

  /** The first {@code n} labels of {@code d}. */
  public static int[] firstLabels(Dataset d, int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = d.label(i);
    }
    return out;
  }
}
