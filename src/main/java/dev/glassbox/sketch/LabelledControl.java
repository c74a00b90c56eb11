package dev.glassbox.sketch;

import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * A studio control in a row: its label on the left ({@code labelW} wide), the control itself in
 * the rest of the rectangle (x, y, w, h); disabled while training runs.
 */
abstract class LabelledControl {
  final String label;
  float x;
  float y;
  float labelW;
  float w;
  float h;
  boolean enabled = true;

  LabelledControl(String label, float x, float y, float labelW, float w, float h) {
    this.label = label;
    this.x = x;
    this.y = y;
    this.labelW = labelW;
    this.w = w;
    this.h = h;
  }

  /**
   * Pushes a style and draws the label, leaving 13-point text centred on the row; returns where
   * the control starts. End with g.popStyle().
   */
  float beginDisplay(PGraphics g) {
    g.pushStyle();
    g.textFont(Offscreen.font(13));
    g.textAlign(PConstants.LEFT, PConstants.CENTER);
    g.fill(Palette.argb(Palette.DIM));
    g.text(label, x, y + h / 2 - 1);
    return x + labelW;
  }

  /** Whether (mx, my) is on the control (not its label) and it takes input. */
  boolean contains(float mx, float my) {
    return enabled && mx >= x + labelW && mx <= x + w && my >= y && my <= y + h;
  }
}
