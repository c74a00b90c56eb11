package dev.glassbox.render.shared;

import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * A view: a square image of values (28x28 pixels or a gradient over them), enlarged with crisp
 * pixels. Values in [0, 1] are drawn as grey ink ({@link Palette#ramp}); signed values in the
 * palette's diverging map, blue (negative) → background (0) → orange (positive), scaled by the
 * largest magnitude ({@link Palette#signedPixel}).
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
        img.pixels[py * n + px] = signed ? Palette.signedPixel(v, max) : Palette.argb(Palette.ramp(v));
      }
    }
    img.updatePixels();
    g.image(img, x, y);
  }
}
