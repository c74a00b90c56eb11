package dev.glassbox.network;

import java.util.SplittableRandom;

/**
 * How weights and biases start. N(0,1) is Nielsen's {@code network.py}; N(0,1/n_in) is
 * {@code network2.py}'s default (keeps z small, so sigmoids do not start saturated); zeros show
 * the symmetry problem: hidden units that start identical stay identical.
 */
public enum Init {
  /** Weights and biases drawn from N(0, 1). */
  GAUSSIAN("N(0,1)", "normal"),
  /** Weights from N(0, 1/n_in), biases from N(0, 1). */
  SCALED("N(0,1/n_in)"),
  /** Every weight and bias 0. */
  ZEROS("zeros", "zero");

  private final String label;
  private final java.util.List<String> aliases;

  Init(String label, String... aliases) {
    this.label = label;
    this.aliases = java.util.List.of(aliases);
  }

  /** Command-line name. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The distribution in words, for reports. */
  public String label() {
    return label;
  }

  /** Every id, in declaration order (the choices offered to a user). */
  public static String[] ids() {
    return java.util.Arrays.stream(Init.values()).map(Init::id).toArray(String[]::new);
  }

  /** Parses "gaussian" (or "normal"), "scaled" and "zeros". */
  public static Init parse(String s) {
    String t = s.trim().toLowerCase(java.util.Locale.ROOT);
    for (Init i : values()) {
      if (i.id().equals(t) || i.aliases.contains(t)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown initialiser \"" + s + "\" (expected "
        + java.util.Arrays.stream(values()).map(Init::id).collect(java.util.stream.Collectors.joining(", "))
        + ")");
  }

  /**
   * Fills the network's parameters from one random stream seeded with {@code seed}: first all
   * biases layer by layer, then all weights layer by layer, each weight matrix in (j, k) order
   * (the order of numpy's {@code randn(out, in)}).
   */
  public void apply(Network net, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    for (int l = 1; l < net.layers(); l++) {
      double[] b = net.biases[l];
      for (int j = 0; j < net.sizes[l]; j++) {
        b[j] = this == ZEROS ? 0.0 : rng.nextGaussian();
      }
    }
    for (int l = 1; l < net.layers(); l++) {
      int in = net.sizes[l - 1];
      double scale = this == SCALED ? 1.0 / Math.sqrt(in) : 1.0;
      for (int j = 0; j < net.sizes[l]; j++) {
        for (int k = 0; k < in; k++) {
          net.setWeight(l, j, k, this == ZEROS ? 0.0 : scale * rng.nextGaussian());
        }
      }
    }
  }
}
