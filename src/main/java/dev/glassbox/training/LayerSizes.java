package dev.glassbox.training;

import dev.glassbox.network.Network;

/**
 * The one parser of layer sizes ("784,30,10", input first) for {@code train}, {@code sweep} and
 * the studio: whole numbers, at least one neuron each, at least an input and an output layer, and
 * small enough that training's copies of the parameters fit in memory.
 */
public final class LayerSizes {
  // training holds the parameters, their gradients, the velocity and the best copy: four copies
  private static final int COPIES = 4;

  private LayerSizes() {}

  /** Parses {@code s}; errors start with {@code field} (e.g. "--sizes") and name the bad part. */
  public static int[] parse(String field, String s) {
    try {
      return parse(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }

  /** Parses {@code s}; errors name the bad part (the caller names the field). */
  public static int[] parse(String s) {
    String[] parts = s.split(",", -1);
    int[] sizes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      long v;
      try {
        v = Long.parseLong(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("\"" + parts[i].trim() + "\" in \"" + s
            + "\" is not a whole number (expected e.g. 784,30,10)");
      }
      if (v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(v + " neurons in \"" + s + "\" is too big"
            + " (at most " + Integer.MAX_VALUE + " per layer, and far fewer fit in memory)");
      }
      if (v < 1) {
        throw new IllegalArgumentException("every layer needs at least one neuron: " + s);
      }
      sizes[i] = (int) v;
    }
    if (sizes.length < 2) {
      throw new IllegalArgumentException("at least an input and an output size are needed: " + s);
    }
    Network.checkFits(sizes, s, COPIES);
    return sizes;
  }

  /** Sizes as "784,30,10". */
  public static String text(int[] sizes) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sizes.length; i++) {
      sb.append(i == 0 ? "" : ",").append(sizes[i]);
    }
    return sb.toString();
  }
}
