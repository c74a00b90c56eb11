package dev.glassbox.render.chart;

import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import dev.glassbox.training.FirstLayerWeights;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * A view: the weights into each neuron of the first hidden layer, w^1_{j·}, drawn as a 28x28 image
 * per neuron j (the pixel at row r, column c is w^1_{jk} with k = 28 r + c), in a grid. Colour is
 * the sign: orange for positive, blue for negative, the background for zero ({@link Palette#signedPixel}).
 *
 * <p><b>Scale.</b> By default each image has its own scale, v = w / max_k |w^1_{jk}|, so every
 * neuron's pattern is visible however large its weights; with {@code sharedScale} one scale,
 * max_{j,k} |w^1_{jk}|, serves all, so images compare in magnitude.
 *
 * <p>The grid is built as one image, at a whole-number enlargement (crisp pixels), only when the
 * weights' version or the layout changes; each frame then draws it in one call.
 */
public final class WeightImages {
  private static final int GAP = 4;
  private static final int SIDE = 28;

  private final boolean sharedScale;
  private PImage atlas;
  private long atlasVersion = -1;
  private int atlasCols;
  private int atlasScale;
  private int shown;
  private int builtKey = -1;

  /** @param sharedScale one colour scale for all images instead of one per image */
  public WeightImages(boolean sharedScale) {
    this.sharedScale = sharedScale;
  }

  /** Draws the images in the rectangle; {@code fw} null draws an empty panel. */
  public void display(PGraphics g, float x, float y, float w, float h, FirstLayerWeights fw) {
    String scale = sharedScale ? "one scale for all" : "each image its own scale";
    String title = fw == null ? "Weights into the first hidden layer"
        : "Weights into each of the " + fw.neurons() + " neurons of layer 2";
    Panel.display(g, x, y, w, h, title);
    float innerW = w - 2 * Panel.PAD;
    float innerH = h - Panel.TITLE - 2 * Panel.PAD - 14;
    if (fw == null || fw.inputs() != SIDE * SIDE) {
      return;
    }
    layout(fw.neurons(), innerW, innerH);
    int key = (atlasCols * 64 + atlasScale) * 4096 + shown;
    if (fw.version() != atlasVersion || atlas == null || key != builtKey) {
      builtKey = key;
      build(fw);
    }
    float ax = x + (w - atlas.width) / 2;
    g.image(atlas, ax, y + Panel.TITLE + 4);
    g.pushStyle();
    g.textFont(Offscreen.font(11));
    g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
    g.fill(Palette.argb(Palette.DIM));
    String note = "orange +, blue −, " + scale
        + (shown < fw.neurons() ? "; first " + shown + " shown" : "");
    g.text(note, x + Panel.PAD, y + h - 6);
    g.popStyle();
  }

  // the grid with the largest whole-number enlargement that fits
  private void layout(int n, float innerW, float innerH) {
    int bestScale = 0;
    int bestCols = (int) Math.max(1, Math.floor((innerW + GAP) / (SIDE + GAP)));
    for (int cols = 1; cols <= n; cols++) {
      int rows = (n + cols - 1) / cols;
      int s = (int) Math.min(Math.floor((innerW + GAP) / cols - GAP) / SIDE,
          Math.floor((innerH + GAP) / rows - GAP) / SIDE);
      if (s > bestScale) {
        bestScale = s;
        bestCols = cols;
      }
    }
    atlasScale = Math.max(1, bestScale);
    atlasCols = bestCols;
    int rowsFit = (int) Math.max(1, Math.floor((innerH + GAP) / (SIDE * atlasScale + GAP)));
    shown = bestScale >= 1 ? n : Math.min(n, rowsFit * atlasCols);
  }

  private int atlasWidth() {
    return atlasCols * (SIDE * atlasScale + GAP) - GAP;
  }

  private void build(FirstLayerWeights fw) {
    int cell = SIDE * atlasScale + GAP;
    int rows = (shown + atlasCols - 1) / atlasCols;
    int aw = atlasWidth();
    int ah = rows * cell - GAP;
    if (atlas == null || atlas.width != aw || atlas.height != ah) {
      atlas = new PImage(aw, ah, PConstants.RGB);
    }
    atlas.loadPixels();
    java.util.Arrays.fill(atlas.pixels, Palette.argb(Palette.PANEL));
    float all = 0;
    for (float v : fw.w()) {
      all = Math.max(all, Math.abs(v));
    }
    for (int j = 0; j < shown; j++) {
      float m = sharedScale ? all : maxAbs(fw, j);
      int ox = (j % atlasCols) * cell;
      int oy = (j / atlasCols) * cell;
      for (int k = 0; k < SIDE * SIDE; k++) {
        int c = Palette.signedPixel(fw.w(j, k), m);
        int px = ox + (k % SIDE) * atlasScale;
        int py = oy + (k / SIDE) * atlasScale;
        // one weight becomes a scale x scale block of screen pixels
        for (int dy = 0; dy < atlasScale; dy++) {
          int row = (py + dy) * aw + px;
          for (int dx = 0; dx < atlasScale; dx++) {
            atlas.pixels[row + dx] = c;
          }
        }
      }
    }
    atlas.updatePixels();
    atlasVersion = fw.version();
  }

  private static float maxAbs(FirstLayerWeights fw, int j) {
    float m = 0;
    for (int k = 0; k < fw.inputs(); k++) {
      m = Math.max(m, Math.abs(fw.w(j, k)));
    }
    return m;
  }
}
