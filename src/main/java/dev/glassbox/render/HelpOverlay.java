package dev.glassbox.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;

/** The help overlay: every control, its key and its button, over a dimmed window. */
public final class HelpOverlay {
  private static final String[][] EXTRA = {
    {"click a neuron", "pin it in the inspector (click it again or Esc to unpin)"},
    {"hover", "a tooltip with a neuron's or a pixel's values"},
    {"drag the timeline", "scrub to any step and back"},
    {"draw mode", "Enter steps through your digit · 0-9 set the target · x clears"},
    {"Esc", "close this help or draw mode, or unpin"}
  };

  private HelpOverlay() {}

  /** The rows the overlay lists, {key, description}: every action of the table, then the mouse. */
  public static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    for (StepperAction a : StepperAction.values()) {
      rows.add(new String[] {a.key(), a.description()});
    }
    rows.addAll(Arrays.asList(EXTRA));
    return rows;
  }

  /** Draws the overlay over a {@code w x h} window. */
  public static void display(PGraphics g, float w, float h) {
    g.pushStyle();
    g.noStroke();
    g.fill(0, 0, 0, 190);
    g.rect(0, 0, w, h);
    float bw = 720;
    float bh = 56 + 22 * rows().size() + 30;
    float bx = (w - bw) / 2;
    float by = (h - bh) / 2 - 20;
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.FORWARD);
    g.rect(bx, by, bw, bh, 8);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Fonts.of(20));
    Palette.fill(g, Palette.TEXT);
    g.text("Glassbox stepper: controls", bx + 24, by + 18);
    g.textFont(Fonts.of(14));
    float ty = by + 56;
    for (StepperAction a : StepperAction.values()) {
      Palette.fill(g, Palette.FORWARD);
      g.text(a.key(), bx + 24, ty);
      Palette.fill(g, Palette.TEXT);
      g.text(a.description(), bx + 170, ty);
      ty += 22;
    }
    ty += 6;
    for (String[] e : EXTRA) {
      Palette.fill(g, Palette.COST);
      g.text(e[0], bx + 24, ty);
      Palette.fill(g, Palette.TEXT);
      g.text(e[1], bx + 170, ty);
      ty += 22;
    }
    g.popStyle();
  }
}
