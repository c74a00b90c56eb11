package dev.glassbox.trace.explain;

import static dev.glassbox.trace.explain.Symbols.bias;
import static dev.glassbox.trace.explain.Symbols.dCdb;
import static dev.glassbox.trace.explain.Symbols.dCdw;
import static dev.glassbox.trace.explain.Symbols.weight;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Formula;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The SGD update of one layer on a mini-batch of one (m = 1), as the book writes it:
 * w → w' = (1 - ηλ/n) w - (η/m) ∂C/∂w, b → b' = b - (η/m) ∂C/∂b; with λ = 0 Nielsen's
 * w' = w - (η/m) ∂C/∂w. With momentum the velocity starts at zero, so the first step is the same.
 * Each changed parameter is shown as its change Δ and then old + Δ = new, so a change too small to
 * move the shown digits still shows.
 */
public final class UpdateText {
  /** The mini-batch size of a traced step: one sample. */
  public static final int M = 1;
  /** Significant digits of a parameter before and after its update. */
  public static final int PARAMETER_DIGITS = 6;

  private UpdateText() {}

  private static Expr etaOverM() {
    return Expr.frac(Expr.sym("η"), Expr.sym("m"));
  }

  static Equation equation(Trace t, int b) {
    Expr w = weight(b, null, null);
    Expr decayed = t.lambda() > 0
        ? Expr.juxt(Expr.paren(Expr.minus(Expr.raw("1", "1"), Expr.frac(Expr.juxt(Expr.sym("η"), Expr.sym("λ")),
            Expr.sym("n")))), w)
        : w;
    return Equation.of(Expr.sym("w'", Integer.toString(b), null),
        Expr.minus(decayed, Expr.juxt(etaOverM(), dCdw(b, null, null))));
  }

  static Formula formula(Step s) {
    Trace t = s.trace();
    int l = s.layer();
    int b = s.bookLayer();
    int in = t.size(l - 1);
    int out = t.size(l);
    List<Equation> lines = new ArrayList<>();
    StringBuilder given = new StringBuilder("η = " + Value.exact(t.eta()).text() + ", m = " + M);
    if (t.lambda() > 0) {
      given.append(", λ = ").append(Value.exact(t.lambda()).text()).append(", n = ").append(t.trainingSetSize());
    }
    if (t.momentum() > 0) {
      given.append(", momentum μ = ").append(Value.exact(t.momentum()).text())
          .append(" (the velocity starts at 0, so this first step is plain SGD)");
    }
    lines.add(Equation.of(Expr.words(given + "; the biggest changes:")));
    // the weights that moved most are those with the largest gradient
    int[] top = Terms.largest(in * out, i -> t.nablaWFlat(l, i), 2);
    for (int i : top) {
      int k = i / out;
      int j = i % out;
      String jk = Symbols.pair(Integer.toString(j), Integer.toString(k));
      change(lines, t, Expr.sym("w", Integer.toString(b), jk), dCdw(b, Integer.toString(j), Integer.toString(k)),
          t.before().weight(l, j, k), t.nablaW(l, j, k), t.after().weight(l, j, k), t.lambda() > 0);
    }
    for (int j : Terms.largest(out, j -> t.nablaB(l, j), 1)) {
      String sj = Integer.toString(j);
      change(lines, t, bias(b, sj), dCdb(b, sj), t.before().bias(l, j), t.nablaB(l, j), t.after().bias(l, j), false);
    }
    if (top.length == 0) {
      lines.add(Equation.of(Expr.words("no weight changes: every gradient of this layer is 0")));
    }
    return Formula.of(lines);
  }

  // Δp = -(ηλ/n) p - (η/m) ∂C/∂p, then p' = p + Δp
  private static void change(List<Equation> lines, Trace t, Expr p, Expr gradient, double before, double grad,
      double after, boolean decay) {
    Value old = Value.of(before, PARAMETER_DIGITS);
    Value g = Value.of(grad);
    Expr eta = Value.exact(t.eta());
    Expr m = Value.exact(M);
    Expr step = Expr.times(Expr.frac(eta, m), g);
    double change = -(t.eta() / M) * grad;
    Expr numbers = Expr.negate(step);
    Expr symbols = Expr.negate(Expr.juxt(etaOverM(), gradient));
    if (decay) {
      double rate = t.eta() * t.lambda() / t.trainingSetSize();
      change = -rate * before - (t.eta() / M) * grad;
      numbers = Expr.minus(Expr.negate(Expr.times(Expr.frac(Expr.times(eta, Value.exact(t.lambda())),
          Value.exact(t.trainingSetSize())), old)), step);
      symbols = Expr.minus(Expr.negate(Expr.juxt(Expr.frac(Expr.juxt(Expr.sym("η"), Expr.sym("λ")), Expr.sym("n")), p)),
          Expr.juxt(etaOverM(), gradient));
    }
    Value delta = Value.of(change);
    Expr name = Equations.change(p);
    lines.add(Equation.of(name, symbols, numbers, delta));
    lines.add(Equation.of(prime(p), Expr.plus(p, name), Expr.plus(old, delta), Value.of(after, PARAMETER_DIGITS)));
  }

  // w^3_{2,9} → w'^3_{2,9}
  private static Expr prime(Expr p) {
    String latex = p.latex();
    String text = p.text();
    return Expr.raw(latex.replaceFirst("^([a-z])", "$1'"), text.replaceFirst("^([a-z])", "$1'"));
  }
}
