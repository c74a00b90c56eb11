package dev.glassbox.render;

import dev.glassbox.network.Activation;
import dev.glassbox.trace.FiniteDifference;
import dev.glassbox.trace.Num;
import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Step;
import dev.glassbox.trace.StepKind;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * What the inspector says about the pinned neuron, as lines of text: z, a, σ'(z), b, δ, ∂C/∂b, its
 * largest incoming contributions, its equations BP1/BP2, BP3 and BP4 with the trace's numbers, and
 * the "check it" result. Values the cursor has not reached yet read "not computed yet". Every number
 * is read from the trace or a step's text, never recomputed. A text model with no drawing, so tests
 * can read it.
 */
public final class InspectorText {
  /** One line: its text, colour, font size and how many wrapped lines it may take. */
  public record Line(String text, int rgb, int size, int maxLines) {}

  private static final String LATER = "not computed yet";

  private InspectorText() {}

  /** The inspector's lines for the state's pinned neuron, or a hint when nothing is pinned. */
  public static List<Line> lines(StepperState s) {
    List<Line> out = new ArrayList<>();
    if (!s.pinned()) {
      out.add(new Line("Inspector", Palette.TEXT, 16, 1));
      out.add(new Line("Click a neuron to pin it here: its z, a, δ, bias and gradients, its largest incoming"
          + " weights, and its equations BP1-BP4 with the numbers. Hover over a neuron or a pixel for a"
          + " tooltip.", Palette.DIM, 12, 5));
      out.add(new Line("", Palette.DIM, 8, 1));
      Step cur = s.stepper().current();
      out.add(new Line("Now: " + cur.symbol(), Palette.of(cur.phase()), 13, 1));
      return out;
    }
    Trace t = s.trace();
    int l = s.pinLayer();
    int j = s.pinNeuron();
    int b = l + 1;
    int cursor = s.cursor();
    StepIndex idx = s.index();
    String kind = l == t.outputLayer() ? "output" : "hidden";
    out.add(new Line("Neuron " + j + ", layer " + b + " (" + kind + ")", Palette.TEXT, 15, 1));
    boolean zKnown = idx.reached(StepKind.WEIGHTED_INPUT, l, j, cursor);
    boolean aKnown = idx.reached(StepKind.ACTIVATION, l, j, cursor);
    boolean dKnown = idx.deltaReached(l, j, cursor);
    boolean gKnown = idx.reached(StepKind.BIAS_GRADIENT, l, j, cursor);
    String sub = "^" + b + "_" + j;
    out.add(value("z" + sub, zKnown, t.z(l, j), Palette.FORWARD));
    out.add(value("a" + sub, aKnown, t.a(l, j), Palette.FORWARD));
    Activation f = t.activationFunction(l);
    if (f.elementwise()) {
      out.add(value("σ'(z" + sub + ")", aKnown, f.derivative(t.z(l, j), t.a(l, j)), Palette.FORWARD));
    }
    ParameterView now = s.stepper().weightsAtCursor();
    String bias = "b" + sub + " = " + Num.format(t.before().bias(l, j));
    if (now.updated(l)) {
      bias += "  → after the update " + Num.format(t.after().bias(l, j));
    }
    out.add(new Line(bias, Palette.TEXT, 13, 1));
    out.add(value("δ" + sub, dKnown, t.delta(l, j), Palette.BACKWARD));
    out.add(value("∂C/∂b" + sub, gKnown, t.nablaB(l, j), Palette.BACKWARD));
    contributions(out, t, now, l, j, aKnown);
    out.add(new Line("Equations with this neuron's numbers", Palette.TEXT, 13, 1));
    Step cur = s.stepper().current();
    boolean output = l == t.outputLayer();
    equation(out, s, StepKind.WEIGHTED_INPUT, "z", zKnown, cur, 2);
    equation(out, s, output ? StepKind.OUTPUT_ERROR : StepKind.BACKPROP_DELTA, output ? "BP1" : "BP2", dKnown, cur, 3);
    equation(out, s, StepKind.BIAS_GRADIENT, "BP3", gKnown, cur, 1);
    equation(out, s, StepKind.WEIGHT_GRADIENT, "BP4", idx.reached(StepKind.WEIGHT_GRADIENT, l, j, cursor), cur, 3);
    FiniteDifference.Check c = s.check();
    if (c != null) {
      out.add(new Line("check ∂C/∂" + c.parameter() + ": backprop " + Num.format(c.backprop())
          + ", finite difference (C(w+ε) - C(w-ε)) / 2ε = " + Num.format(c.numeric()) + " (ε = "
          + Num.format(c.epsilon()) + "), " + (c.resolvable()
              ? "relative error " + Num.format(c.relativeError())
              : "below " + Num.format(FiniteDifference.RESOLUTION) + ", too small to compare"),
          Palette.COST, 12, 3));
    }
    return out;
  }

  private static Line value(String name, boolean known, double v, int rgb) {
    return new Line(name + " = " + (known ? Num.format(v) : LATER), known ? rgb : Palette.DIM, 13, 1);
  }

  // the largest |w a| of the neuron's inputs: what made its z
  private static void contributions(List<Line> out, Trace t, ParameterView w, int l, int j, boolean known) {
    int shown = l == 1 ? 3 : 4;
    int[] ks = largestContributions(t, l, j, shown);
    out.add(new Line("Largest incoming contributions w·a", Palette.TEXT, 13, 1));
    for (int k : ks) {
      double wk = t.before().weight(l, j, k);
      double ak = t.a(l - 1, k);
      String text = "k=" + k + ":  w = " + Num.format(wk) + " × a = " + Num.format(ak) + "  → "
          + Num.format(wk * ak);
      out.add(new Line(text, known ? Palette.sign(wk) : Palette.DIM, 12, 1));
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

  // one of the neuron's own steps, its equation with numbers; "▸" marks the kind the cursor is on
  private static void equation(List<Line> out, StepperState s, StepKind kind, String label, boolean known,
      Step cur, int maxLines) {
    Step mine = neuronStep(s, kind, s.pinLayer(), s.pinNeuron());
    if (mine == null) {
      return;
    }
    boolean now = cur.kind() == kind && cur.layer() == s.pinLayer();
    String text = (now ? "▸ " : "") + label + ": " + (known ? mine.substituted() : mine.equation() + "  (" + LATER + ")");
    int rgb = !known ? Palette.DIM : now ? Palette.TEXT : Palette.mix(Palette.of(kind.phase()), Palette.TEXT, 0.35);
    out.add(new Line(text, rgb, 12, maxLines));
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
