package dev.glassbox.trace.explain;

import static dev.glassbox.trace.explain.Symbols.a;
import static dev.glassbox.trace.explain.Symbols.bias;
import static dev.glassbox.trace.explain.Symbols.dCdb;
import static dev.glassbox.trace.explain.Symbols.dCdw;
import static dev.glassbox.trace.explain.Symbols.delta;
import static dev.glassbox.trace.explain.Symbols.weight;
import static dev.glassbox.trace.explain.Symbols.z;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Formula;
import dev.glassbox.trace.Trace;

/**
 * The equations of the stepper in Nielsen's notation, with layers numbered as in the book (input =
 * 1, output = L): {@link #symbol} names a step's quantity, {@link #equation} gives its equation in
 * symbols, {@link #formula} the same with the trace's numbers, ending in the value the training
 * code computed.
 */
public final class Equations {
  private Equations() {}

  /** The quantity a step computes, as a symbol (e.g. z^2_3, δ^3, ∂C/∂w^2_{3k}). */
  static Expr symbol(Step s) {
    int b = s.bookLayer();
    String j = s.wholeLayer() ? null : Symbols.index(s.neuron());
    return switch (s.kind()) {
      case INPUT -> a(1, j);
      case WEIGHTED_INPUT -> z(b, j);
      case ACTIVATION -> a(b, j);
      case COST -> Expr.sym("C");
      case OUTPUT_ERROR, BACKPROP_DELTA -> delta(b, j);
      case BIAS_GRADIENT -> dCdb(b, j);
      case WEIGHT_GRADIENT -> s.wholeLayer() ? dCdw(b, null, null) : dCdw(b, j, "k");
      case UPDATE -> Expr.raw("w^{" + b + "},\\ b^{" + b + "}", "w" + sup(b) + ", b" + sup(b));
    };
  }

  /** (w^l)^T, the transposed weight matrix of book layer {@code b}. */
  static Expr transposed(int b) {
    return Expr.raw("\\left(w^{" + b + "}\\right)^{T}", "(w" + sup(b) + ")ᵀ");
  }

  /** Δp: the change of a parameter in the update. */
  public static Expr change(Expr p) {
    return Expr.raw("\\Delta " + p.latex(), "Δ" + p.text());
  }

  static String sup(int b) {
    return Expr.sym("", Integer.toString(b), null).text();
  }

  /** The step's equation in symbols. */
  static Equation equation(Step s) {
    int b = s.bookLayer();
    boolean layer = s.wholeLayer();
    String j = layer ? "j" : Integer.toString(s.neuron());
    Trace t = s.trace();
    Expr lhs = symbol(s);
    return switch (s.kind()) {
      case INPUT -> Equation.of(lhs, layer ? Expr.sym("x") : Expr.sym("x", null, j));
      case WEIGHTED_INPUT -> layer
          ? Equation.of(lhs, Expr.plus(Expr.juxt(weight(b, null, null), a(b - 1, null)), bias(b, null)))
          : Equation.of(lhs, Expr.plus(Expr.sumOver("k", Expr.juxt(weight(b, j, "k"), a(b - 1, "k"))),
              bias(b, j)));
      case ACTIVATION -> {
        Equation e = activation(t.activationFunction(s.layer()), b, layer ? null : j);
        // with dropout: a^l = σ(z^l) ⊙ m^l, the mask m^l_j being 0 (dropped) or 1/(1-P) (kept)
        yield t.masked(s.layer()) ? Equation.of(e.sides().get(0), masked(e.sides().get(1), b, layer ? null : j))
            : e;
      }
      case COST -> cost(t.costFunction(), b);
      case OUTPUT_ERROR -> BackwardText.outputErrorEquation(t, layer ? "j" : j, layer);
      case BACKPROP_DELTA -> {
        dev.glassbox.notation.Fn f = Symbols.prime(t.activationFunction(s.layer()));
        Expr rhs = layer
            ? Expr.hadamard(Expr.paren(Expr.juxt(transposed(b + 1), delta(b + 1, null))), Expr.call(f, z(b, null)))
            : Expr.juxt(Expr.paren(Expr.sumOver("k", Expr.juxt(weight(b + 1, "k", j), delta(b + 1, "k")))),
                Expr.call(f, z(b, j)));
        yield Equation.of(lhs, t.masked(s.layer()) ? masked(rhs, b, layer ? null : j) : rhs);
      }
      case BIAS_GRADIENT -> Equation.of(lhs, delta(b, layer ? null : j));
      case WEIGHT_GRADIENT -> layer
          ? Equation.of(lhs, Expr.juxt(delta(b, null), Expr.raw("\\left(a^{" + (b - 1) + "}\\right)^{T}",
              "(a" + sup(b - 1) + ")ᵀ")))
          : Equation.of(lhs, Expr.juxt(a(b - 1, "k"), delta(b, j)));
      case UPDATE -> UpdateText.equation(t, b);
    };
  }

