package dev.glassbox.render.chart;

import dev.glassbox.render.shared.Heatmap;
import dev.glassbox.render.shared.Offscreen;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * A view: one digit beside its input-layer gradient -∂C/∂x (orange: more ink here would make it more
 * like its label; blue: less), so one sees which pixels pushed the answer.
 */
public final class ExplainView {
  private static final int GAP = 14;
  private static final int TITLE = 34;
  private static final int CAPTION = 44;
  private final double[] x;
  private final double[] push;
  private final int scale;
  private final String title;
  private final String leftCaption;
  private final String rightCaption;

  /**
   * @param x the image, 784 values in [0, 1] (not modified)
   * @param gradient ∂C/∂x (not modified); drawn negated
   */
  public ExplainView(double[] x, double[] gradient, int scale, String title, String leftCaption,
      String rightCaption) {
    this.x = x.clone();
    this.push = new double[gradient.length];
    for (int k = 0; k < gradient.length; k++) {
      push[k] = -gradient[k];
    }
    this.scale = scale;
    this.title = title;
    this.leftCaption = leftCaption;
    this.rightCaption = rightCaption;
  }

  /** Width in pixels. */
  public int width() {
    return GAP * 3 + 2 * 28 * scale;
  }

  /** Height in pixels. */
  public int height() {
    return TITLE + 28 * scale + CAPTION;
  }

  /** Draws the view with its top-left corner at {@code (x0, y0)}. */
  public void display(PGraphics g, float x0, float y0) {
    g.pushStyle();
    g.noStroke();
    g.fill(18);
    g.rect(x0, y0, width(), height());
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Offscreen.font(16));
    g.fill(235);
    g.text(title, x0 + GAP, y0 + 8);
    Heatmap digit = new Heatmap(x, scale, false);
    Heatmap grad = new Heatmap(push, scale, true);
    float top = y0 + TITLE;
    digit.display(g, x0 + GAP, top);
    grad.display(g, x0 + GAP * 2 + digit.size(), top);
    g.textFont(Offscreen.font(13));
    g.fill(210);
    g.text(leftCaption, x0 + GAP, top + digit.size() + 6, digit.size(), CAPTION);
    g.text(rightCaption, x0 + GAP * 2 + digit.size(), top + digit.size() + 6, grad.size(), CAPTION);
    g.popStyle();
  }
}
