package dev.glassbox.network;

import dev.glassbox.io.Named;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How weights and biases start. N(0,1) is Nielsen's {@code network.py}; N(0,1/n_in) is
 * {@code network2.py}'s default (keeps z small, so sigmoids do not start saturated); zeros show
 * the symmetry problem: hidden units that start identical stay identical.
 */
public enum Init implements Named {
  /** Weights and biases drawn from N(0, 1). */
  GAUSSIAN("N(0,1)", "normal"),
  /** Weights from N(0, 1/n_in), biases from N(0, 1). */
  SCALED("N(0,1/n_in)"),
  /** Every weight and bias 0. */
  ZEROS("zeros", "zero");

  private final String label;
  private final List<String> aliases;

  Init(String label, String... aliases) {
    this.label = label;
    this.aliases = List.of(aliases);
  }

  /** "normal" for gaussian, "zero" for zeros. */
  @Override
  public List<String> aliases() {
    return aliases;
  }

  /** The distribution in words, for reports. */
  public String label() {
    return label;
  }

  /** Parses "gaussian" (or "normal"), "scaled" and "zeros" (see {@link Named#parse}). */
  public static Init parse(String s) {
    return Named.parse(Init.class, "initialiser", s);
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
