package dev.glassbox.render;

import processing.core.PGraphics;

/**
 * The stepper's colours: forward values in sky blue, backward errors in orange, positive weights
 * green and negative ones red, on a dark background. Colours are 0xRRGGBB ints.
 */
public final class Palette {
  /** Window background. */
  public static final int BACKGROUND = 0x12141A;
  /** Panels (inspector, bars). */
  public static final int PANEL = 0x1D2029;
  /** Panel borders and grid lines. */
  public static final int LINE = 0x3A3F4D;
  /** Normal text. */
  public static final int TEXT = 0xE6E8EE;
  /** Secondary text. */
  public static final int DIM = 0x8A90A0;
  /** The forward pass: activations, z, a. */
  public static final int FORWARD = 0x4FB4FF;
  /** The cost. */
  public static final int COST = 0xF2D04B;
  /** The backward pass: δ and the gradients. */
  public static final int BACKWARD = 0xFF8A2A;
  /** The update of the weights. */
  public static final int UPDATE = 0xC07BFF;
  /** A weight the update decreases. */
  public static final int UPDATE_DOWN = 0x8A3FD0;
  /** A positive weight or change. */
  public static final int POSITIVE = 0x5BD27C;
  /** A negative weight or change. */
  public static final int NEGATIVE = 0xF05064;
  /** The target digit's marker. */
  public static final int TARGET = 0xF2D04B;

  private Palette() {}

  /**
   * Sets the fill to {@code rgb} seen with opacity alpha 0..255 over the background, as an opaque
   * colour: Java2D draws opaque colours many times faster than translucent ones.
   */
  public static void fill(PGraphics g, int rgb, float alpha) {
    int c = alpha >= 255 ? rgb : mix(BACKGROUND, rgb, alpha / 255.0);
    g.fill((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
  }

  /** Sets the fill to {@code rgb}, opaque. */
  public static void fill(PGraphics g, int rgb) {
    fill(g, rgb, 255);
  }

  /** Sets the stroke to {@code rgb} seen with opacity alpha over the background, opaque (see fill). */
  public static void stroke(PGraphics g, int rgb, float alpha) {
    int c = alpha >= 255 ? rgb : mix(BACKGROUND, rgb, alpha / 255.0);
    g.stroke((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
  }

  /**
   * Turns anti-aliasing on or off for what follows on a Java2D canvas (smooth circles, but fast
   * aliased lines); other renderers are left alone.
   */
  public static void antialias(PGraphics g, boolean on) {
    if (g.getNative() instanceof java.awt.Graphics2D) {
      ((java.awt.Graphics2D) g.getNative()).setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING,
          on ? java.awt.RenderingHints.VALUE_ANTIALIAS_ON : java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
    }
  }

  /** Sets the stroke to {@code rgb}, opaque. */
  public static void stroke(PGraphics g, int rgb) {
    stroke(g, rgb, 255);
  }

  /** The colour a fraction {@code f} (0..1) of the way from {@code a} to {@code b}. */
  public static int mix(int a, int b, double f) {
    double t = Math.max(0, Math.min(1, f));
    int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
    int gr = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
    int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
    return (r << 16) | (gr << 8) | bl;
  }

  /** The colour of a phase's steps (forward, cost, backward, update). */
  public static int of(dev.glassbox.trace.Phase p) {
    switch (p) {
      case FORWARD:
        return FORWARD;
      case COST:
        return COST;
      case BACKWARD:
        return BACKWARD;
      default:
        return UPDATE;
    }
  }

  /** Green for a positive value, red for a negative one. */
  public static int sign(double v) {
    return v >= 0 ? POSITIVE : NEGATIVE;
  }

  /**
   * A magnitude shown on a log scale: 1 at {@code max}, 0 at six orders of magnitude below it, so
   * tiny errors of a saturated network still show.
   */
  public static double logScale(double v, double max) {
    double a = Math.abs(v);
    if (!(a > 0) || !(max > 0)) {
      return 0;
    }
    return Math.max(0, Math.min(1, 1 + Math.log10(a / max) / 6));
  }
}
