package dev.glassbox.render.stepper;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Value;
import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Rect;
import dev.glassbox.render.shared.Typeset;
import dev.glassbox.trace.explore.Nudge;
import dev.glassbox.trace.explore.NudgeText;
import java.util.ArrayList;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * Nudge mode on screen: over the saturation strip the controls (what is nudged: weight, bias or
 * pixel; a slider; the value being typed; undo and close), over the equation bar the numbers
 * ({@link NudgeText}: p' = p + Δp, the actual C' = C + ΔC, backprop's prediction ∂C/∂p Δp and
 * their ratio, and what they say), and on the network a mark on the number nudged.
 */
public final class NudgeView {
  private static final float PAD = 8;
  private static final float ROW = 22;
  private static final float CHIP_TEXT = 14;
  /** Size of the numbers' equations (a little under the equation bar's 16: four of them share its height). */
  private static final float EQUATION = 15;
  private static final float BUTTON_W = 92;
  private static final float FIELD_W = 210;
  /** Slider marks of Δ for a weight or bias, and of the ink for a pixel. */
  private static final double[] DELTA_MARKS = {-3, -1, -0.1, -0.01, 0, 0.01, 0.1, 1, 3};
  private static final double[] INK_MARKS = {0, 0.25, 0.5, 0.75, 1};

  private final Rect controls;
  private final Rect numbers;
  private Object cacheKey;
  private List<Column> cached;

  /** One column of the numbers panel: where it starts, how wide and high it may be, its text. */
  record Column(float x, float width, float height, MathLayout.Result text) {}

  /** The view over the strip and the equation bar of {@code layout}. */
  public NudgeView(SceneLayout layout) {
    this.controls = layout.strip();
    this.numbers = layout.equation();
  }

  /** The controls' rectangle (over the saturation strip). */
  public Rect controls() {
    return controls;
  }

  /** The numbers' rectangle (over the equation bar). */
  public Rect numbers() {
    return numbers;
  }

  /** Whether (x, y) is on the nudge panels. */
  public boolean contains(float x, float y) {
    return inside(controls, x, y) || inside(numbers, x, y);
  }

  private static boolean inside(Rect r, float x, float y) {
    return x >= r.x() && x < r.x() + r.w() && y >= r.y() && y < r.y() + r.h();
  }

  private static boolean inside(float[] b, float x, float y) {
    return x >= b[0] && x < b[0] + b[2] && y >= b[1] && y < b[1] + b[3];
  }

  // ---- geometry (in logical pixels) ----

  private static String chipLabel(Nudge.Kind k, Nudge.Target t) {
    return Typeset.text(k.word() + " ") + t.symbol().latex();
  }

  /** The chip {x, y, w, h} of each kind (weight, bias, pixel), in order. */
  public float[][] chips(StepperState s, NudgeState n) {
    float[][] out = new float[Nudge.Kind.values().length][];
    float x = controls.x() + 74;
    float y = controls.y() + 5;
    for (Nudge.Kind k : Nudge.Kind.values()) {
      float w = Typeset.width(chipLabel(k, n.of(s, k)), CHIP_TEXT) + 16;
      out[k.ordinal()] = new float[] {x, y, w, ROW};
      x += w + 6;
    }
    return out;
  }

  /** The kind whose chip is under (x, y), or null. */
  public Nudge.Kind chipAt(StepperState s, NudgeState n, float x, float y) {
    float[][] c = chips(s, n);
    for (Nudge.Kind k : Nudge.Kind.values()) {
      if (inside(c[k.ordinal()], x, y)) {
        return k;
      }
    }
    return null;
  }

  /** The "undo" button {x, y, w, h}. */
  public float[] undoButton() {
    return new float[] {controls.x() + controls.w() - 2 * BUTTON_W - 6 - PAD, controls.y() + 5, BUTTON_W, ROW};
  }

