package dev.glassbox.trace.explain;

import static dev.glassbox.trace.explain.Symbols.a;
import static dev.glassbox.trace.explain.Symbols.bias;
import static dev.glassbox.trace.explain.Symbols.z;

import dev.glassbox.network.Activation;
import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Fn;
import dev.glassbox.notation.Formula;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/** The forward pass and the cost with the trace's numbers: x, z = w a + b, a = σ(z), C. */
final class ForwardText {
  private ForwardText() {}

  static Formula input(Trace t, int j) {
    if (j >= 0) {
      return Formula.of(Equation.of(a(1, Integer.toString(j)), Expr.sym("x", null, Integer.toString(j)),
          Value.of(t.a(0, j))));
    }
    double[] x = t.a(0);
    int nonZero = 0;
    double max = 0;
    for (double v : x) {
      if (v != 0) {
        nonZero++;
      }
      max = Math.max(max, v);
    }
    return Formula.of(Equation.of(a(1, null), Expr.sym("x"), Expr.juxt(Expr.juxt(Expr.words(x.length
        + " pixels, " + nonZero + " not 0, the brightest " + Value.of(max).text() + "; the target is"),
        Expr.raw("\\ y = e_{" + t.label() + "}\\ ", "y = " + Expr.sym("e", null, Integer.toString(t.label())).text())),
        Expr.words("(label " + t.label() + ")"))));
  }

  // z^l = w^l a^{l-1} + b^l for the whole layer: the result, its largest entries when long
  static Formula zLayer(Trace t, int l, int b) {
    int[] idx = Shown.layer(t, l);
    return Formula.of(Equation.of(z(b, null), Expr.plus(Expr.juxt(Expr.words("w" + Equations.sup(b) + " ("
        + t.size(l) + "×" + t.size(l - 1) + ")"), Expr.words("a" + Equations.sup(b - 1))), bias(b, null)),
        Shown.vector(t.z(l), idx)));
  }

  // z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j, by its largest terms
  static Formula zNeuron(Trace t, int l, int j, int b) {
    int in = t.size(l - 1);
    double[] prev = t.a(l - 1);
    Expr terms = Terms.sum(in, k -> t.before().weight(l, j, k), k -> prev[k]);
    return Formula.of(Equation.of(z(b, Integer.toString(j)),
        Expr.plus(terms, Value.of(t.before().bias(l, j))), Value.of(t.z(l, j))));
  }

  static Formula aLayer(Trace t, int l, int b) {
    Activation act = t.activationFunction(l);
    int[] idx = Shown.layer(t, l);
    if (!act.elementwise()) {
      return Formula.of(Equation.of(a(b, null), Symbols.apply(act, Shown.vector(t.z(l), idx)),
          Shown.vector(t.a(l), idx)));
    }
    Expr applied = Expr.call(Symbols.fn(act), Shown.vector(t.z(l), idx));
    if (t.masked(l)) {
      // dropout: a^l = σ(z^l) ⊙ m^l
      return Formula.of(Equation.of(a(b, null), Expr.hadamard(applied, Shown.mask(t, l, idx)),
          Shown.vector(t.a(l), idx)), Equation.of(Expr.words(dropped(t, l))));
    }
    return Formula.of(Equation.of(a(b, null), applied, Shown.vector(t.a(l), idx)));
  }

  // "dropout P = 0.5 dropped 14 of these 30 neurons (m = 0); the others are scaled by m = 1/(1-P) = 2"
  static String dropped(Trace t, int l) {
    return "dropout P = " + Value.exact(t.dropoutP()).text() + " dropped " + t.droppedCount(l) + " of these "
        + t.size(l) + " neurons (m = 0); the others are scaled by m = 1/(1-P) = "
        + Shown.mask(t.dropout().scale()).text();
  }

