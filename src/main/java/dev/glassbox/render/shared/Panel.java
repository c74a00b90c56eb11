package dev.glassbox.render.shared;

import processing.core.PConstants;
import processing.core.PGraphics;

/** The box every view sits in: a filled rounded rectangle with a title in its top-left corner. */
public final class Panel {
  /** Height of the title strip. */
  public static final float TITLE = 24;
  /** Inner margin. */
  public static final float PAD = 10;

  private Panel() {}

  /** Draws the box and title; the content area starts {@link #TITLE} below {@code y}. */
  public static void display(PGraphics g, float x, float y, float w, float h, String title) {
    begin(g, x, y, w, h, 14, PConstants.TOP);
    g.fill(Palette.argb(Palette.TEXT));
    g.text(title, x + PAD, y + 6);
    g.popStyle();
  }

  /**
   * Pushes a style and draws the panel's box, then sets left-aligned text of {@code textSize} at
   * {@code verticalAlign} (PConstants.TOP or CENTER) for what goes in it; end with g.popStyle().
   */
  public static void begin(PGraphics g, float x, float y, float w, float h, int textSize, int verticalAlign) {
    g.pushStyle();
    g.noStroke();
    g.fill(Palette.argb(Palette.PANEL));
    g.rect(x, y, w, h, 6);
    g.textFont(Offscreen.font(textSize));
    g.textAlign(PConstants.LEFT, verticalAlign);
  }
}
