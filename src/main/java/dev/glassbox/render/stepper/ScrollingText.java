package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.ScrollHint;
import dev.glassbox.render.shared.Typeset;
import java.util.Objects;
import java.util.function.DoubleFunction;
import processing.core.PGraphics;

/**
 * A panel of typeset lines in the rectangle (x, y, w, h) that scrolls with the mouse wheel when
 * they are taller than it: the equation bar and the inspector.
 */
abstract class ScrollingText {
  final float x;
  final float y;
  final float w;
  final float h;
  /** How far the text scrolled, in pixels. */
  float scroll;
  private Object cacheKey;
  private MathLayout.Result cached;

  ScrollingText(float x, float y, float w, float h) {
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
  }

  /**
   * The lines {@code layOut} places in {@code height}, laid out again only when {@code key}
   * changes; then the scroll starts at {@link #startScroll}.
   */
  final MathLayout.Result cachedLayout(Object key, float height, DoubleFunction<MathLayout.Result> layOut) {
    if (cached == null || !Objects.equals(key, cacheKey)) {
      cacheKey = key;
      cached = layOut.apply(height);
      // text that scrolls leaves a band at the bottom for "scroll for more"
      if (cached.overflow() > 0) {
        cached = layOut.apply(height - ScrollHint.HEIGHT);
      }
      scroll = startScroll(cached);
    }
    return cached;
  }

  /** Where the scroll starts for newly laid-out text: the top. */
  float startScroll(MathLayout.Result r) {
    return 0;
  }

  /**
   * Draws the lines from {@code top} (minus the scroll), left at {@code left}, clipped to the
   * {@code height} pixels below {@code top}.
   */
  final void drawLines(PGraphics g, MathLayout.Result r, float left, float top, float height) {
    g.clip(x + 1, top, w - 2, height);
    float bottom = top + height;
    for (MathLayout.Placed p : r.lines()) {
      float py = top + p.y() - scroll;
      // whole lines only: a line half under the edge would show slivers of numbers
      if (py >= top - 0.5f && py + p.height() <= bottom + 0.5f) {
        Typeset.draw(g, p.latex(), p.size(), p.rgb(), left + p.x(), py);
      }
    }
    g.noClip();
  }

  /** Scrolls the text by {@code dy} pixels (mouse wheel). */
  public void scroll(float dy) {
    scroll = Math.max(0, scroll + dy);
  }

  /** Whether (px, py) is over the panel. */
  public boolean contains(float px, float py) {
    return px >= x && px < x + w && py >= y && py < y + h;
  }
}
