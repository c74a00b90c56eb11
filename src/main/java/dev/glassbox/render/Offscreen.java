package dev.glassbox.render;

import java.awt.Font;
import processing.awt.PGraphicsJava2D;
import processing.core.PFont;
import processing.core.PGraphics;

/**
 * Creates offscreen Processing canvases (JAVA2D) that need no window, no sketch and no display, so
 * views can be drawn to PNG headless ({@code -Djava.awt.headless=true}) with the same code a
 * window uses. {@code new PApplet().createGraphics(...)} fails without a running sketch, so the
 * renderer is built directly.
 */
public final class Offscreen {
  private Offscreen() {}

  /** A {@code width x height} JAVA2D canvas; call {@code beginDraw()} before drawing. */
  public static PGraphics create(int width, int height) {
    PGraphicsJava2D g = new PGraphicsJava2D();
    g.setPrimary(false);
    g.setSize(width, height);
    return g;
  }

  /**
   * A sans-serif font of {@code size} pixels; a canvas without a sketch has no default font, so
   * views call {@code g.textFont(Offscreen.font(..))} before drawing text.
   */
  public static PFont font(float size) {
    return new PFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)), true);
  }
}
