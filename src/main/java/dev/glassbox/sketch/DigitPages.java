package dev.glassbox.sketch;

import dev.glassbox.data.Dataset;
import java.util.SplittableRandom;

/**
 * The browser's order of one data set: a random permutation of its images, filtered to one digit
 * (or all), cut into pages.
 */
final class DigitPages {
  private final Dataset data;
  private int[] order;
  private int[] shown;
  private int digit = -1;
  private int first;

  DigitPages(Dataset data, long seed) {
    this.data = data;
    shuffle(seed);
  }

  /** A new random order (Fisher-Yates), back to the first page. */
  void shuffle(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    filter(digit);
  }

  /** Shows only images labelled {@code d} (-1: all), from the first page. */
  void filter(int d) {
    digit = d;
    first = 0;
    shown = d < 0 || !data.labeled() ? order
        : java.util.Arrays.stream(order).filter(i -> data.label(i) == d).toArray();
  }

  /** Moves on by one page of {@code pageSize}, back to the start after the last. */
  void next(int pageSize) {
    first += Math.max(1, pageSize);
    if (first >= shown.length) {
      first = 0;
    }
  }

  Dataset data() {
    return data;
  }

  int[] indices() {
    return shown;
  }

  int first() {
    return first;
  }

  int digit() {
    return digit;
  }
}
