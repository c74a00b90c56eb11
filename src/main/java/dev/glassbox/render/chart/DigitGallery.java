package dev.glassbox.render.chart;

import dev.glassbox.data.Dataset;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import java.util.HashMap;
import java.util.Map;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * A view: a page of digits from a {@link Dataset} in a grid, each captioned with its label, or
 * with "true→predicted" when a prediction is given, in red when it is wrong. {@link #indexAt}
 * tells which digit a click hit. Each digit's enlarged image is built once and kept (crisp whole-number enlargement).
 */
public final class DigitGallery {
  private static final int SIDE = 28;
  private static final int GAP = 5;
  private static final int CAPTION = 14;
  private static final int CACHE = 2000;

  private final int scale;
  private final Map<Integer, PImage> images = new HashMap<>();
  private Dataset cachedFor;
  private float gridX;
  private float gridY;
  private int cols = 1;
  private int capacity;
  private int[] pageIndices = new int[0];

  /** @param scale screen pixels per image pixel */
  public DigitGallery(int scale) {
    this.scale = scale;
  }

  /**
   * Draws one page of digits.
   *
   * @param data the images (not modified)
   * @param indices the digits to show, in order (not modified)
   * @param predicted the predicted digit of each entry of {@code indices}, or null to show labels
   * @param first position in {@code indices} of the page's first digit
   * @param note a muted line under the grid (may be empty)
   */
  public void display(PGraphics g, float x, float y, float w, float h, String title, Dataset data,
      int[] indices, int[] predicted, int first, String note) {
    Panel.display(g, x, y, w, h, title);
    if (data != cachedFor) {
      images.clear();
      cachedFor = data;
    }
    int cw = cellWidth();
    int ch = cellHeight();
    cols = Math.max(1, (int) ((w - 2 * Panel.PAD + GAP) / cw));
    int rows = Math.max(1, (int) ((h - Panel.TITLE - Panel.PAD - 16 + GAP) / ch));
    capacity = cols * rows;
    gridX = x + (w - (cols * cw - GAP)) / 2;
    gridY = y + Panel.TITLE + 4;
    int n = data == null ? 0 : Math.max(0, Math.min(capacity, indices.length - first));
    pageIndices = new int[n];
    g.pushStyle();
    g.textFont(Offscreen.font(12));
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    for (int c = 0; c < n; c++) {
      int i = indices[first + c];
      pageIndices[c] = i;
      float cx = gridX + (c % cols) * cw;
      float cy = gridY + (c / cols) * ch;
      g.image(image(data, i), cx, cy);
      g.noFill();
      g.stroke(Palette.argb(Palette.GRID));
      g.rect(cx, cy, SIDE * scale - 1, SIDE * scale - 1);
      g.noStroke();
      if (predicted == null) {
        g.fill(Palette.argb(Palette.TARGET));
        g.text(data.labeled() ? Integer.toString(data.label(i)) : "?", cx + SIDE * scale / 2f, cy + SIDE * scale + 1);
      } else {
        g.fill(predicted[first + c] == data.label(i) ? Palette.argb(Palette.TEXT) : Palette.argb(Palette.WRONG));
        g.text(data.label(i) + "→" + predicted[first + c], cx + SIDE * scale / 2f, cy + SIDE * scale + 1);
      }
    }
    g.fill(Palette.argb(Palette.DIM));
    g.textFont(Offscreen.font(11));
    g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
    g.text(note, x + Panel.PAD, y + h - 5);
    g.popStyle();
  }

  /** How many digits the last page held room for. */
  public int capacity() {
    return capacity;
  }

  /** The dataset index of the digit under (mx, my), or -1; valid after display. */
  public int indexAt(float mx, float my) {
    if (mx < gridX || my < gridY) {
      return -1;
    }
    int c = (int) ((mx - gridX) / cellWidth());
    int r = (int) ((my - gridY) / cellHeight());
    if (c >= cols || (mx - gridX) % cellWidth() > SIDE * scale) {
      return -1;
    }
    int k = r * cols + c;
    return k < pageIndices.length ? pageIndices[k] : -1;
  }

  /** Screen position {x, y} of the top-left corner of the k-th digit on the page. */
  public float[] cellOrigin(int k) {
    return new float[] {gridX + (k % cols) * cellWidth(), gridY + (k / cols) * cellHeight()};
  }

  private int cellWidth() {
    return SIDE * scale + GAP;
  }

  private int cellHeight() {
    return SIDE * scale + CAPTION + GAP;
  }

  // the digit, pixel value -> gray, each pixel a scale x scale block
  private PImage image(Dataset data, int i) {
    PImage img = images.get(i);
    if (img != null) {
      return img;
    }
    if (images.size() >= CACHE) {
      images.clear();
    }
    int side = SIDE * scale;
    img = new PImage(side, side, PConstants.RGB);
    img.loadPixels();
    for (int py = 0; py < side; py++) {
      for (int px = 0; px < side; px++) {
        int v = data.pixel(i, (py / scale) * SIDE + px / scale);
        img.pixels[py * side + px] = 0xFF000000 | (v << 16) | (v << 8) | v;
      }
    }
    img.updatePixels();
    images.put(i, img);
    return img;
  }
}
