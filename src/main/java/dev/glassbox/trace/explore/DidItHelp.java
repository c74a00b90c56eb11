package dev.glassbox.trace.explore;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Formula;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.UpdateText;
import java.util.ArrayList;
import java.util.List;

/**
 * "Did it help?" for one traced SGD step: the cost of the same image before and after the update
 * (C' from the same x forward again through the updated weights, {@link Trace#costAfter}), the
 * actual change ΔC = C' - C, and the first-order prediction from the trace's own gradients,
 * ΔC ≈ ∇C · Δθ = -(η/m) ‖∇C‖² with m = 1, where ‖∇C‖² sums (∂C/∂θ)² over every weight and bias
 * (with L2 regularisation the decay's part, -(ηλ/n) Σ w ∂C/∂w, is added). The equations are checked
 * {@link Formula}s; a sentence says why the two changes differ.
 */
public final class DidItHelp {
  /** The mini-batch size of a traced step: one sample. */
  static final int M = UpdateText.M;
  /** |actual / predicted - 1| up to which the two count as agreeing. */
  static final double AGREE = 0.1;

  private final Trace t;
  private final double[] normW;
  private final double[] normB;
  private final double normSquared;
  private final double decayDot;
  private Formula formula;
  private Value shownBefore;
  private Value shownAfter;

  /** The numbers of the step {@code t} recorded. */
  public DidItHelp(Trace t) {
    this.t = t;
    int layers = t.layers();
    normW = new double[layers];
    normB = new double[layers];
    double sum = 0;
    double dot = 0;
    for (int l = 1; l < layers; l++) {
      int out = t.size(l);
      int in = t.size(l - 1);
      ParameterView w = t.before();
      // k outer, j inner: the network layout's order, so the sums add up in the trainer's order
      for (int k = 0; k < in; k++) {
        for (int j = 0; j < out; j++) {
          double g = t.nablaW(l, j, k);
          normW[l] += g * g;
          dot += w.weight(l, j, k) * g;
        }
      }
      for (double g : t.nablaB(l)) {
        normB[l] += g * g;
      }
      sum += normW[l] + normB[l];
    }
    this.normSquared = sum;
    this.decayDot = dot;
  }

  /** The step. */
  public Trace trace() {
    return t;
  }

  /** C before the step. */
  public double costBefore() {
    return t.cost();
  }

  /** C' after the step: the same x forward again through the updated weights. */
  public double costAfter() {
    return t.costAfter();
  }

  /** The actual change ΔC = C' - C. */
  public double actualChange() {
    return t.costAfter() - t.cost();
  }

  /** ‖∇C‖²: the sum of (∂C/∂w)² and (∂C/∂b)² over every weight and bias of the network. */
  public double gradientNormSquared() {
    return normSquared;
  }

  /** ‖∂C/∂w^l‖² (code layer l ≥ 1). */
  public double weightGradientNormSquared(int l) {
    return normW[l];
  }

  /** ‖∂C/∂b^l‖² (code layer l ≥ 1). */
  public double biasGradientNormSquared(int l) {
    return normB[l];
  }

  /**
   * The first-order prediction ∇C · Δθ: -(η/m) ‖∇C‖², and with λ > 0 also -(ηλ/n) Σ w ∂C/∂w (the
   * weight decay's part of the step).
   */
  public double predictedChange() {
    double p = -(t.eta() / M) * normSquared;
    return t.lambda() > 0 ? p - (t.eta() * t.lambda() / t.trainingSetSize()) * decayDot : p;
  }

  /** Whether the step lowered the cost. */
  public boolean helped() {
    return t.costAfter() < t.cost();
  }

  /** Whether the prediction is within {@value #AGREE} (relative) of the actual change. */
  public boolean agrees() {
    double p = predictedChange();
    return p != 0 && Math.abs(actualChange() / p - 1) <= AGREE;
  }

  /**
   * The equations with this step's numbers, each checked: ΔC = C' - C; ‖∇C‖² by layer; the
   * prediction -(η/m) ‖∇C‖²; and the actual change as a fraction of the predicted one.
   */
  public Formula formula() {
    if (formula == null) {
      formula = build();
    }
    return formula;
  }

