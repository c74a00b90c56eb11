package dev.glassbox.training;

import java.util.Locale;

/**
 * A run that collapsed while its cost stayed finite (a saturated sigmoid keeps the quadratic cost
 * near 0.5 however wrong the network is): after an epoch the validation accuracy is at chance
 * (at most 1.5 times 1/outputs) and either the epoch began well above chance (at least twice it)
 * or every layer's speed of learning ||δ^l|| fell below {@link #STALLED}, the neurons saturated so
 * that nothing more can be learned. A slow run that is still learning is not a collapse.
 */
public final class Collapse {
  /** Speed of learning below which a layer has stopped learning (healthy runs show 1e-2 and more). */
  static final double STALLED = 1e-3;

  private Collapse() {}

  /**
   * Why the epoch collapsed, or null when it did not.
   *
   * @param began validation accuracy before the epoch (NaN when unknown)
   * @param ended validation accuracy after it (NaN: no validation set, never a collapse)
   * @param outputs number of classes
   */
  public static String check(double began, double ended, int outputs, LayerSpeeds speeds) {
    double chance = 1.0 / outputs;
    if (Double.isNaN(ended) || ended > 1.5 * chance) {
      return null;
    }
    boolean fell = began >= 2 * chance;
    boolean stalled = speeds.layers() > 0;
    for (int l = 1; l <= speeds.layers(); l++) {
      stalled &= !(speeds.of(l) >= STALLED);
    }
    if (!fell && !stalled) {
      return null;
    }
    return String.format(Locale.ROOT, "the validation accuracy %s %.2f%%, at or below chance (%.2f%% for %d"
        + " classes)", fell ? String.format(Locale.ROOT, "fell from %.2f%% to", 100 * began) : "is", 100 * ended,
        100 * chance, outputs)
        + (stalled ? ", and every layer stopped learning (its neurons saturated)" : "")
        + "; the cost stayed finite, but the run collapsed";
  }
}