  static Formula aNeuron(Trace t, int l, int j, int b) {
    Activation act = t.activationFunction(l);
    String sj = Integer.toString(j);
    Value zj = Value.of(t.z(l, j));
    if (!act.elementwise()) {
      // softmax: every e^{z_k} is written out, so the quotient can be checked from the numbers shown
      List<Expr> exps = new ArrayList<>();
      for (int k = 0; k < t.size(l); k++) {
        exps.add(Expr.call(Fn.EXP, k == j ? zj : Value.of(t.z(l, k))));
      }
      return Formula.of(Equation.of(a(b, sj), Expr.frac(Expr.call(Fn.EXP, zj), Expr.sum(exps, null, 0)),
          Value.of(t.a(l, j))));
    }
    if (t.masked(l)) {
      // dropout: a^l_j = σ(z^l_j) m^l_j, with m^l_j = 0 when dropped
      Equation why = Equation.of(Expr.words(t.dropped(l, j)
          ? "dropped by dropout (P = " + Value.exact(t.dropoutP()).text() + "): m = 0, so a = 0 whatever z is"
          : "kept by dropout (P = " + Value.exact(t.dropoutP()).text() + "): m = 1/(1-P), so a is scaled up"));
      return Formula.of(Equation.of(a(b, sj), Expr.juxt(Expr.call(Symbols.fn(act), z(b, sj)), Symbols.mask(b, sj)),
          Expr.times(Expr.call(Symbols.fn(act), zj), Shown.mask(t, l, j)), Value.of(t.a(l, j))), why);
    }
    return Formula.of(Equation.of(a(b, sj), Expr.call(Symbols.fn(act), z(b, sj)), Expr.call(Symbols.fn(act), zj),
        Value.of(t.a(l, j))));
  }

  static Formula cost(Trace t, int b) {
    int last = t.outputLayer();
    double[] a = t.a(last);
    int y = t.label();
    int n = a.length;
    List<Equation> lines = new ArrayList<>();
    // a switch expression, so the compiler checks every case: a new cost must show its C here
    Runnable cost = switch (t.costFunction()) {
      case QUADRATIC -> () -> {
        // a - y first, then the squares of the numbers it gave
        int[] all = Shown.indices(new double[n]);
        double[] diff = new double[n];
        for (int j = 0; j < n; j++) {
          diff[j] = a[j] - (j == y ? 1.0 : 0.0);
        }
        List<Value> d = Shown.values(diff, all);
        lines.add(Equation.of(Expr.minus(a(b, null), Symbols.y(null)),
            Expr.minus(Shown.vector(a, all), Shown.target(y, n, all)), Expr.vector(d, all, n)));
        List<Expr> squares = new ArrayList<>();
        for (Value v : d) {
          squares.add(Expr.squared(v.negativeLeading() ? Expr.paren(v) : v));
        }
        lines.add(Equation.of(Expr.sym("C"), Expr.times(Value.exact(0.5), Expr.bracket(Expr.sum(squares, null, 0))),
            Value.of(t.cost())));
      };
      case CROSS_ENTROPY -> () -> {
        List<Expr> logs = new ArrayList<>();
        boolean finite = true;
        for (int j = 0; j < n; j++) {
          Value aj = Value.of(a[j]);
          logs.add(j == y ? Expr.call(Fn.LN, aj) : Expr.call(Fn.LN, Expr.minus(Value.exact(1), aj)));
          finite &= a[j] > 0 && a[j] < 1;
        }
        if (finite) {
          lines.add(Equation.of(Expr.sym("C"), Expr.negate(Expr.bracket(Expr.sum(logs, null, 0))), Value.of(t.cost())));
        } else {
          lines.add(Equation.of(Expr.sym("C"), Value.of(t.cost())));
          lines.add(Equation.of(Expr.words("some a" + Equations.sup(b) + "_j round to 0 or 1, so the code"
              + " computes ln a = -ln(1 + e^(-z)) from z")));
        }
      };
      case LOG_LIKELIHOOD -> () -> {
        Expr symbolic = Expr.negate(Expr.call(Fn.LN, a(b, Integer.toString(y))));
        if (a[y] < 1.0) {
          lines.add(Equation.of(Expr.sym("C"), symbolic, Expr.negate(Expr.call(Fn.LN, Value.of(a[y]))),
              Value.of(t.cost())));
        } else {
          lines.add(Equation.of(Expr.sym("C"), symbolic, Value.of(t.cost())));
          lines.add(Equation.of(Expr.words("a" + Equations.sup(b) + " rounds to 1, so the code computes"
              + " -ln a = ln Σ e^z - z from z")));
        }
      };
    };
    cost.run();
    return Formula.of(lines);
  }
}