  /** The "close" button {x, y, w, h}. */
  public float[] closeButton() {
    return new float[] {controls.x() + controls.w() - BUTTON_W - PAD, controls.y() + 5, BUTTON_W, ROW};
  }

  /** Whether (x, y) is on the undo button. */
  public boolean onUndo(float x, float y) {
    return inside(undoButton(), x, y);
  }

  /** Whether (x, y) is on the close button. */
  public boolean onClose(float x, float y) {
    return inside(closeButton(), x, y);
  }

  private float trackLeft() {
    return controls.x() + 18;
  }

  private float trackRight() {
    return controls.x() + controls.w() - FIELD_W - 2 * PAD - 18;
  }

  /** The y of the slider's track. */
  public float trackY() {
    return controls.y() + 38;
  }

  /** Whether (x, y) is on the slider's row (a press there sets the value and starts a drag). */
  public boolean onSlider(float x, float y) {
    return x >= trackLeft() - 12 && x <= trackRight() + 12 && y >= controls.y() + ROW + 8
        && y < controls.y() + controls.h();
  }

  /** The slider position (-1 .. 1) at x. */
  public double positionAt(float x) {
    return Math.max(-1, Math.min(1, 2 * (x - trackLeft()) / (trackRight() - trackLeft()) - 1));
  }

  /** The x of slider position p (-1 .. 1). */
  public float xOf(double p) {
    return (float) (trackLeft() + (p + 1) / 2 * (trackRight() - trackLeft()));
  }

  // ---- drawing ----

  /** Draws the controls and the numbers for {@code n} (nothing when nudge mode is closed). */
  public void display(PGraphics g, StepperState s, NudgeState n) {
    if (!n.open()) {
      return;
    }
    g.pushStyle();
    panel(g, controls);
    panel(g, numbers);
    controlsRow(g, s, n);
    slider(g, n);
    field(g, n);
    numbers(g, s, n);
    g.popStyle();
  }

