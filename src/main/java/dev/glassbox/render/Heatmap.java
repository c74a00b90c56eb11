package dev.glassbox.render;

import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * A view: a square image of values (28x28 pixels or a gradient over them), enlarged with crisp
 * pixels. Sequential values in [0, 1] are drawn black → orange → white; signed values in a
 * diverging map, blue (negative) → black (0) → red (positive), scaled by the largest magnitude.
 */
public final class Heatmap {
  private final double[] values;
  private final int side;
  private final int scale;
  private final boolean signed;

  /**
   * @param values side*side values, row-major (not modified)
   * @param scale screen pixels per value
   * @param signed diverging colours around 0 (else [0, 1] sequential)
   */
  public Heatmap(double[] values, int scale, boolean signed) {
    this.values = values.clone();
    this.side = (int) Math.round(Math.sqrt(values.length));
    this.scale = scale;
    this.signed = signed;
  }

  /** Width (and height) in pixels. */
  public int size() {
    return side * scale;
  }

  /** Draws the map with its top-left corner at {@code (x, y)}. */
  public void display(PGraphics g, float x, float y) {
    double max = 1e-12;
    for (double v : values) {
      max = Math.max(max, Math.abs(v));
    }
    int n = size();
    PImage img = new PImage(n, n, PConstants.RGB);
    img.loadPixels();
    for (int py = 0; py < n; py++) {
      for (int px = 0; px < n; px++) {
        double v = values[(py / scale) * side + px / scale];
        img.pixels[py * n + px] = signed ? diverging(v / max) : sequential(v);
      }
    }
    img.updatePixels();
    g.image(img, x, y);
  }

  /** Black (0) → orange → white (1), like glowing ink. */
  static int sequential(double v) {
    double t = Math.max(0, Math.min(1, v));
    int r = (int) Math.round(255 * Math.min(1, t * 1.6));
    int gr = (int) Math.round(255 * Math.max(0, Math.min(1, t * 1.6 - 0.45)));
    int b = (int) Math.round(255 * Math.max(0, t * 2.2 - 1.2));
    return 0xFF000000 | (r << 16) | (gr << 8) | Math.min(255, b);
  }

  /** Blue (-1) → black (0) → red (+1). */
  static int diverging(double t) {
    double m = Math.sqrt(Math.min(1, Math.abs(t))); // sqrt: small values stay visible
    int c = (int) Math.round(255 * m);
    int soft = (int) Math.round(90 * m);
    return t >= 0 ? 0xFF000000 | (c << 16) | (soft << 8) | soft
        : 0xFF000000 | (soft << 16) | (Math.min(255, soft + 40) << 8) | c;
  }
}
