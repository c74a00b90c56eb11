package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.explain.Phase;
import dev.glassbox.trace.explain.Step;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * All steps of the trace as a strip of cells coloured by phase (forward, cost, backward, update),
 * the current step marked; x maps to a step index so the mouse can scrub it.
 */
public final class TimelineView {
  private final float x;
  private final float y;
  private final float w;
  private final float h;

  /** A timeline in the rectangle (x, y, w, h). */
  public TimelineView(float x, float y, float w, float h) {
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
  }

  /** The step under screen x for a timeline of {@code n} steps, clamped to 0 .. n-1. */
  public int stepAt(float px, int n) {
    int i = (int) Math.floor((px - x) / w * n);
    return Math.max(0, Math.min(n - 1, i));
  }

  /** The centre x of step i of n. */
  public float xOf(int i, int n) {
    return x + (i + 0.5f) * w / n;
  }

  /** The y of the strip's middle. */
  public float centerY() {
    return y + h / 2;
  }

  /** Whether (px, py) is on the strip. */
  public boolean contains(float px, float py) {
    return px >= x && px < x + w && py >= y - 4 && py < y + h + 4;
  }

  /** Draws the strip for the state's stepper. */
  public void display(PGraphics g, StepperState s) {
    List<Step> steps = s.stepper().steps();
    int n = steps.size();
    int cur = s.cursor();
    g.pushStyle();
    g.noStroke();
    float cw = w / n;
    // one cell per step, brighter once passed
    for (int i = 0; i < n; i++) {
      int rgb = Palette.of(steps.get(i).phase());
      Palette.fill(g, rgb, i <= cur ? 230 : 70);
      g.rect(x + i * cw, y, Math.max(cw - (cw > 4 ? 1 : 0), 0.6f), h);
    }
    // phase names over their runs, where there is room
    g.textFont(Fonts.of(11));
    g.textAlign(PConstants.LEFT, PConstants.CENTER);
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || steps.get(i).phase() != steps.get(start).phase()) {
        Phase p = steps.get(start).phase();
        float x0 = x + start * cw + 4;
        if ((i - start) * cw > g.textWidth(p.id()) + 8) {
          g.fill(0);
          g.text(p.id(), x0, y + h / 2 - 1);
        }
        start = i;
      }
    }
    // the cursor: a white bar with a triangle above
    float cx = xOf(cur, n);
    g.fill(255);
    g.rect(cx - 1.5f, y - 3, 3, h + 6);
    g.triangle(cx - 6, y - 9, cx + 6, y - 9, cx, y - 3);
    g.popStyle();
  }
}
