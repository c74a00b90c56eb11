package dev.glassbox.render.stepper;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Value;
import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Rect;
import dev.glassbox.render.shared.Typeset;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Num;
import dev.glassbox.trace.explore.DidItHelp;
import dev.glassbox.trace.explore.RepeatedSteps;
import java.util.ArrayList;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * "Did it help?", drawn over the network after the last update step: the same image forward again
 * through the updated weights (numbers from {@link Trace#outputAfter} and {@link DidItHelp}). The
 * output bars before and after, side by side, the after bars moving from the before values; C
 * before → after; the first-order prediction -(η/m)‖∇C‖² beside the actual ΔC as checked
 * equations, and why they differ; the cost after each SGD step on the image ({@link CostCurve});
 * the buttons repeat step ({@code r}), reset and close. With the panel closed on the last step, a
 * small button offers it. Text and bars grow with the panel (a 1920x1080 window, a zoom).
 */
public final class AfterUpdateView {
  private static final StepperAction[] BUTTONS = {StepperAction.REPEAT, StepperAction.RESET, StepperAction.BACK};
  private static final String[] LABELS = {"repeat step (r)", "reset (z)", "close (←)"};
  /** The panel size at which text has its base size (the panel of a 1280x800 window). */
  private static final float BASE_W = 860;
  private static final float BASE_H = 580;

  private final Rect box;
  private final float k;
  private final float pad;
  private final Rect bars;
  private final Rect curve;
  private final Rect text;
  private final Rect hint;
  private final float buttonW;
  private final float buttonH;
  private boolean shown;
  private boolean hinted;
  private Object cacheKey;
  private MathLayout.Result cached;

  /**
   * The panel over the network and the strip of {@code layout}; the offer goes under the input
   * image of {@code network} (the same image again), or above it when there is no room below.
   */
  public AfterUpdateView(SceneLayout layout, NetworkLayout network) {
    Rect n = layout.network();
    Rect st = layout.strip();
    // from just under the title bar (over the layer labels) to the strip's bottom
    float y = SceneLayout.TOP - 8;
    box = new Rect(n.x() + 4, y, n.w() - 10, st.bottom() - y);
    k = Math.max(0.8f, Math.min(1.6f, Math.min(box.w() / BASE_W, box.h() / BASE_H)));
    pad = 14 * k;
    float inner = box.w() - 2 * pad;
    float leftW = Math.round(Math.min(400 * k, inner * 0.42f));
    float top = box.y() + 54 * k;
    float bottom = box.bottom() - pad;
    float barsH = Math.round(Math.min((10 * 30 + 26) * k, (bottom - top) * 0.55f));
    bars = new Rect(box.x() + pad, top, leftW, barsH);
    float curveY = top + barsH + 14 * k;
    curve = new Rect(box.x() + pad, curveY, leftW, bottom - curveY);
    float rx = bars.right() + 24 * k;
    float rw = box.right() - pad - rx;
    buttonH = 28 * k;
    text = new Rect(rx, top, rw, bottom - buttonH - 10 * k - top);
    float gap = 8 * k;
    buttonW = Math.min(150 * k, (rw - gap * (BUTTONS.length - 1)) / BUTTONS.length);
    float hintW = Math.max(196, network.imageSide());
    float below = network.imageY() + network.imageSide() + 34;
    hint = below + 28 <= st.y() - 4
        ? new Rect(network.imageX(), below, hintW, 28)
        : new Rect(network.imageX(), n.y() + 6, hintW, 28);
  }

  /** The panel's rectangle. */
  public Rect box() {
    return box;
  }

  /** Whether the panel or the offer was drawn in the last frame and (x, y) is on it. */
  public boolean covers(float x, float y) {
    return shown && box.contains(x, y) || hinted && hint.contains(x, y);
  }

  /** The rectangle {x, y, w, h} of {@code a}'s button as last drawn (the offer is NEXT), or null. */
  public float[] button(StepperAction a) {
    if (hinted && a == StepperAction.NEXT) {
      return new float[] {hint.x(), hint.y(), hint.w(), hint.h()};
    }
    for (int i = 0; shown && i < BUTTONS.length; i++) {
      if (BUTTONS[i] == a) {
        return new float[] {text.x() + i * (buttonW + 8 * k), box.bottom() - pad - buttonH, buttonW, buttonH};
      }
    }
    return null;
  }

  /** The action of the button under (x, y) as last drawn (the offer opens the panel: NEXT), or null. */
  public StepperAction at(float x, float y) {
    List<StepperAction> all = new ArrayList<>(List.of(BUTTONS));
    all.add(StepperAction.NEXT);
    for (StepperAction a : all) {
      float[] b = button(a);
      if (b != null && x >= b[0] && x < b[0] + b[2] && y >= b[1] && y < b[1] + b[3]) {
        return a;
      }
    }
    return null;
  }

  /** Draws the panel when it is open, the offer when the cursor is on the last step, else nothing. */
  public void display(PGraphics g, StepperState s, boolean drawing) {
    shown = s.afterShown() && !drawing;
    hinted = !shown && !drawing && !s.help() && s.stepper().atEnd();
    if (hinted) {
      button(g, hint, "did it help?  → or r", s, Palette.UPDATE, 13);
    }
    if (!shown) {
      return;
    }
    RepeatedSteps r = s.repeats();
    Trace t = r.latest();
    g.pushStyle();
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.UPDATE);
    g.strokeWeight(1.5f);
    g.rect(box.x(), box.y(), box.w(), box.h(), 8);
    g.strokeWeight(1);
    header(g, r, t);
    bars(g, t, s.progress());
    CostCurve.display(g, curve, r, k);
    MathLayout.Result laid = layout(r);
    g.clip(text.x(), text.y(), text.w(), text.h());
    for (MathLayout.Placed p : laid.lines()) {
      Typeset.draw(g, p.latex(), p.size(), p.rgb(), text.x() + p.x(), text.y() + p.y());
    }
    g.noClip();
    for (int i = 0; i < BUTTONS.length; i++) {
      float[] b = button(BUTTONS[i]);
      button(g, new Rect(b[0], b[1], b[2], b[3]), LABELS[i], s, Palette.LINE, font(13));
    }
    g.popStyle();
  }

  private int font(float size) {
    return Math.round(size * k);
  }

  // the title, what the panel shows and which step it is
  private void header(PGraphics g, RepeatedSteps r, Trace t) {
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Fonts.of(font(20)));
    Palette.fill(g, Palette.UPDATE);
    float top = box.y() + 10 * k;
    g.text("Did it help?", box.x() + pad, top);
    float x = box.x() + pad + g.textWidth("Did it help?") + 14 * k;
    g.textFont(Fonts.of(font(13)));
    Palette.fill(g, Palette.DIM);
    String what = "the same image, forward again through the updated weights";
    String step = "SGD step " + r.steps() + " on this image · η = " + Num.format(t.eta()) + ", m = 1"
        + " · the model file is not changed";
    float room = box.right() - pad - x;
    g.text(fit(g, what, room), x, top);
    g.text(fit(g, step, room), x, top + 18 * k);
  }

  /** {@code s}, cut with "…" to fit {@code room} pixels in the current font. */
  static String fit(PGraphics g, String s, float room) {
    if (g.textWidth(s) <= room) {
      return s;
    }
    String cut = s;
    while (cut.length() > 1 && g.textWidth(cut + "…") > room) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.stripTrailing() + "…";
  }

  // a^L before and after, one pair of bars per output neuron; the after bars move from the before values
  private void bars(PGraphics g, Trace t, float progress) {
    double[] before = t.output();
    double[] after = t.outputAfter();
    int n = before.length;
    double scale = 1;
    for (int j = 0; j < n; j++) {
      scale = Math.max(scale, Math.max(Math.abs(before[j]), Math.abs(after[j])));
    }
    g.noStroke();
    float x = bars.x();
    // the legend: a^L_j, before (grey) and after the step (green)
    int legend = font(12);
    g.textFont(Fonts.of(legend));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    String title = "\\text{output }a^{L}_{j}\\text{:}";
    Typeset.draw(g, title, font(13), Palette.DIM, x, bars.y() - 2 * k);
    float lx = x + Typeset.width(title, font(13)) + 10 * k;
    float sw = 10 * k;
    Palette.fill(g, before());
    g.rect(lx, bars.y() + 4 * k, sw, 8 * k);
    Palette.fill(g, Palette.DIM);
    g.text("before", lx + sw + 4 * k, bars.y());
    lx += sw + 4 * k + g.textWidth("before") + 12 * k;
    Palette.fill(g, Palette.FORWARD);
    g.rect(lx, bars.y() + 4 * k, sw, 8 * k);
    Palette.fill(g, Palette.DIM);
    g.text("after the step", lx + sw + 4 * k, bars.y());
    float top = bars.y() + 22 * k;
    float rowH = (bars.h() - 22 * k) / n;
    int numbers = font(Math.min(13, Math.max(10, rowH / k * 0.5f)));
    g.textFont(Fonts.of(numbers));
    // room for the widest "before → after" of this step
    float numbersW = 0;
    for (int j = 0; j < n; j++) {
      numbersW = Math.max(numbersW, g.textWidth(number(before[j]) + " → " + number(after[j])));
    }
    float labelW = 26 * k;
    float bx = x + labelW;
    float bw = Math.max(10, bars.w() - labelW - numbersW - 8 * k);
    float ease = 1 - (1 - progress) * (1 - progress);
    for (int j = 0; j < n; j++) {
      float y = top + j * rowH;
      float mid = y + rowH / 2;
      boolean target = j == t.label();
      g.textFont(Fonts.of(font(Math.min(15, Math.max(10, rowH / k * 0.55f)))));
      g.textAlign(PConstants.LEFT, PConstants.CENTER);
      Palette.fill(g, target ? Palette.TARGET : Palette.TEXT);
      g.text(Integer.toString(j), x + 4 * k, mid - 1);
      if (target) {
        // the target y boxed, as beside the output neurons
        Palette.stroke(g, Palette.TARGET);
        g.noFill();
        g.rect(x, y + 2, labelW - 6 * k, rowH - 4);
        g.noStroke();
      }
      float barH = Math.max(3, rowH * 0.3f);
      Palette.fill(g, Palette.GRID);
      g.rect(bx, mid - barH - 1, bw, barH);
      g.rect(bx, mid + 1, bw, barH);
      Palette.fill(g, before());
      g.rect(bx, mid - barH - 1, Math.max(1, (float) (bw * Math.abs(before[j]) / scale)), barH);
      double moving = before[j] + (after[j] - before[j]) * ease;
      Palette.fill(g, Palette.FORWARD);
      g.rect(bx, mid + 1, Math.max(1, (float) (bw * Math.abs(moving) / scale)), barH);
      // the numbers: before → after, the arrow orange where a^L_j rose and blue where it fell
      g.textFont(Fonts.of(numbers));
      float nx = bx + bw + 8 * k;
      String b = number(before[j]);
      Palette.fill(g, Palette.DIM);
      g.text(b, nx, mid - 1);
      Palette.fill(g, Palette.sign(after[j] - before[j]));
      g.text(" → ", nx + g.textWidth(b), mid - 1);
      Palette.fill(g, j == t.predictedAfter() ? Palette.FORWARD : Palette.TEXT);
      g.text(number(after[j]), nx + g.textWidth(b + " → "), mid - 1);
    }
  }

  // an activation with 4 digits that never round to look exact: 0.99999, not 1
  static String number(double v) {
    return Value.format(v, Value.DEFAULT_DIGITS);
  }

  // the before bars: light grey, the past
  private static int before() {
    return Palette.mix(Palette.PANEL, Palette.TEXT, 0.35);
  }

  /** The text column laid out for the latest step of {@code r} (rebuilt when a step is taken). */
  MathLayout.Result layout(RepeatedSteps r) {
    Object key = java.util.Arrays.asList(r.latest(), r.steps());
    if (!key.equals(cacheKey)) {
      cacheKey = key;
      cached = MathLayout.layout(blocks(r, r.latestStep(), k), text.w(), text.h());
    }
    return cached;
  }

  /** The text column: C, the equations, why they differ and whether the image is learned. */
  Rect text() {
    return text;
  }

  /** The text blocks of the panel at size factor {@code k}: C, the checked equations, why, learned. */
  static List<MathLayout.Block> blocks(RepeatedSteps r, DidItHelp d, float k) {
    List<MathLayout.Block> out = new ArrayList<>();
    out.add(MathLayout.Block.math(List.of("C = " + d.shownCostBefore().latex(), "\\;\\rightarrow\\; C' = "
        + d.shownCostAfter().latex()),
        21 * k, Palette.COST));
    String verdict = d.helped() ? "The step lowered this image's cost." : d.actualChange() == 0
        ? "The cost did not change." : "The step raised this image's cost.";
    out.add(MathLayout.Block.words(verdict, 14 * k, Palette.TEXT));
    List<Equation> lines = d.formula().lines();
    out.add(MathLayout.Block.math(lines.get(0).latexPieces(), 16 * k, Palette.COST).spaced(10 * k));
    out.add(MathLayout.Block.words("First order, from this pass's gradients of all " + parameters(r.latest())
        + " weights and biases (m = 1):", 13 * k, Palette.DIM).spaced(10 * k));
    for (int i = 1; i < lines.size(); i++) {
      // ‖∇C‖² from the backward pass's gradients, the prediction with the update's η
      int colour = i == 1 ? Palette.BACKWARD : i == 2 ? Palette.UPDATE : Palette.TEXT;
      out.add(MathLayout.Block.math(lines.get(i).latexPieces(), 16 * k, colour));
    }
    out.add(MathLayout.Block.words(d.why(), 13 * k, Palette.DIM).spaced(8 * k));
    out.add(MathLayout.Block.words(r.status(), 14 * k, r.learned() ? Palette.TARGET : Palette.TEXT).spaced(10 * k));
    return out;
  }

  private static long parameters(Trace t) {
    long n = 0;
    for (int l = 1; l < t.layers(); l++) {
      n += (long) t.size(l - 1) * t.size(l) + t.size(l);
    }
    return n;
  }

  // a rounded button (or the offer) with a label, lighter under the mouse
  private static void button(PGraphics g, Rect b, String label, StepperState s, int outline, int size) {
    g.pushStyle();
    boolean hover = b.contains(s.mouseX(), s.mouseY());
    Palette.fill(g, hover ? 0x343948 : Palette.PANEL);
    Palette.stroke(g, outline);
    g.rect(b.x(), b.y(), b.w(), b.h(), 5);
    g.textFont(Fonts.of(size));
    g.textAlign(PConstants.CENTER, PConstants.CENTER);
    Palette.fill(g, Palette.TEXT);
    g.text(fit(g, label, b.w() - 6), b.x() + b.w() / 2, b.y() + b.h() / 2 - 1);
    g.popStyle();
  }
}
