package dev.glassbox.render.shared;

import processing.core.PGraphics;

/**
 * Glassbox's one palette, for every window and picture (stepper, studio, browser, test's and
 * imagine's PNGs): each colour has one meaning. Signed values use one diverging pair, safe for
 * colour-blind readers: orange positive, blue negative, magnitude as intensity, 0 the background.
 * The four phases have hues of their own, away from that pair; unsigned magnitudes (ink, counts)
 * are grey. Colours are 0xRRGGBB ints; {@link #argb} makes one opaque for Processing's
 * {@code fill(int)} and for image pixels. {@link Legend} lists them all.
 */
public final class Palette {
  /** Window background; also the value 0 of the diverging map. */
  public static final int BACKGROUND = 0x12141A;
  /** Panels (inspector, bars, studio tiles). */
  public static final int PANEL = 0x1D2029;
  /** Chart grid lines, frames around pictures, buttons and troughs: structure under the data. */
  public static final int GRID = 0x2C313C;
  /** Panel borders and separator lines. */
  public static final int LINE = 0x3A3F4D;
  /** Normal text. */
  public static final int TEXT = 0xE6E8EE;
  /** Secondary text. */
  public static final int DIM = 0x8A90A0;

  /** A positive value (weight, δ, gradient, change, -∂C/∂x): orange. */
  public static final int POSITIVE = 0xF0922E;
  /** A negative value: blue, as light as {@link #POSITIVE} so magnitudes read alike. */
  public static final int NEGATIVE = 0x5AAEFF;

  /** The forward pass: z, a, activations, forward steps: green. */
  public static final int FORWARD = 0x5CCF7F;
  /** The cost and the error: C, cost curves, wrong answers, failures: red. */
  public static final int COST = 0xFF5C5C;
  /** The backward pass: δ, gradients and backprop steps as a phase (their values are signed): magenta. */
  public static final int BACKWARD = 0xF06EC0;
  /** The update of the weights as a phase (the changes themselves are signed): violet. */
  public static final int UPDATE = 0xBC7CFF;
  /** The target: the correct label y, the right answer: yellow. */
  public static final int TARGET = 0xF2D04B;
  /** A wrong answer or an error message: the cost's red, since the cost measures how wrong. */
  public static final int WRONG = COST;

  private Palette() {}

  /** {@code rgb} as an opaque ARGB int, as Processing's {@code fill(int)} and image pixels take it. */
  public static int argb(int rgb) {
    return 0xFF000000 | (rgb & 0xFFFFFF);
  }

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

  /** Sets the stroke to {@code rgb}, opaque. */
  public static void stroke(PGraphics g, int rgb) {
    stroke(g, rgb, 255);
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

  /** The colour a fraction {@code f} (0..1) of the way from {@code a} to {@code b} (0xRRGGBB). */
  public static int mix(int a, int b, double f) {
    double t = Math.max(0, Math.min(1, f));
    int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
    int gr = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
    int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
    return (r << 16) | (gr << 8) | bl;
  }

  /** The colour of a phase's steps (forward, cost, backward, update). */
  public static int of(dev.glassbox.trace.explain.Phase p) {
    return switch (p) {
      case FORWARD -> FORWARD;
      case COST -> COST;
      case BACKWARD -> BACKWARD;
      case UPDATE -> UPDATE;
    };
  }

  /** The hue of a value's sign: {@link #POSITIVE} orange, {@link #NEGATIVE} blue, {@link #DIM} for 0 or NaN. */
  public static int sign(double v) {
    return v > 0 ? POSITIVE : v < 0 ? NEGATIVE : DIM;
  }

  /**
   * The diverging map at {@code t} in [-1, 1]: the background at 0, rising linearly to full orange
   * at +1 and full blue at -1. Monotone in |t| and symmetric in sign (equal lightness at ±t).
   */
  public static int diverging(double t) {
    if (!(t == t) || t == 0) {
      return BACKGROUND;
    }
    return mix(BACKGROUND, t > 0 ? POSITIVE : NEGATIVE, Math.min(1, Math.abs(t)));
  }

  /**
   * A signed value {@code v} as an opaque image pixel, scaled to the picture's largest magnitude
   * {@code max} through a square root, so that small values stay visible. Every signed picture
   * (weights, ∂C/∂w, Δw, -∂C/∂x) uses it.
   */
  public static int signedPixel(double v, double max) {
    if (!(max > 0)) {
      return argb(BACKGROUND);
    }
    double m = Math.sqrt(Math.min(1, Math.abs(v) / max));
    return argb(diverging(Math.copySign(m, v)));
  }

  /**
   * The sequential map for unsigned magnitudes (counts, imagined ink) at {@code f} in [0, 1]:
   * grey from the panel's dark to near white, lightness rising with the value and no hue, so that
   * it never reads as a sign or a phase.
   */
  public static int ramp(double f) {
    double t = Math.max(0, Math.min(1, f));
    return mix(0x1C1C1C, 0xF4F4F4, t);
  }

  /**
   * The curve of layer {@code i} of {@code count} layers after the input (0 = the first hidden
   * layer), where each layer gets its own line, as in the speed of learning: the backward pass's
   * magenta (the speed is a size of δ), from dark for the first hidden layer to pale for the output
   * layer, so that depth reads as lightness.
   */
  public static int layer(int i, int count) {
    double f = count <= 1 ? 1 : i / (double) (count - 1);
    int dark = mix(BACKGROUND, BACKWARD, 0.5);
    int pale = mix(BACKWARD, 0xFFFFFF, 0.6);
    return f <= 0.5 ? mix(dark, BACKWARD, 2 * f) : mix(BACKWARD, pale, 2 * f - 1);
  }

  /** Luma 0.299 r + 0.587 g + 0.114 b of a colour, 0-255 (to pick black or white text over it). */
  public static double luminance(int c) {
    return 0.299 * ((c >> 16) & 255) + 0.587 * ((c >> 8) & 255) + 0.114 * (c & 255);
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
