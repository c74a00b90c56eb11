package dev.glassbox.render.chart;

import dev.glassbox.data.Dataset;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * A view: a titled grid of digits from a {@link Dataset}, each drawn white-on-black with crisp
 * (unsmoothed) pixels and its label small in the top-left corner.
 */
public final class DigitGrid {
  private static final int GAP = 4;
  private static final int TITLE = 26;

  private final Dataset data;
  private final int[] indices;
  private final int cols;
  private final int scale;
  private final String title;

  /**
   * @param data the images (not modified)
   * @param indices which images to show, in reading order
   * @param cols digits per row
   * @param scale screen pixels per image pixel
   * @param title drawn above the grid
   */
  public DigitGrid(Dataset data, int[] indices, int cols, int scale, String title) {
    this.data = data;
    this.indices = indices.clone();
    this.cols = cols;
    this.scale = scale;
    this.title = title;
  }

  /** Width in pixels of the view. */
  public int width() {
    return cols * cell() - GAP;
  }

  /** Height in pixels of the view, title included. */
  public int height() {
    int rows = (indices.length + cols - 1) / cols;
    return TITLE + rows * cell() - GAP;
  }

  private int cell() {
    return Dataset.COLS * scale + GAP;
  }

  /** Draws the grid with its top-left corner at {@code (x, y)}. */
  public void display(PGraphics g, float x, float y) {
    g.pushStyle();
    g.textFont(Offscreen.font(15));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.fill(230);
    g.text(title, x, y + 2);
    int side = Dataset.COLS * scale;
    PImage digit = new PImage(side, side, PConstants.RGB);
    g.textFont(Offscreen.font(12));
    for (int k = 0; k < indices.length; k++) {
      int i = indices[k];
      float cx = x + (k % cols) * cell();
      float cy = y + TITLE + (k / cols) * cell();
      // the digit, pixel value -> gray, enlarged by repeating pixels (drawn 1:1, so never blurred)
      digit.loadPixels();
      for (int py = 0; py < side; py++) {
        for (int px = 0; px < side; px++) {
          int v = data.pixel(i, (py / scale) * Dataset.COLS + px / scale);
          digit.pixels[py * side + px] = 0xFF000000 | (v << 16) | (v << 8) | v;
        }
      }
      digit.updatePixels();
      g.image(digit, cx, cy);
      // a thin frame so black digit cells stand apart from the background
      g.noFill();
      g.stroke(70);
      g.rect(cx, cy, Dataset.COLS * scale - 1, Dataset.ROWS * scale - 1);
      if (data.labeled()) {
        g.noStroke();
        g.fill(Palette.argb(Palette.TARGET));
        g.text(String.valueOf(data.label(i)), cx + 3, cy + 2);
      }
    }
    g.popStyle();
  }
}
