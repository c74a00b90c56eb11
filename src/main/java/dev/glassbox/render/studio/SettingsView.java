package dev.glassbox.render.studio;

import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import java.util.Map;
import processing.core.PConstants;
import processing.core.PGraphics;

/** A view: a titled list of "name  value" lines, e.g. a run's hyperparameters in a report. */
public final class SettingsView {
  /** Draws the lines in the rectangle. */
  public void display(PGraphics g, float x, float y, float w, float h, String title,
      Map<String, String> lines) {
    Panel.display(g, x, y, w, h, title);
    g.pushStyle();
    g.textFont(Offscreen.font(13));
    float ly = y + Panel.TITLE + 10;
    for (Map.Entry<String, String> e : lines.entrySet()) {
      g.textAlign(PConstants.LEFT, PConstants.TOP);
      g.fill(Palette.argb(Palette.DIM));
      g.text(e.getKey(), x + Panel.PAD, ly);
      g.fill(Palette.argb(Palette.TEXT));
      g.textAlign(PConstants.RIGHT, PConstants.TOP);
      g.text(e.getValue(), x + w - Panel.PAD, ly);
      ly += 21;
    }
    g.popStyle();
  }
}
