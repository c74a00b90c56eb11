package dev.glassbox.render.stepper;

import dev.glassbox.network.Activation;
import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.TextMode;
import dev.glassbox.notation.Value;
import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.FiniteDifference;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.StepKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What the inspector says about the pinned neuron: z, a, σ'(z), b, δ, ∂C/∂b, its largest incoming
 * contributions w·a, its equations (z, BP1 or BP2, BP3, BP4) with the trace's numbers, and the
 * "check it" result. Only what the cursor has reached is shown; the rest reads "not computed yet".
 * Every number is read from the trace or a step's formula, never recomputed. A text model with no
 * drawing: each line carries its plain text (for tests) and its LaTeX pieces (for the panel).
 */
public final class InspectorText {
  /** One line: its plain text, its LaTeX pieces, colour, size in pixels and the gap above it. */
  public record Line(String text, List<String> pieces, int rgb, float size, float gap) {
    /** The line as a block to lay out. */
    public MathLayout.Block block() {
      return new MathLayout.Block(pieces, size, rgb, gap);
    }
  }

  /** What a value the cursor has not reached reads. */
  public static final String LATER = "not computed yet";
  private static final float TITLE = 17;
  private static final float BODY = 15;
  private static final float SECTION = 10;

  private InspectorText() {}

  private static Line words(String text, int rgb, float size, float gap) {
    return new Line(text, MathLayout.Block.words(text, size, rgb).pieces(), rgb, size, gap);
  }

  private static Line math(Equation e, int rgb, float size, float gap) {
    return new Line(e.text(), e.latexPieces(), rgb, size, gap);
  }

  /** The inspector's lines for the state's pinned neuron, or a hint when nothing is pinned. */
  public static List<Line> lines(StepperState s) {
    List<Line> out = new ArrayList<>();
    if (!s.pinned()) {
      out.add(words("Inspector", Palette.TEXT, TITLE, 0));
      out.add(words("Click a neuron to pin it here: its z, a, δ, bias and gradients, its largest incoming"
          + " weights, and its equations BP1-BP4 with the numbers. Hover over a neuron or a pixel for a"
          + " tooltip.", Palette.DIM, BODY, 4));
      Step cur = s.current();
      out.add(math(Equation.of(Expr.juxt(Expr.words("Now:"), cur.symbolExpr())), Palette.of(cur.phase()), BODY, SECTION));
      return out;
    }
    Trace t = s.trace();
    int l = s.pinLayer();
    int j = s.pinNeuron();
    String b = Integer.toString(l + 1);
    String sj = Integer.toString(j);
    int cursor = s.cursor();
    StepIndex idx = s.index();
    boolean output = l == t.outputLayer();
    out.add(words("Neuron " + j + ", layer " + b + (output ? " (output)" : " (hidden)"), Palette.TEXT, TITLE, 0));
    boolean zKnown = idx.reached(StepKind.WEIGHTED_INPUT, l, j, cursor);
    boolean aKnown = idx.reached(StepKind.ACTIVATION, l, j, cursor);
    boolean dKnown = idx.deltaReached(l, j, cursor);
    boolean gKnown = idx.reached(StepKind.BIAS_GRADIENT, l, j, cursor);
    boolean wKnown = idx.reached(StepKind.WEIGHT_GRADIENT, l, j, cursor);
    out.add(value(Expr.sym("z", b, sj), zKnown, t.z(l, j), Palette.FORWARD, 4));
    out.add(value(Expr.sym("a", b, sj), aKnown, t.a(l, j), Palette.FORWARD, 0));
    Activation f = t.activationFunction(l);
    if (f.elementwise()) {
      out.add(value(Expr.call(dev.glassbox.trace.explain.Symbols.prime(f), Expr.sym("z", b, sj)), aKnown,
          t.activationDerivative(l, j), Palette.FORWARD, 0));
    }
    if (t.masked(l)) {
      // dropout's mask is drawn from the start, so it is known from the start
      out.add(value(Expr.sym("m", b, sj), true, t.mask(l, j), t.dropped(l, j) ? Palette.DIM : Palette.TEXT, 0));
      out.add(words(t.dropped(l, j) ? "dropped by dropout: a = 0 and δ = 0" : "kept by dropout: a scaled by 1/(1-P)",
          Palette.DIM, BODY, 0));
    }
    ParameterView now = s.weightsAtCursor();
    out.add(value(Expr.sym("b", b, sj), true, t.before().bias(l, j), Palette.TEXT, 0));
    if (now.updated(l)) {
      out.add(value(Expr.sym("b'", b, sj), true, t.after().bias(l, j), Palette.UPDATE, 0));
    }
    out.add(value(Expr.sym("δ", b, sj), dKnown, t.delta(l, j), Palette.BACKWARD, 0));
    out.add(value(Expr.partial(Expr.sym("C"), Expr.sym("b", b, sj)), gKnown, t.nablaB(l, j), Palette.BACKWARD, 0));
    contributions(out, t, l, j, zKnown);
    out.add(words("Equations with this neuron's numbers", Palette.TEXT, BODY, SECTION));
    Step cur = s.current();
    equation(out, s, StepKind.WEIGHTED_INPUT, "z", zKnown, cur);
    equation(out, s, output ? StepKind.OUTPUT_ERROR : StepKind.BACKPROP_DELTA, output ? "BP1" : "BP2", dKnown, cur);
    equation(out, s, StepKind.BIAS_GRADIENT, "BP3", gKnown, cur);
    equation(out, s, StepKind.WEIGHT_GRADIENT, "BP4", wKnown, cur);
    FiniteDifference.Check c = s.check();
    if (c != null && wKnown) {
      String w = "w^{" + b + "}_{" + j + "," + s.checkedInput() + "}";
      Expr grad = Expr.partial(Expr.sym("C"), Expr.raw(w, c.parameter()));
      out.add(words("Check it: backprop against a finite difference (ε = " + Value.of(c.epsilon()).text() + ")",
          Palette.TEXT, BODY, SECTION));
      out.add(math(Equation.of(grad, Expr.words("backprop "), Value.of(c.backprop())), Palette.TEXT, BODY, 0));
      out.add(math(Equation.of(Expr.raw("\\frac{C(w+\\varepsilon) - C(w-\\varepsilon)}{2\\varepsilon}",
          "(C(w+ε) - C(w-ε))/2ε"), Value.of(c.numeric())), Palette.TEXT, BODY, 0));
      out.add(words(c.resolvable()
          ? "relative error " + Value.of(c.relativeError()).text()
          : "both below " + Value.of(FiniteDifference.RESOLUTION).text() + ": too small for a finite difference to resolve",
          Palette.TEXT, BODY, 0));
    }
    return out;
  }

