package dev.glassbox.render.shared;

import java.awt.Font;
import java.util.HashMap;
import java.util.Map;
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

  // PFont builds its glyph images lazily, so a font is costly the first time and cheap after; it
  // is not safe to share between threads, hence one cache per thread
  private static final ThreadLocal<Map<Integer, PFont>> FONTS = ThreadLocal.withInitial(HashMap::new);

  /**
   * A sans-serif font of {@code size} pixels; a canvas without a sketch has no default font, so
   * views call {@code g.textFont(Offscreen.font(..))} before drawing text. Fonts are made once per
   * size and thread, then reused (views call this every frame).
   */
  public static PFont font(float size) {
    return FONTS.get().computeIfAbsent(Math.round(size),
        s -> new PFont(new Font(Font.SANS_SERIF, Font.PLAIN, s), true));
  }
}
