package dev.glassbox.render.shared;

import processing.core.PConstants;
import processing.core.PGraphics;

/** The "scroll for more" label of a panel whose text is taller than the panel, on its own background. */
public final class ScrollHint {
  private static final String LABEL = "scroll for more ▾";
  /** The band a scrolling panel keeps free for the label at its bottom. */
  public static final float HEIGHT = 16;

  private ScrollHint() {}

  /** Draws the label with its lower right corner at (right, bottom), over the text beneath it. */
  public static void draw(PGraphics g, float right, float bottom) {
    g.pushStyle();
    g.textFont(Fonts.of(12));
    float w = g.textWidth(LABEL) + 10;
    float h = HEIGHT;
    g.noStroke();
    Palette.fill(g, Palette.PANEL);
    g.rect(right - w + 4, bottom - h, w, h, 4);
    g.textAlign(PConstants.RIGHT, PConstants.BOTTOM);
    Palette.fill(g, Palette.DIM);
    g.text(LABEL, right, bottom - 1);
    g.popStyle();
  }
}