  private static Line value(Expr name, boolean known, double v, int rgb, float gap) {
    Equation e = known ? Equation.of(name, Value.of(v)) : Equation.of(name, Expr.words(LATER));
    return math(e, known ? rgb : Palette.DIM, BODY, gap);
  }

  // the largest |w a| of the neuron's inputs: what made its z (once z is computed)
  private static void contributions(List<Line> out, Trace t, int l, int j, boolean known) {
    out.add(words("Largest incoming contributions w·a", Palette.TEXT, BODY, SECTION));
    if (!known) {
      out.add(words(LATER, Palette.DIM, BODY, 0));
      return;
    }
    String b = Integer.toString(l + 1);
    for (int k : largestContributions(t, l, j, l == 1 ? 3 : 4)) {
      double wk = t.before().weight(l, j, k);
      double ak = t.a(l - 1, k);
      Equation e = Equation.of(Expr.juxt(Expr.sym("w", b, j + "," + k), Expr.sym("a", Integer.toString(l), Integer.toString(k))),
          Expr.times(Value.of(wk), Value.of(ak)), Value.of(wk * ak));
      out.add(math(dev.glassbox.notation.Formula.of(e).lines().get(0), Palette.sign(wk), BODY, 0));
    }
  }

  // the k of the `shown` largest |w_jk a_k|, largest first
  private static int[] largestContributions(Trace t, int l, int j, int shown) {
    ParameterView w = t.before();
    Integer[] order = new Integer[t.size(l - 1)];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (p, q) -> Double.compare(Math.abs(w.weight(l, j, q) * t.a(l - 1, q)),
        Math.abs(w.weight(l, j, p) * t.a(l - 1, p))));
    int[] ks = new int[Math.min(shown, order.length)];
    for (int i = 0; i < ks.length; i++) {
      ks[i] = order[i];
    }
    return ks;
  }

  // one of the neuron's own steps: its equation, then its numbers once reached; "▸" marks the
  // kind the cursor is on
  private static void equation(List<Line> out, StepperState s, StepKind kind, String label, boolean known,
      Step cur) {
    Step mine = neuronStep(s, kind, s.pinLayer(), s.pinNeuron());
    if (mine == null) {
      return;
    }
    boolean now = cur.kind() == kind && cur.layer() == s.pinLayer();
    int rgb = !known ? Palette.DIM : now ? Palette.TEXT : Palette.mix(Palette.of(kind.phase()), Palette.TEXT, 0.35);
    Equation symbolic = mine.symbolic();
    List<String> head = new ArrayList<>();
    head.add(TextMode.latex((now ? "▸ " : "") + label + ": "));
    head.addAll(symbolic.latexPieces());
    out.add(new Line((now ? "▸ " : "") + label + ": " + symbolic.text(), head, rgb, BODY, 6));
    if (!known) {
      out.add(words(LATER, Palette.DIM, BODY, 0));
      return;
    }
    for (Equation e : mine.formula().lines()) {
      out.add(math(e, rgb, BODY, 0));
    }
  }

  /** The per-neuron step of {@code kind} for neuron j of layer l, or null. */
  static Step neuronStep(StepperState s, StepKind kind, int l, int j) {
    for (Step st : s.neuronSteps()) {
      if (st.kind() == kind && st.layer() == l && st.neuron() == j) {
        return st;
      }
    }
    return null;
  }
}
