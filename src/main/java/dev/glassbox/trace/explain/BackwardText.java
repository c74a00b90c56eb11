package dev.glassbox.trace.explain;

import static dev.glassbox.trace.explain.Symbols.a;
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
import dev.glassbox.notation.Value;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * BP1-BP4 as equations, in symbols and with the trace's numbers. Every number shown is one the
 * training code computed (the softmax parts of BP1 come from {@link Cost#softmaxParts}), or the
 * arithmetic of the line that shows it.
 */
final class BackwardText {
  private BackwardText() {}

  /** The form BP1 takes for the trace's cost and output activation. */
  private enum Bp1 {
    /** δ^L = a^L - y: cross-entropy + sigmoid, log-likelihood + softmax. */
    SIMPLE,
    /** δ^L = (a^L - y) ⊙ σ'(z^L): the quadratic cost with an element-wise output. */
    ELEMENTWISE,
    /** δ_j = r_j - a_j Σ_i r_i with r_i = a_i ∂C/∂a_i: cross-entropy + softmax. */
    SOFTMAX_CROSS_ENTROPY,
    /** δ_j = a_j (g_j - Σ_i a_i g_i) with g = ∇_a C: quadratic + softmax. */
    SOFTMAX_QUADRATIC;

    static Bp1 of(Trace t) {
      Activation out = t.activationFunction(t.outputLayer());
      Cost c = t.costFunction();
      if (c.simpleDelta(out)) {
        return SIMPLE;
      }
      if (out.elementwise()) {
        return ELEMENTWISE;
      }
      return switch (c) {
        case CROSS_ENTROPY -> SOFTMAX_CROSS_ENTROPY;
        case QUADRATIC -> SOFTMAX_QUADRATIC;
        case LOG_LIKELIHOOD -> SIMPLE; // with softmax, δ^L = a^L - y (simpleDelta said so above)
      };
    }
  }

  /** BP1 in symbols, for neuron {@code j} ("j" or a number), or the whole layer. */
  static Equation outputErrorEquation(Trace t, String j, boolean layer) {
    int b = t.outputLayer() + 1;
    String i = layer ? null : j;
    Expr d = delta(b, i);
    Expr aj = a(b, i);
    Expr yj = Symbols.y(i);
    return switch (Bp1.of(t)) {
      case SIMPLE -> Equation.of(d, Expr.minus(aj, yj));
      case ELEMENTWISE -> {
        dev.glassbox.notation.Fn f = Symbols.prime(t.activationFunction(b - 1));
        yield layer
            ? Equation.of(d, Expr.hadamard(Expr.paren(Expr.minus(aj, yj)), Expr.call(f, z(b, null))))
            : Equation.of(d, Expr.juxt(Expr.paren(Expr.minus(aj, yj)), Expr.call(f, z(b, i))));
      }
      case SOFTMAX_CROSS_ENTROPY -> Equation.of(delta(b, j), Expr.minus(Expr.sym("r", null, j),
          Expr.juxt(a(b, j), Expr.sumOver("i", Expr.sym("r", null, "i")))));
      case SOFTMAX_QUADRATIC -> Equation.of(delta(b, j), Expr.juxt(a(b, j), Expr.paren(Expr.minus(
          Expr.partial(Expr.sym("C"), a(b, j)), Expr.sumOver("i", Expr.juxt(a(b, "i"),
              Expr.partial(Expr.sym("C"), a(b, "i"))))))));
    };
  }

  // BP3: ∂C/∂b = δ, for one neuron (j ≥ 0) or the whole layer (j < 0)
  static Formula biasGradient(Trace t, int l, int j, int b) {
    if (j < 0) {
      return Formula.of(Equation.of(dCdb(b, null), delta(b, null), Shown.vector(t.nablaB(l),
          Shown.layer(t, l))));
    }
    String sj = Integer.toString(j);
    return Formula.of(Equation.of(dCdb(b, sj), delta(b, sj), Value.of(t.nablaB(l, j))));
  }

  // BP1 for one neuron (j ≥ 0) or the whole output layer (j < 0)
  static Formula outputError(Trace t, int j) {
    int last = t.outputLayer();
    int b = last + 1;
    int n = t.size(last);
    double[] as = t.a(last);
    boolean layer = j < 0;
    int[] idx = layer ? Shown.layer(t, last) : new int[] {j};
    String sj = layer ? null : Integer.toString(j);
    Expr aShown = layer ? Shown.vector(as, idx) : Value.of(as[j]);
    Expr yShown = layer ? Shown.target(t.label(), n, idx) : Value.exact(j == t.label() ? 1 : 0);
    Expr result = layer ? Shown.vector(t.delta(last), idx) : Value.of(t.delta(last, j));
    List<Equation> lines = new ArrayList<>();
    // a switch expression, so the compiler checks every case: a new BP1 form must show its equations here
    Runnable bp1 = switch (Bp1.of(t)) {
      case SIMPLE -> () -> lines.add(Equation.of(delta(b, sj), Expr.minus(a(b, sj), Symbols.y(sj)),
          Expr.minus(aShown, yShown), result));
      case ELEMENTWISE -> () -> {
        Activation out = t.activationFunction(last);
        double[] prime = new double[n];
        for (int i = 0; i < n; i++) {
          prime[i] = out.derivative(t.z(last, i), as[i]);
        }
        Expr zShown = layer ? Shown.vector(t.z(last), idx) : Value.of(t.z(last, j));
        Expr primeShown = layer ? Shown.vector(prime, idx) : Value.of(prime[j]);
        Expr fPrime = Expr.call(Symbols.prime(out), z(b, sj));
        lines.add(Equation.of(fPrime, Expr.call(Symbols.prime(out), zShown), primeShown));
        lines.add(Equation.of(delta(b, sj), layer
            ? Expr.hadamard(Expr.paren(Expr.minus(aShown, yShown)), primeShown)
            : Expr.times(Expr.paren(Expr.minus(aShown, yShown)), primeShown), result));
      };
      case SOFTMAX_CROSS_ENTROPY, SOFTMAX_QUADRATIC -> () -> {
        boolean ce = Bp1.of(t) == Bp1.SOFTMAX_CROSS_ENTROPY;
        double[] parts = new double[n];
        double sum = t.costFunction().softmaxParts(t.z(last), as, 0, n, t.label(), parts);
        List<Expr> terms = new ArrayList<>();
        List<Value> partValues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          Value p = Value.of(parts[i]);
          partValues.add(p);
          terms.add(ce ? p : Expr.times(i == j ? (Value) aShown : Value.of(as[i]), p));
        }
        Value sumShown = Value.of(sum);
        Expr name = ce ? Expr.sumOver("i", Expr.sym("r", null, "i"))
            : Expr.sumOver("i", Expr.juxt(a(b, "i"), Expr.partial(Expr.sym("C"), a(b, "i"))));
        lines.add(Equation.of(name, Expr.sum(terms, null, 0), sumShown));
        Expr partsShown = layer ? Expr.vector(pick(partValues, idx), idx, n) : partValues.get(j);
        Expr rhs = ce
            ? Expr.minus(partsShown, Expr.times(aShown, sumShown))
            : layer ? Expr.hadamard(aShown, Expr.paren(Expr.minus(partsShown, sumShown)))
                : Expr.times(aShown, Expr.paren(Expr.minus(partsShown, sumShown)));
        lines.add(Equation.of(delta(b, sj), rhs, result));
        lines.add(Equation.of(Expr.words(ce
            ? "r_i = a_i ∂C/∂a_i = (a_i - y_i)/(1 - a_i), computed by the code from z (no 0/0 when a_i rounds to 1)"
            : "∂C/∂a_i = a_i - y_i for the quadratic cost")));
      };
    };
    bp1.run();
    return Formula.of(lines);
  }

  private static List<Value> pick(List<Value> all, int[] idx) {
    List<Value> out = new ArrayList<>();
    for (int i : idx) {
      out.add(all.get(i));
    }
    return out;
  }

  // BP2 for the whole layer: (w^{l+1})^T δ^{l+1}, σ'(z^l), their product, at the largest |δ|; with
  // dropout also ⊙ mask^l
  static Formula deltaLayer(Trace t, int l, int b) {
    int n = t.size(l);
    int next = t.size(l + 1);
    int[] idx = Shown.layer(t, l);
    double[] sums = new double[n];
    double[] prime = new double[n];
    Activation act = t.activationFunction(l);
    for (int j : idx) {
      double s = 0;
      for (int k = 0; k < next; k++) {
        s += t.before().weight(l + 1, k, j) * t.delta(l + 1, k);
      }
      sums[j] = s;
    }
    for (int j = 0; j < n; j++) {
      prime[j] = t.activationDerivative(l, j);
    }
    Expr sumsShown = Shown.vector(sums, idx);
    Expr primeShown = Shown.vector(prime, idx);
    Expr transposed = Expr.juxt(Equations.transposed(b + 1), delta(b + 1, null));
    Expr product = Expr.hadamard(sumsShown, primeShown);
    if (t.masked(l)) {
      product = Expr.hadamard(product, Shown.mask(t, l, idx));
    }
    return Formula.of(
        Equation.of(transposed, sumsShown),
        Equation.of(Expr.call(Symbols.prime(act), z(b, null)), Expr.call(Symbols.prime(act), Shown.vector(t.z(l), idx)),
            primeShown),
        Equation.of(delta(b, null), product, Shown.vector(t.delta(l), idx)));
  }

  // BP2 for one neuron: δ^l_j = (Σ_k w^{l+1}_kj δ^{l+1}_k) σ'(z^l_j), in three lines; with dropout
  // also × mask^l_j
  static Formula deltaNeuron(Trace t, int l, int j, int b) {
    int next = t.size(l + 1);
    double[] dNext = t.delta(l + 1);
    String sj = Integer.toString(j);
    Expr terms = Terms.sum(next, k -> t.before().weight(l + 1, k, j), k -> dNext[k]);
    double total = 0;
    for (int k = 0; k < next; k++) {
      total += t.before().weight(l + 1, k, j) * dNext[k];
    }
    Value sum = Value.of(total);
    Activation act = t.activationFunction(l);
    Value prime = Value.of(t.activationDerivative(l, j));
    Expr sumName = Expr.sumOver("k", Expr.juxt(weight(b + 1, "k", sj), delta(b + 1, "k")));
    Expr product = Expr.times(sum, prime);
    if (t.masked(l)) {
      product = Expr.times(product, Shown.mask(t, l, j));
    }
    return Formula.of(
        Equation.of(sumName, terms, sum),
        Equation.of(Expr.call(Symbols.prime(act), z(b, sj)), Expr.call(Symbols.prime(act), Value.of(t.z(l, j))), prime),
        Equation.of(delta(b, sj), product, Value.of(t.delta(l, j))));
  }

  // BP4 for a whole layer: its three largest entries, and how many are 0
  static Formula weightGradientLayer(Trace t, int l, int b) {
    int in = t.size(l - 1);
    int out = t.size(l);
    double[] g = t.nablaWFlat(l);
    int zeros = 0;
    for (double v : g) {
      if (v == 0) {
        zeros++;
      }
    }
    List<Equation> lines = new ArrayList<>();
    lines.add(Equation.of(Expr.words(out + "×" + in + " gradients, one per weight; the largest:")));
    for (int i : Terms.largest(g.length, i -> g[i], Terms.SHOWN)) {
      int k = i / out;
      int j = i % out;
      lines.add(entry(t, l, b, j, k, Value.of(t.delta(l, j))));
    }
    lines.add(Equation.of(Expr.words(zeros + " of " + g.length + " are 0 (where a" + Equations.sup(b - 1)
        + "_k = 0 or δ" + Equations.sup(b) + "_j = 0)")));
    return Formula.of(lines);
  }

  // one entry ∂C/∂w^l_jk = a^{l-1}_k δ^l_j with its numbers
  private static Equation entry(Trace t, int l, int b, int j, int k, Value dj) {
    String sj = Integer.toString(j);
    String sk = Integer.toString(k);
    return Equation.of(dCdw(b, sj, sk), Expr.juxt(a(b - 1, sk), delta(b, sj)),
        Expr.times(Value.of(t.a(l - 1, k)), dj), Value.of(t.nablaW(l, j, k)));
  }

  // BP4 for one neuron's incoming weights: the largest three, and why the others are small or 0
  static Formula weightGradientRow(Trace t, int l, int j, int b) {
    int in = t.size(l - 1);
    double[] prev = t.a(l - 1);
    double dj = t.delta(l, j);
    String sj = Integer.toString(j);
    Value djShown = Value.of(dj);
    List<Equation> lines = new ArrayList<>();
    int[] top = Terms.largest(in, k -> t.nablaW(l, j, k), Terms.SHOWN);
    for (int k : top) {
      lines.add(entry(t, l, b, j, k, djShown));
    }
    int zeros = 0;
    for (double v : prev) {
      if (v == 0) {
        zeros++;
      }
    }
    String rest = (in - top.length) + " more";
    if (dj == 0) {
      rest += ", all 0 because δ" + Equations.sup(b) + Expr.sym("", null, sj).text() + " = 0";
    } else if (zeros > 0) {
      rest += " (" + zeros + " of the " + in + " are 0 because a" + Equations.sup(b - 1) + "_k = 0)";
    }
    lines.add(Equation.of(Expr.words(rest)));
    return Formula.of(lines);
  }
}
