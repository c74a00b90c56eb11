package dev.glassbox.tutorial;

import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.trace.explain.Num;

/**
 * Placeholders about the data: the split's sizes, per-digit counts and one test image's raw
 * pixels.
 *
 * <ul>
 *   <li>{@code data.train}, {@code data.validation}, {@code data.test}: images in each part
 *   <li>{@code data.counts}: a Markdown table of images per digit and part
 *   <li>{@code pixels.crop}: the image's bytes 0-255 inside its ink's bounding box (plus one pixel),
 *       as fixed-width text; {@code pixels.rows}, {@code pixels.cols}: that box, e.g. {@code 4-23}
 *   <li>{@code bright.r}, {@code bright.c}, {@code bright.p}, {@code bright.v}: the first
 *       brightest pixel's row, column, index p = 28 r + c and byte value; {@code bright.x} its
 *       input value v / 255
 * </ul>
 */
public final class DataValues implements Values {
  private final MnistSplit split;
  private final Dataset test;
  private final int image;
  private final int[] box;
  private final int brightest;

  /** Values of {@code split}, with test image {@code image} as the example. */
  public DataValues(MnistSplit split, int image) {
    this.split = split;
    this.test = split.test();
    this.image = image;
    this.box = inkBox();
    int best = 0;
    for (int p = 1; p < Dataset.PIXELS; p++) {
      if (test.pixel(image, p) > test.pixel(image, best)) {
        best = p;
      }
    }
    this.brightest = best;
  }

  @Override
  public String get(String key) {
    switch (key) {
      case "data.train":
        return count(split.train());
      case "data.validation":
        return count(split.validation());
      case "data.test":
        return count(test);
      case "data.counts":
        return counts();
      case "pixels.crop":
        return crop();
      case "pixels.rows":
        return box[0] + "-" + box[1];
      case "pixels.cols":
        return box[2] + "-" + box[3];
      case "bright.r":
        return Integer.toString(brightest / Dataset.COLS);
      case "bright.c":
        return Integer.toString(brightest % Dataset.COLS);
      case "bright.p":
        return Integer.toString(brightest);
      case "bright.v":
        return Integer.toString(test.pixel(image, brightest));
      case "bright.x":
        return Num.format(test.pixel(image, brightest) / 255.0);
      default:
        return null;
    }
  }

  private static String count(Dataset d) {
    return String.format(java.util.Locale.ROOT, "%,d", d.size());
  }

  // rows r0..r1 and columns c0..c1 holding ink, widened by one pixel where the field allows
  private int[] inkBox() {
    int r0 = Dataset.ROWS;
    int r1 = -1;
    int c0 = Dataset.COLS;
    int c1 = -1;
    for (int p = 0; p < Dataset.PIXELS; p++) {
      if (test.pixel(image, p) != 0) {
        r0 = Math.min(r0, p / Dataset.COLS);
        r1 = Math.max(r1, p / Dataset.COLS);
        c0 = Math.min(c0, p % Dataset.COLS);
        c1 = Math.max(c1, p % Dataset.COLS);
      }
    }
    return new int[] {Math.max(0, r0 - 1), Math.min(Dataset.ROWS - 1, r1 + 1),
        Math.max(0, c0 - 1), Math.min(Dataset.COLS - 1, c1 + 1)};
  }

  private String crop() {
    StringBuilder sb = new StringBuilder("row\\col");
    for (int c = box[2]; c <= box[3]; c++) {
      sb.append(String.format(java.util.Locale.ROOT, "%4d", c));
    }
    for (int r = box[0]; r <= box[1]; r++) {
      sb.append('\n').append(String.format(java.util.Locale.ROOT, "%7d", r));
      for (int c = box[2]; c <= box[3]; c++) {
        sb.append(String.format(java.util.Locale.ROOT, "%4d", test.pixel(image, r * Dataset.COLS + c)));
      }
    }
    return sb.toString();
  }

  private String counts() {
    StringBuilder sb = new StringBuilder("| part |");
    for (int d = 0; d < Dataset.DIGITS; d++) {
      sb.append(' ').append(d).append(" |");
    }
    sb.append(" all |\n|---|");
    sb.append("---:|".repeat(Dataset.DIGITS + 1));
    row(sb, "train", split.train());
    row(sb, "validation", split.validation());
    row(sb, "test", test);
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Dataset d) {
    sb.append("\n| ").append(name).append(" |");
    for (int c : d.countsPerDigit()) {
      sb.append(' ').append(c).append(" |");
    }
    sb.append(' ').append(d.size()).append(" |");
  }
}
