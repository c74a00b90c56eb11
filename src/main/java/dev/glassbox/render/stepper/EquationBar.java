package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.ScrollHint;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.StepKind;
import java.util.ArrayList;
import java.util.List;
import processing.core.PGraphics;

/** The current step's equation in Nielsen's notation and again with the trace's numbers. */
public final class EquationBar extends ScrollingText {
  private static final float PAD = 8;

  /** A bar in the rectangle (x, y, w, h). */
  public EquationBar(float x, float y, float w, float h) {
    super(x, y, w, h);
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

  /** The blocks the bar shows for a step: where it is, its equation in symbols, its numbers. */
  static List<MathLayout.Block> blocks(StepperState s, Step st) {
    List<MathLayout.Block> out = new ArrayList<>();
    String where = "step " + (s.cursor() + 1) + "/" + s.stepper().size() + " · " + st.phase().id()
        + " · layer " + st.bookLayer() + (st.wholeLayer() ? "" : ", neuron " + st.neuron()) + " · " + label(st) + ":";
    // where it is, in the phase's colour, then on the same line the equation in symbols
    String colour = String.format("#%06X", Palette.of(st.phase()) & 0xFFFFFF);
    List<String> head = new ArrayList<>();
    for (String piece : MathLayout.Block.words(where, 16, Palette.TEXT).pieces()) {
      head.add("\\textcolor{" + colour + "}{" + piece + "}");
    }
    head.add("\\quad ");
    head.addAll(st.symbolic().latexPieces());
    out.add(new MathLayout.Block(head, 16, Palette.TEXT, 0));
    int rgb = Palette.mix(Palette.of(st.phase()), Palette.TEXT, 0.55);
    for (dev.glassbox.notation.Equation e : st.formula().lines()) {
      out.add(MathLayout.Block.math(e.latexPieces(), 16, rgb));
    }
    return out;
  }

  /** The laid-out text of the state's current step in this bar. */
  MathLayout.Result layout(StepperState s) {
    Step st = s.current();
    return cachedLayout(java.util.Arrays.asList(st, s.cursor()), textHeight(),
        height -> MathLayout.layout(blocks(s, st), textWidth(), (float) height));
  }

  /** The width the text may take. */
  public float textWidth() {
    return w - 2 * PAD;
  }

  /** The height the text may take. */
  public float textHeight() {
    return h - 2 * PAD + 2;
  }

  /** Draws the bar for the state's current step. */
  public void display(PGraphics g, StepperState s) {
    g.pushStyle();
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.LINE);
    g.rect(x, y, w, h, 6);
    MathLayout.Result r = layout(s);
    scroll = Math.max(0, Math.min(scroll, r.overflow()));
    float top = y + PAD - 1;
    float bottom = y + h - PAD + 1 - (r.overflow() > 0 ? ScrollHint.HEIGHT : 0);
    drawLines(g, r, x + PAD, top, bottom - top);
    if (r.overflow() > 0 && scroll < r.overflow()) {
      ScrollHint.draw(g, x + w - 10, y + h - 2);
    }
    g.popStyle();
  }
}
