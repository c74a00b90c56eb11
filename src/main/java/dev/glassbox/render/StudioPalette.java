package dev.glassbox.render;

/**
 * The studio's colours (ARGB ints, as Processing's {@code fill(int)} takes them) and the two colour
 * maps: a sequential ramp whose brightness rises with the value, and a diverging map for signs.
 */
public final class StudioPalette {
  public static final int BACKGROUND = 0xFF111318;
  public static final int PANEL = 0xFF1B1E26;
  public static final int FRAME = 0xFF2C313C;
  public static final int GRID = 0xFF2A2F3A;
  public static final int TEXT = 0xFFE8E8EA;
  public static final int MUTED = 0xFF9BA1AD;
  public static final int VALIDATION = 0xFF4FC3F7;
  public static final int TEST = 0xFFFFB74D;
  public static final int COST = 0xFFEF7B7B;
  public static final int EPOCH_COST = 0xFFF5F5F5;
  public static final int ACCENT = 0xFF7CDB8A;
  public static final int LABEL = 0xFFFFC43D;
  public static final int WRONG = 0xFFFF6B6B;

  // stops of the sequential ramp, each brighter than the one before
  private static final int[] RAMP = {0xFF0D1020, 0xFF20306E, 0xFF1F7A8C, 0xFF5CC46B, 0xFFF2E55C, 0xFFFFFFF0};
  // the diverging map: negative -> blue, 0 -> black, positive -> orange
  private static final int NEGATIVE = 0xFF3D9BFF;
  private static final int POSITIVE = 0xFFFF9A2E;

  private StudioPalette() {}

  /** The sequential ramp at {@code f} in [0, 1]: dark navy to near white, brightness increasing. */
  public static int ramp(double f) {
    double t = Math.max(0, Math.min(1, f)) * (RAMP.length - 1);
    int i = Math.min(RAMP.length - 2, (int) t);
    return lerp(RAMP[i], RAMP[i + 1], t - i);
  }

  /** The diverging map at {@code v} in [-1, 1]: blue for negative, black at 0, orange for positive. */
  public static int diverging(double v) {
    double t = Math.max(-1, Math.min(1, v));
    return lerp(0xFF000000, t < 0 ? NEGATIVE : POSITIVE, Math.abs(t));
  }

  /** Linear mix of two opaque colours, {@code a + t (b - a)} per channel. */
  public static int lerp(int a, int b, double t) {
    int r = (int) Math.round(((a >> 16) & 255) + t * (((b >> 16) & 255) - ((a >> 16) & 255)));
    int gr = (int) Math.round(((a >> 8) & 255) + t * (((b >> 8) & 255) - ((a >> 8) & 255)));
    int bl = (int) Math.round((a & 255) + t * ((b & 255) - (a & 255)));
    return 0xFF000000 | (r << 16) | (gr << 8) | bl;
  }

  /** Relative luminance 0.299 r + 0.587 g + 0.114 b of a colour, 0-255. */
  public static double luminance(int c) {
    return 0.299 * ((c >> 16) & 255) + 0.587 * ((c >> 8) & 255) + 0.114 * (c & 255);
  }
}
