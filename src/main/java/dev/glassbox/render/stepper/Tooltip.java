package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Num;
import dev.glassbox.trace.explain.StepKind;
import processing.core.PConstants;
import processing.core.PGraphics;

/** The short text shown beside the mouse over a neuron or an input pixel, and its box. */
public final class Tooltip {
  private Tooltip() {}

  /**
   * The tooltip for neuron j of layer l (l = 0: input pixel j): its values the cursor has reached.
   */
  public static String text(StepperState s, int l, int j) {
    Trace t = s.trace();
    if (l == 0) {
      double v = t.a(0, j);
      return "pixel (row " + j / 28 + ", col " + j % 28 + "): x_" + j + " = " + Num.format(v) + " ("
          + Math.round(v * 255) + "/255)";
    }
    StepIndex idx = s.index();
    int c = s.cursor();
    StringBuilder sb = new StringBuilder("layer " + (l + 1) + ", neuron " + j + ":");
    if (idx.reached(StepKind.WEIGHTED_INPUT, l, j, c)) {
      sb.append(" z = ").append(Num.format(t.z(l, j)));
    }
    if (idx.reached(StepKind.ACTIVATION, l, j, c)) {
      sb.append(", a = ").append(Num.format(t.a(l, j)));
    }
    if (idx.deltaReached(l, j, c)) {
      sb.append(", δ = ").append(Num.format(t.delta(l, j)));
    }
    if (sb.charAt(sb.length() - 1) == ':') {
      sb.append(" not reached yet");
    }
    return sb.append("  (click to pin)").toString();
  }

  /** Draws {@code text} in a box near (mx, my), kept inside a {@code w x h} window. */
  public static void display(PGraphics g, String text, float mx, float my, float w, float h) {
    g.pushStyle();
    g.textFont(Fonts.of(12));
    float tw = g.textWidth(text) + 14;
    float bx = Math.min(mx + 14, w - tw - 4);
    float by = Math.min(my + 16, h - 26);
    Palette.fill(g, 0x0B0C10, 235);
    Palette.stroke(g, Palette.DIM);
    g.rect(bx, by, tw, 22, 4);
    Palette.fill(g, Palette.TEXT);
    g.textAlign(PConstants.LEFT, PConstants.CENTER);
    g.text(text, bx + 7, by + 10);
    g.popStyle();
  }
}