  private static void panel(PGraphics g, Rect r) {
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.TEXT, 120);
    g.strokeWeight(1);
    g.rect(r.x(), r.y() - 2, r.w(), r.h() + 2, 6);
  }

  // "Nudge", the three chips, undo and close
  private void controlsRow(PGraphics g, StepperState s, NudgeState n) {
    g.textFont(Fonts.of(15));
    g.textAlign(PConstants.LEFT, PConstants.CENTER);
    Palette.fill(g, Palette.TEXT);
    g.text("Nudge", controls.x() + 12, controls.y() + 5 + ROW / 2 - 1);
    float[][] c = chips(s, n);
    for (Nudge.Kind k : Nudge.Kind.values()) {
      float[] b = c[k.ordinal()];
      boolean on = n.target().kind() == k;
      boolean available = k == Nudge.Kind.PIXEL || s.pinned();
      Palette.fill(g, on ? Palette.LINE : Palette.PANEL);
      Palette.stroke(g, on ? Palette.TEXT : Palette.LINE);
      g.rect(b[0], b[1], b[2], b[3], 4);
      String label = chipLabel(k, n.of(s, k));
      float h = Typeset.height(label, CHIP_TEXT);
      Typeset.draw(g, label, CHIP_TEXT, available ? Palette.TEXT : Palette.DIM, b[0] + 8, b[1] + (b[3] - h) / 2);
    }
    button(g, undoButton(), "undo (u)", n.result() != null);
    button(g, closeButton(), "close (Esc)", true);
  }

  private static void button(PGraphics g, float[] b, String label, boolean enabled) {
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, enabled ? Palette.DIM : Palette.LINE);
    g.rect(b[0], b[1], b[2], b[3], 4);
    g.textFont(Fonts.of(13));
    g.textAlign(PConstants.CENTER, PConstants.CENTER);
    Palette.fill(g, enabled ? Palette.TEXT : Palette.DIM);
    g.text(label, b[0] + b[2] / 2, b[1] + b[3] / 2 - 1);
  }

  // the track with its marks, the model's value, and the knob; the span from the model's value to
  // the knob in the sign's colour of Δ
  private void slider(PGraphics g, NudgeState n) {
    boolean pixel = n.target().kind() == Nudge.Kind.PIXEL;
    float y = trackY();
    Palette.stroke(g, Palette.LINE);
    g.strokeWeight(3);
    g.line(trackLeft(), y, trackRight(), y);
    g.textFont(Fonts.of(11));
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    float lastRight = Float.NEGATIVE_INFINITY;
    for (double m : pixel ? INK_MARKS : DELTA_MARKS) {
      double p = pixel ? 2 * m - 1 : Math.cbrt(m / NudgeState.RANGE);
      float x = xOf(p);
      Palette.stroke(g, Palette.DIM);
      g.strokeWeight(1);
      g.line(x, y - 4, x, y + 4);
      Palette.fill(g, Palette.DIM);
      String label = pixel ? (m == 0 ? "ink 0" : Value.format(m, 2)) : m == 0 ? "Δ = 0" : (m > 0 ? "+" : "") + Value.format(m, 2);
      float half = g.textWidth(label) / 2;
      // a label that would touch the one before is left out (a narrow window)
      if (x - half > lastRight + 4) {
        g.text(label, x, y + 6);
        lastRight = x + half;
      }
    }
    float origin = xOf(n.positionOf(n.modelValue()));
    float knob = xOf(n.positionOf(n.value()));
    double delta = n.value() - n.modelValue();
    int rgb = delta == 0 ? Palette.TEXT : Palette.sign(delta);
    Palette.stroke(g, rgb);
    g.strokeWeight(3);
    g.line(origin, y, knob, y);
    // the model's value: a white tick that stays put
    Palette.stroke(g, Palette.TEXT);
    g.strokeWeight(2);
    g.line(origin, y - 8, origin, y + 8);
    Palette.fill(g, rgb);
    Palette.stroke(g, Palette.TEXT);
    g.strokeWeight(1.5f);
    g.ellipse(knob, y, 14, 14);
  }

  // "type a value:" and what is typed, or why Enter did nothing
  private void field(PGraphics g, NudgeState n) {
    float x = controls.x() + controls.w() - FIELD_W - PAD;
    float y = controls.y() + ROW + 12;
    Palette.fill(g, Palette.BACKGROUND);
    Palette.stroke(g, n.typed().isEmpty() ? Palette.LINE : Palette.TEXT);
    g.strokeWeight(1);
    g.rect(x, y, FIELD_W, ROW, 4);
    g.textFont(Fonts.of(13));
    g.textAlign(PConstants.LEFT, PConstants.CENTER);
    String text;
    int rgb;
    if (n.typingError() != null) {
      text = n.typingError();
      rgb = Palette.COST;
    } else if (n.typed().isEmpty()) {
      text = "type a value, then Enter";
      rgb = Palette.DIM;
    } else {
      text = "value: " + n.typed() + "▏";
      rgb = Palette.TEXT;
    }
    while (g.textWidth(text) > FIELD_W - 12 && text.length() > 4) {
      text = "…" + text.substring(2);
    }
    Palette.fill(g, rgb);
    g.text(text, x + 6, y + ROW / 2 - 1);
  }

  // the comparison in three columns: the nudge and the actual ΔC; the prediction and the ratio;
  // what they say. Before a nudge: what to do, and the slope that will predict it
  private void numbers(PGraphics g, StepperState s, NudgeState n) {
    Object key = java.util.Arrays.asList(n.target(), n.result(), s.trace(), gradientKnown(s, n), numbers);
    if (!key.equals(cacheKey)) {
      cacheKey = key;
      cached = columns(s, n);
    }
    float top = numbers.y() + PAD - 2;
    g.clip(numbers.x() + 1, numbers.y(), numbers.w() - 2, numbers.h());
    for (Column c : cached) {
      for (MathLayout.Placed p : c.text().lines()) {
        Typeset.draw(g, p.latex(), p.size(), p.rgb(), c.x() + p.x(), top + p.y());
      }
    }
    g.noClip();
  }

  private static boolean gradientKnown(StepperState s, NudgeState n) {
    return s.cursor() >= n.gradientStep(s);
  }

  /** The laid-out columns of the numbers panel (for tests: every line inside its column). */
  List<Column> columns(StepperState s, NudgeState n) {
    // with room, each line under its caption (as the terminal prints it) and the ratio with its
    // numbers; else a short label before each line
    List<Column> captioned = place(blocks(s, n, true), false);
    for (Column c : captioned) {
      if (c.text().overflow() > 0 || c.text().scale() < 0.9f) {
        return place(blocks(s, n, false), true);
      }
    }
    return captioned;
  }

  private List<Column> place(List<List<MathLayout.Block>> blocks, boolean squeeze) {
    float inner = numbers.w() - 2 * PAD;
    float h = numbers.h() - 2 * PAD + 4;
    float[] share = {0.35f, 0.39f, 0.26f};
    List<Column> out = new ArrayList<>();
    float x = numbers.x() + PAD;
    for (int i = 0; i < blocks.size(); i++) {
      float w = inner * share[i] - (i < blocks.size() - 1 ? 12 : 0);
      MathLayout.Result r = MathLayout.layout(blocks.get(i), w, h);
      if (squeeze && r.overflow() > 0) {
        // too tall even shrunk (a narrow window, long numbers): every fraction as in running text
        r = MathLayout.layout(inline(blocks.get(i)), w, h);
      }
      out.add(new Column(x, w, h, r));
      x += inner * share[i];
    }
    return out;
  }

  // the three columns' text: the nudge and the actual ΔC; the prediction and the ratio; the verdict
  private static List<List<MathLayout.Block>> blocks(StepperState s, NudgeState n, boolean captioned) {
    List<List<MathLayout.Block>> blocks = new ArrayList<>();
    Nudge.Target t = n.target();
    Expr grad = Expr.partial(Expr.sym("C"), t.symbol());
    boolean known = gradientKnown(s, n);
    NudgeText.Comparison c = n.comparison();
    if (c == null) {
      blocks.add(List.of(
          words("Nudge " + t.describe() + ":", Palette.TEXT, 14),
          math(Equation.of(t.symbol(), Value.of(n.modelValue(), NudgeText.DIGITS)), Palette.TEXT, EQUATION)));
      blocks.add(known
          ? List.of(words("backprop's slope, the prediction's factor:", Palette.DIM, 13),
              math(Equation.of(grad, Value.of(t.gradientIn(n.original()))), Palette.BACKWARD, EQUATION))
          : List.of(later(grad, s, n)));
      blocks.add(List.of(words("Drag the slider or scroll over it, or type a value and press Enter. Tab: weight,"
          + " bias or pixel; a click on a pixel (or a neuron of the layer before) picks it. The model file"
          + " never changes.", Palette.DIM, 13)));
      return blocks;
    }
    List<Equation> lines = c.lines();
    blocks.add(List.of(line(c, 0, Palette.TEXT, captioned), line(c, 1, Palette.COST, captioned)).stream()
        .flatMap(List::stream).toList());
    if (!known) {
      blocks.add(List.of(later(grad, s, n)));
      blocks.add(List.of(words("The prediction needs backprop's slope: step on to the backward pass.", Palette.DIM, 13)));
      return blocks;
    }
    List<MathLayout.Block> b = new ArrayList<>(line(c, 2, Palette.BACKWARD, captioned));
    if (lines.size() > 3) {
      b.addAll(line(c, 3, Palette.TEXT, captioned));
    }
    blocks.add(b);
    blocks.add(List.of(words(c.verdict(), Palette.TEXT, 14)));
    return blocks;
  }

  // line i under its caption, or after its short label; the ratio's short form leaves out its
  // numbers: they are the bold results of the lines before it, fitted so that their quotient shows it
  private static List<MathLayout.Block> line(NudgeText.Comparison c, int i, int rgb, boolean captioned) {
    Equation e = c.lines().get(i);
    if (captioned) {
      return List.of(words(c.captions().get(i), Palette.DIM, 13), math(e, rgb, EQUATION));
    }
    Equation shown = i == 3 ? Equation.of(e.sides().get(0), e.result()) : e;
    return List.of(labelled(c.labels().get(i), shown, rgb));
  }


  // ∂C/∂p = not computed yet (step on to step N)
  private static MathLayout.Block later(Expr grad, StepperState s, NudgeState n) {
    return math(Equation.of(grad, Expr.words(InspectorText.LATER + " (step on to step " + (n.gradientStep(s) + 1) + ")")),
        Palette.DIM, 14);
  }

  // "actual: C' = C + ΔC = ...", the label in words before the equation
  private static MathLayout.Block labelled(String label, Equation e, int rgb) {
    List<String> pieces = new ArrayList<>();
    pieces.add(Typeset.text(label + ": "));
    pieces.addAll(e.latexPieces());
    return new MathLayout.Block(pieces, EQUATION, rgb, 4);
  }

  private static List<MathLayout.Block> inline(List<MathLayout.Block> blocks) {
    List<MathLayout.Block> out = new ArrayList<>();
    for (MathLayout.Block b : blocks) {
      List<String> pieces = new ArrayList<>();
      for (String p : b.pieces()) {
        pieces.add(p.startsWith("\\textstyle ") ? p : "\\textstyle " + p);
      }
      out.add(new MathLayout.Block(pieces, b.size(), b.rgb(), b.gapBefore()));
    }
    return out;
  }

  private static MathLayout.Block words(String text, int rgb, float size) {
    return MathLayout.Block.words(text, size, rgb);
  }

  private static MathLayout.Block math(Equation e, int rgb, float size) {
    return MathLayout.Block.math(e.latexPieces(), size, rgb);
  }

  /**
   * Marks the number nudged on the network: the weight's edge, the neuron of the bias, or the
   * pixel, in the colour of Δ's sign (white before a nudge).
   */
  public void mark(PGraphics g, NetworkLayout lay, NudgeState n) {
    if (!n.open()) {
      return;
    }
    g.pushStyle();
    Nudge.Target t = n.target();
    double delta = n.value() - n.modelValue();
    int rgb = delta == 0 ? Palette.TEXT : Palette.sign(delta);
    g.noFill();
    Palette.stroke(g, rgb);
    switch (t.kind()) {
      case WEIGHT -> {
        g.strokeWeight(3);
        g.line(lay.x(t.layer() - 1, t.k()), lay.y(t.layer() - 1, t.k()), lay.x(t.layer(), t.j()), lay.y(t.layer(), t.j()));
        pixelBox(g, lay, t.layer() - 1, t.k());
      }
      case BIAS -> {
        g.strokeWeight(2.5f);
        float r = lay.radius(t.layer()) + 7;
        g.ellipse(lay.x(t.layer(), t.j()), lay.y(t.layer(), t.j()), 2 * r, 2 * r);
      }
      case PIXEL -> {
        g.strokeWeight(2.5f);
        pixelBox(g, lay, 0, t.k());
      }
    }
    g.popStyle();
  }

  // a square around an input pixel (nothing for a neuron of a later layer)
  private static void pixelBox(PGraphics g, NetworkLayout lay, int l, int k) {
    if (l == 0) {
      float p = lay.pixel() + 4;
      g.rect(lay.x(0, k) - p / 2, lay.y(0, k) - p / 2, p, p);
    }
  }
}