  // e ⊙ m^b for a whole layer (j null), e m^b_j for one neuron: dropout's mask
  private static Expr masked(Expr e, int b, String j) {
    return j == null ? Expr.hadamard(e, Symbols.mask(b, null)) : Expr.juxt(e, Symbols.mask(b, j));
  }

  static Equation activation(Activation act, int b, String j) {
    if (!act.elementwise()) {
      // softmax, written out
      String jj = j == null ? "j" : j;
      return Equation.of(a(b, jj), Expr.frac(Expr.call(dev.glassbox.notation.Fn.EXP, z(b, jj)),
          Expr.sumOver("k", Expr.call(dev.glassbox.notation.Fn.EXP, z(b, "k")))));
    }
    return Equation.of(a(b, j), Symbols.apply(act, z(b, j)));
  }

  static Equation cost(Cost c, int b) {
    Expr aj = a(b, "j");
    Expr yj = Symbols.y("j");
    return switch (c) {
      case QUADRATIC -> Equation.of(Expr.sym("C"), Expr.juxt(Expr.raw("\\frac{1}{2}", "½"),
          Expr.sumOver("j", Expr.squared(Expr.paren(Expr.minus(aj, yj))))));
      case CROSS_ENTROPY -> Equation.of(Expr.sym("C"), Expr.negate(Expr.sumOver("j", Expr.bracket(
          Expr.plus(Expr.juxt(yj, Expr.call(dev.glassbox.notation.Fn.LN, aj)),
              Expr.juxt(Expr.paren(Expr.minus(Expr.raw("1", "1"), yj)),
                  Expr.call(dev.glassbox.notation.Fn.LN, Expr.minus(Expr.raw("1", "1"), aj))))))));
      case LOG_LIKELIHOOD -> Equation.of(Expr.sym("C"),
          Expr.negate(Expr.call(dev.glassbox.notation.Fn.LN, a(b, "y"))));
    };
  }

  /** The step's equation with the trace's numbers: one or more lines, each adding up. */
  static Formula formula(Step s) {
    Trace t = s.trace();
    int l = s.layer();
    int j = s.neuron();
    int b = s.bookLayer();
    // j < 0: the whole layer at once
    return switch (s.kind()) {
      case INPUT -> ForwardText.input(t, j);
      case WEIGHTED_INPUT -> j < 0 ? ForwardText.zLayer(t, l, b) : ForwardText.zNeuron(t, l, j, b);
      case ACTIVATION -> j < 0 ? ForwardText.aLayer(t, l, b) : ForwardText.aNeuron(t, l, j, b);
      case COST -> ForwardText.cost(t, b);
      case OUTPUT_ERROR -> BackwardText.outputError(t, j);
      case BACKPROP_DELTA -> j < 0 ? BackwardText.deltaLayer(t, l, b) : BackwardText.deltaNeuron(t, l, j, b);
      case BIAS_GRADIENT -> BackwardText.biasGradient(t, l, j, b);
      case WEIGHT_GRADIENT -> j < 0 ? BackwardText.weightGradientLayer(t, l, b)
          : BackwardText.weightGradientRow(t, l, j, b);
      case UPDATE -> UpdateText.formula(s);
    };
  }
}
