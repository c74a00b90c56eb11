package dev.glassbox.render.chart;

import dev.glassbox.render.shared.Heatmap;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.explore.Imagine;
import java.util.List;
import java.util.Locale;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * A view: imagined digits side by side, each a {@link Heatmap} captioned with the digit and the
 * network's confidence in it (its output activation a^L for that digit).
 */
public final class ImagineSheet {
  private static final int GAP = 12;
  private static final int CAPTION = 40;
  private static final int TITLE = 34;
  private final List<Imagine.Result> results;
  private final int scale;
  private final String title;

  /** @param results the imagined digits, drawn left to right */
  public ImagineSheet(List<Imagine.Result> results, int scale, String title) {
    this.results = List.copyOf(results);
    this.scale = scale;
    this.title = title;
  }

  /** Width in pixels. */
  public int width() {
    return GAP + results.size() * (Imagine.SIDE * scale + GAP);
  }

  /** Height in pixels. */
  public int height() {
    return TITLE + Imagine.SIDE * scale + CAPTION + GAP;
  }

  /** Draws the sheet with its top-left corner at {@code (x, y)}. */
  public void display(PGraphics g, float x, float y) {
    g.pushStyle();
    g.noStroke();
    g.fill(18);
    g.rect(x, y, width(), height());
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Offscreen.font(16));
    g.fill(235);
    g.text(title, x + GAP, y + 8);
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    int side = Imagine.SIDE * scale;
    for (int i = 0; i < results.size(); i++) {
      Imagine.Result r = results.get(i);
      float cx = x + GAP + i * (side + GAP);
      float cy = y + TITLE;
      new Heatmap(r.x(), scale, false).display(g, cx, cy);
      // the digit big, its confidence small below
      g.fill(Palette.argb(Palette.TARGET));
      g.textFont(Offscreen.font(18));
      g.text(String.valueOf(r.digit()), cx + side / 2f, cy + side + 2);
      g.fill(200);
      g.textFont(Offscreen.font(12));
      g.text(String.format(Locale.ROOT, "a=%.3f", r.activation()), cx + side / 2f, cy + side + 23);
    }
    g.popStyle();
  }
}
