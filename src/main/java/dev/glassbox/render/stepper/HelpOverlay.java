package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Legend;
import dev.glassbox.render.shared.Palette;
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
    {"nudge mode", "Tab weight / bias / pixel · type a value, Enter · click a pixel · wheel"},
    {"Esc", "close this help, draw mode, nudge mode, the mini-batch or did it help?, or unpin"},
    {"Ctrl + / - / 0", "zoom in / out / back to 1, for a projector (the window resizes too)"}
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

  /**
   * Draws the overlay over a {@code w x h} window: the controls on the left, the colour legend on
   * the right (below the controls when the window is narrow).
   */
  public static void display(PGraphics g, float w, float h) {
    g.pushStyle();
    g.noStroke();
    g.fill(0, 0, 0, 190);
    g.rect(0, 0, w, h);
    List<String[]> rows = rows();
    float keysW = 700;
    float legendW = 340;
    float rowsH = 56 + 22 * rows.size() + 16;
    // the legend beside the controls or below them, whichever needs less shrinking to fit; the box
    // is drawn at its natural size, scaled down when the window is smaller (text stays sharp)
    float sideFit = Math.min(1f, Math.min((w - 20) / (keysW + legendW + 40), (h - 20) / rowsH));
    float stackFit = Math.min(1f, Math.min((w - 20) / keysW, (h - 20) / (rowsH + 260)));
    boolean side = sideFit >= stackFit;
    float bw = side ? keysW + legendW + 40 : keysW;
    float bh = side ? rowsH : rowsH + 260;
    float fit = side ? sideFit : stackFit;
    g.pushMatrix();
    g.translate(w / 2, h / 2);
    g.scale(fit);
    g.translate(-bw / 2, -bh / 2);
    float bx = 0;
    float by = 0;
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.LINE);
    g.rect(bx, by, bw, bh, 8);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Fonts.of(20));
    Palette.fill(g, Palette.TEXT);
    g.text("Glassbox stepper: controls", bx + 24, by + 18);
    g.textFont(Fonts.of(14));
    float ty = by + 56;
    for (String[] r : rows) {
      Palette.fill(g, Palette.TEXT);
      g.text(r[0], bx + 24, ty);
      Palette.fill(g, Palette.mix(Palette.DIM, Palette.TEXT, 0.5));
      g.text(r[1], bx + 170, ty);
      ty += 22;
    }
    float lx = side ? bx + keysW + 20 : bx + 24;
    float ly = side ? by + 18 : ty + 10;
    Legend.display(g, lx, ly, side ? legendW - 20 : bw - 48);
    g.popMatrix();
    g.popStyle();
  }
}
