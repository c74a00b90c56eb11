package dev.glassbox.render.chart;

import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * A view: the 10x10 confusion matrix (row = true digit, column = predicted digit) as a heatmap with
 * the count in each cell. Brightness rises with the count on a log scale,
 * {@code f = ln(1 + c) / ln(1 + max)}, so the rare mistakes off the diagonal still show while the
 * brightest cell is always the largest count. Click a cell to pick (true, predicted): {@link
 * #cellAt}.
 */
public final class ConfusionHeatmap {
  private static final float AXIS = 20;

  private float gridX;
  private float gridY;
  private float cell = 1;
  private int classes;

  /**
   * Draws the heatmap in the rectangle.
   *
   * @param counts counts[true][predicted] (not modified); null draws an empty grid
   * @param selectedTrue row of the highlighted cell, or -1
   * @param selectedPredicted column of the highlighted cell, or -1
   */
  public void display(PGraphics g, float x, float y, float w, float h, String title, int[][] counts,
      int selectedTrue, int selectedPredicted) {
    Panel.display(g, x, y, w, h, title);
    classes = counts == null ? 10 : counts.length;
    float top = y + Panel.TITLE + 16;
    cell = (float) Math.floor(Math.min(w - 2 * Panel.PAD - AXIS, h - (top - y) - AXIS - Panel.PAD) / classes);
    gridX = x + Panel.PAD + AXIS + (w - 2 * Panel.PAD - AXIS - cell * classes) / 2;
    gridY = top + AXIS;
    int max = 0;
    if (counts != null) {
      for (int[] row : counts) {
        for (int c : row) {
          max = Math.max(max, c);
        }
      }
    }
    g.pushStyle();
    axisLabels(g);
    g.textFont(Offscreen.font(cell >= 30 ? 11 : 9));
    g.textAlign(PConstants.CENTER, PConstants.CENTER);
    for (int t = 0; t < classes; t++) {
      for (int p = 0; p < classes; p++) {
        int c = counts == null ? 0 : counts[t][p];
        int colour = Palette.argb(Palette.ramp(max == 0 ? 0 : Math.log1p(c) / Math.log1p(max)));
        float cx = gridX + p * cell;
        float cy = gridY + t * cell;
        g.noStroke();
        g.fill(colour);
        g.rect(cx, cy, cell - 1, cell - 1);
        if (c > 0) {
          // dark text on bright cells, light text on dark ones
          g.fill(Palette.luminance(colour) > 140 ? 0xFF101010 : 0xFFE0E0E0);
          g.text(Integer.toString(c), cx + cell / 2, cy + cell / 2 - 1);
        }
      }
    }
    if (selectedTrue >= 0 && selectedPredicted >= 0) {
      g.noFill();
      g.stroke(Palette.argb(Palette.WRONG));
      g.strokeWeight(2);
      g.rect(gridX + selectedPredicted * cell - 1, gridY + selectedTrue * cell - 1, cell + 1, cell + 1);
    }
    g.textFont(Offscreen.font(11));
    g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
    g.fill(Palette.argb(Palette.DIM));
    g.text("row: true digit, column: predicted;\nbrightness: count, log scale; click a cell", x + Panel.PAD, y + h - 5);
    g.popStyle();
  }

  private void axisLabels(PGraphics g) {
    g.textFont(Offscreen.font(11));
    g.fill(Palette.argb(Palette.DIM));
    g.textAlign(PConstants.CENTER, PConstants.BOTTOM);
    g.text("predicted →", gridX + cell * classes / 2, gridY - AXIS + 2);
    g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
    g.text("true ↓", gridX - AXIS - 2, gridY - AXIS + 2);
    g.fill(Palette.argb(Palette.TEXT));
    for (int d = 0; d < classes; d++) {
      g.textAlign(PConstants.CENTER, PConstants.BOTTOM);
      g.text(Integer.toString(d), gridX + d * cell + cell / 2, gridY - 2);
      g.textAlign(PConstants.RIGHT, PConstants.CENTER);
      g.text(Integer.toString(d), gridX - 5, gridY + d * cell + cell / 2);
    }
  }

  /** The cell under screen point (mx, my) as {true, predicted}, or null; valid after display. */
  public int[] cellAt(float mx, float my) {
    int p = (int) Math.floor((mx - gridX) / cell);
    int t = (int) Math.floor((my - gridY) / cell);
    if (mx < gridX || my < gridY || p >= classes || t >= classes) {
      return null;
    }
    return new int[] {t, p};
  }

  /** Screen rectangle {x, y, w, h} of cell (true, predicted), as last drawn. */
  public float[] cellBounds(int t, int p) {
    return new float[] {gridX + p * cell, gridY + t * cell, cell - 1, cell - 1};
  }
}
