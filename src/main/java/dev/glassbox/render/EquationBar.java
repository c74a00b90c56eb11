package dev.glassbox.render;

import dev.glassbox.trace.Step;
import dev.glassbox.trace.StepKind;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;

/** The current step's equation in Nielsen's notation and again with the trace's numbers. */
public final class EquationBar {
  private final float x;
  private final float y;
  private final float w;
  private final float h;
  private Step cachedStep;
  private List<String> cachedLines;

  /** A bar in the rectangle (x, y, w, h). */
  public EquationBar(float x, float y, float w, float h) {
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
  }

  /** The label of a step's equation: BP1..BP4 for the backward kinds, else the phase. */
  public static String label(Step s) {
    if (s.kind() == StepKind.OUTPUT_ERROR) {
      return "BP1";
    }
    if (s.kind() == StepKind.BACKPROP_DELTA) {
      return "BP2";
    }
    if (s.kind() == StepKind.BIAS_GRADIENT) {
      return "BP3";
    }
    if (s.kind() == StepKind.WEIGHT_GRADIENT) {
      return "BP4";
    }
    return s.phase().id();
  }

  /** Draws the bar for the state's current step. */
  public void display(PGraphics g, StepperState s) {
    Step st = s.stepper().current();
    g.pushStyle();
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.LINE);
    g.rect(x, y, w, h, 6);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    // where we are: step number, phase, layer (book numbering)
    g.textFont(Fonts.of(14));
    Palette.fill(g, Palette.of(st.phase()));
    String where = "step " + (s.cursor() + 1) + "/" + s.stepper().size() + " · " + st.phase().id()
        + " · layer " + st.bookLayer() + (st.wholeLayer() ? "" : ", neuron " + st.neuron()) + " · " + label(st);
    g.text(where, x + 10, y + 6);
    float wx = x + 22 + g.textWidth(where);
    Palette.fill(g, Palette.TEXT);
    g.textFont(Fonts.of(15));
    g.text(st.equation(), wx, y + 5);
    // the same equation with numbers, wrapped to two lines
    g.textFont(Fonts.of(13));
    if (st != cachedStep) {
      cachedStep = st;
      cachedLines = TextWrap.wrap(g, st.substituted(), w - 20, 3);
    }
    Palette.fill(g, Palette.mix(Palette.of(st.phase()), Palette.TEXT, 0.55));
    float ty = y + 28;
    for (String line : cachedLines) {
      g.text(line, x + 10, ty);
      ty += 16;
    }
    g.popStyle();
  }
}