  private Formula build() {
    List<Equation> lines = new ArrayList<>();
    Value before = Value.of(t.cost());
    Value after = Value.of(t.costAfter());
    shownBefore = before;
    shownAfter = after;
    Value actual = Value.of(actualChange());
    Expr dC = Expr.raw("\\Delta C", "ΔC");
    Expr cPrime = Expr.sym("C'");
    lines.add(Equation.of(dC, Expr.minus(cPrime, Expr.sym("C")), Expr.minus(after, before), actual));
    // ‖∇C‖² = Σ_l (‖∂C/∂w^l‖² + ‖∂C/∂b^l‖²), one term per layer and kind
    List<Expr> terms = new ArrayList<>();
    for (int l = 1; l < t.layers(); l++) {
      terms.add(Value.of(normW[l]));
      terms.add(Value.of(normB[l]));
    }
    Value norm = Value.of(normSquared);
    lines.add(Equation.of(normSymbol(), byLayer(), Expr.sum(terms, null, 0), norm));
    Value eta = Value.exact(t.eta());
    Value m = Value.exact(M);
    Value predicted = Value.of(predictedChange());
    Expr symbols = Expr.negate(Expr.juxt(Expr.frac(Expr.sym("η"), Expr.sym("m")), normSymbol()));
    Expr numbers = Expr.negate(Expr.times(Expr.frac(eta, m), norm));
    if (t.lambda() > 0) {
      Expr decay = Expr.frac(Expr.juxt(Expr.sym("η"), Expr.sym("λ")), Expr.sym("n"));
      symbols = Expr.minus(symbols, Expr.juxt(decay, Expr.raw("\\sum w\\,\\frac{\\partial C}{\\partial w}", "Σ w ∂C/∂w")));
      numbers = Expr.minus(numbers, Expr.times(Expr.frac(Expr.times(eta, Value.exact(t.lambda())), Value.exact(t.trainingSetSize())),
          Value.of(decayDot)));
    }
    lines.add(Equation.of(predictedSymbol(), symbols, numbers, predicted));
    if (predictedChange() != 0) {
      lines.add(Equation.of(Expr.frac(dC, predictedSymbol()), Expr.frac(actual, predicted),
          Value.of(actualChange() / predictedChange())));
    }
    return Formula.of(lines);
  }

  /** ‖∇C‖². */
  static Expr normSymbol() {
    return Expr.raw("\\|\\nabla C\\|^{2}", "‖∇C‖²");
  }

  /** The first-order prediction of ΔC, ∇C · Δθ. */
  static Expr predictedSymbol() {
    return Expr.raw("\\Delta C_{\\mathrm{pred}}", "ΔC_pred");
  }

  private Expr byLayer() {
    return Expr.raw("\\sum_{l}\\left(\\left\\|\\frac{\\partial C}{\\partial w^{l}}\\right\\|^{2}"
        + "+\\left\\|\\frac{\\partial C}{\\partial b^{l}}\\right\\|^{2}\\right)", "Σₗ (‖∂C/∂wˡ‖² + ‖∂C/∂bˡ‖²)");
  }

  /** The headline: "C = 0.7839 → C' = 0.2402 after the step: it helped" (the digits of the formula). */
  public String headline() {
    formula();
    return "C = " + shownBefore.text() + " → C' = " + shownAfter.text() + (helped() ? ": the step lowered the cost"
        : t.costAfter() == t.cost() ? ": the cost did not change" : ": the step raised the cost");
  }

  /** C before the step as the formula shows it (its digits fitted). */
  public Value shownCostBefore() {
    formula();
    return shownBefore;
  }

  /** C' after the step as the formula shows it. */
  public Value shownCostAfter() {
    formula();
    return shownAfter;
  }

  /**
   * Why the prediction and the actual change differ (or agree), in one or two sentences with this
   * step's η: the prediction follows the slope at the start of the step and holds for short steps.
   */
  public String why() {
    String eta = Value.exact(t.eta()).text();
    double p = predictedChange();
    if (p == 0) {
      return "Every gradient is 0, so the prediction is 0: the step changes nothing.";
    }
    if (agrees()) {
      return "They agree: this step (η = " + eta + ") is short enough for C to follow its slope, which is"
          + " all the first-order prediction knows.";
    }
    String below = t.cost() + p < 0 ? " Here the slope alone would take C below 0, which no cost can reach." : "";
    return "The prediction follows C's slope at the start of the step, as if C were a straight line; that"
        + " holds for short steps only. With η = " + eta + " this step is long enough for C to bend, so the"
        + " actual change differs." + below + " A smaller η (step --eta) brings the two together.";
  }
}
