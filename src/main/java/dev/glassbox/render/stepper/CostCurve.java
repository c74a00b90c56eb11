package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Rect;
import dev.glassbox.trace.explain.Num;
import dev.glassbox.trace.explore.RepeatedSteps;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The cost of one image after each SGD step on it, 0 (the model's weights) to the latest, on a log
 * scale with the "learned" line at {@link RepeatedSteps#LEARNED_COST}: the small curve of "did it
 * help?" that falls as {@code r} repeats the step.
 */
final class CostCurve {
  private static final float LEFT = 46;
  private static final float TOP = 22;
  private static final float BOTTOM = 32;
  private static final float RIGHT = 8;

  private CostCurve() {}

  /** Draws the curve of {@code r} in the rectangle {@code at}, text and margins {@code k} times their size. */
  static void display(PGraphics g, Rect at, RepeatedSteps r, float k) {
    g.pushStyle();
    g.textFont(Fonts.of(Math.round(12 * k)));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    Palette.fill(g, Palette.DIM);
    g.text(AfterUpdateView.fit(g, "C after each SGD step on this image (log scale)", at.w()), at.x(), at.y());
    float px = at.x() + LEFT * k;
    float py = at.y() + TOP * k;
    float pw = at.w() - (LEFT + RIGHT) * k;
    float ph = at.h() - (TOP + BOTTOM) * k;
    if (pw < 20 || ph < 20) {
      g.popStyle();
      return;
    }
    // decades from below the smallest cost (and the learned line) to above the largest
    double min = RepeatedSteps.LEARNED_COST;
    double max = RepeatedSteps.LEARNED_COST;
    for (int s = 0; s <= r.steps(); s++) {
      double c = r.cost(s);
      if (c > 0 && Double.isFinite(c)) {
        min = Math.min(min, c);
        max = Math.max(max, c);
      }
    }
    // a little room under the lowest point (and under the learned line)
    int lo = (int) Math.floor(Math.log10(min) - 0.3);
    int hi = Math.max(lo + 1, (int) Math.ceil(Math.log10(max)));
    int xMax = Math.max(5, r.steps());
    Palette.fill(g, Palette.BACKGROUND);
    Palette.stroke(g, Palette.GRID);
    g.rect(px, py, pw, ph);
    // a label every decade, or every few when there are many
    int every = Math.max(1, (int) Math.ceil((hi - lo) / Math.max(1f, ph / (22f * k))));
    g.textAlign(PConstants.RIGHT, PConstants.CENTER);
    for (int e = lo; e <= hi; e += every) {
      float y = yOf(e, lo, hi, py, ph);
      Palette.stroke(g, Palette.GRID);
      g.line(px, y, px + pw, y);
      Palette.fill(g, Palette.DIM);
      g.text(Num.format(Math.pow(10, e)), px - 5 * k, y);
    }
    int xEvery = Math.max(1, (int) Math.ceil(xMax / Math.max(1f, pw / (36f * k))));
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    for (int s = 0; s <= xMax; s += xEvery) {
      Palette.fill(g, Palette.DIM);
      g.text(Integer.toString(s), px + pw * s / xMax, py + ph + 3 * k);
    }
    g.text("SGD steps on this image", px + pw / 2, py + ph + 16 * k);
    // the learned line: below it (and answered right) the image counts as learned
    float ly = yOf(Math.log10(RepeatedSteps.LEARNED_COST), lo, hi, py, ph);
    Palette.stroke(g, Palette.TARGET, 170);
    for (float x = px; x < px + pw; x += 8 * k) {
      g.line(x, ly, Math.min(x + 4 * k, px + pw), ly);
    }
    // the label above the line, or below it when the line runs along the top
    boolean above = ly - py > 16 * k;
    g.textAlign(PConstants.RIGHT, above ? PConstants.BOTTOM : PConstants.TOP);
    Palette.fill(g, Palette.TARGET);
    g.text("learned below " + Num.format(RepeatedSteps.LEARNED_COST), px + pw - 4 * k, above ? ly - 1 : ly + 2);
    // the costs, joined, a dot per step; the latest larger
    Palette.antialias(g, true);
    g.strokeWeight(2 * k);
    Palette.stroke(g, Palette.COST);
    float lastX = 0;
    float lastY = 0;
    for (int s = 0; s <= r.steps(); s++) {
      float x = px + pw * s / xMax;
      float y = yOf(Math.log10(Math.max(r.cost(s), Math.pow(10, lo))), lo, hi, py, ph);
      if (s > 0) {
        g.line(lastX, lastY, x, y);
      }
      lastX = x;
      lastY = y;
    }
    g.noStroke();
    for (int s = 0; s <= r.steps(); s++) {
      float x = px + pw * s / xMax;
      float y = yOf(Math.log10(Math.max(r.cost(s), Math.pow(10, lo))), lo, hi, py, ph);
      Palette.fill(g, r.learnedAfter(s) ? Palette.TARGET : Palette.COST);
      float d = (s == r.steps() ? 9 : 6) * k;
      g.ellipse(x, y, d, d);
    }
    Palette.antialias(g, false);
    g.popStyle();
  }

  private static float yOf(double log, int lo, int hi, float py, float ph) {
    return (float) (py + ph * (hi - log) / (hi - lo));
  }
}
