package dev.glassbox.trace.explain;

import static dev.glassbox.trace.explain.Symbols.a;
import static dev.glassbox.trace.explain.Symbols.bias;
import static dev.glassbox.trace.explain.Symbols.delta;
import static dev.glassbox.trace.explain.Symbols.weight;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Formula;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.MiniBatch;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arithmetic of one SGD step on a {@link MiniBatch} for one neuron j of layer l, in the book's
 * notation: each sample's ∂C_x/∂w_{jk} = a_k δ_j, their sum Σ_x, the mean (1/m) Σ_x, the change
 * Δw = -(η/m) Σ_x ∂C_x/∂w and w' = w + Δw; the same for the bias b_j. Every number is read from
 * the batch (the training code's), and the lines are one {@link Formula}, so each value shows the
 * digits its equations need to check. The window, the terminal and {@code trace --batch} show
 * these lines.
 */
public final class BatchText {
  private BatchText() {}

  /** One parameter across the batch: the values the lines show, shared with the bars that draw them. */
  public record Column(List<Value> samples, Value sum, Value mean, Value change, Value before, Value after) {}

  /**
   * The lines for neuron {@code neuron} of layer {@code layer} (code numbering) and its incoming
   * weight from {@code input}: one BP4 line per sample, then the weight's sum, mean, change and new
   * value, then the bias's.
   */
  public record View(int layer, int neuron, int input, Column weight, Column bias, List<Equation> perSample,
      List<Equation> weightLines, List<Equation> biasLines, Formula formula) {}

  /** The lines for neuron j of layer l (code numbering, l ≥ 1) and its weight from neuron k of layer l-1. */
  public static View of(MiniBatch b, int l, int j, int k) {
    int m = b.size();
    int book = l + 1;
    String sj = Integer.toString(j);
    String sk = Integer.toString(k);
    Expr w = weight(book, sj, sk);
    Expr bj = bias(book, sj);
    List<Value> gw = new ArrayList<>();
    List<Value> gb = new ArrayList<>();
    List<Equation> perSample = new ArrayList<>();
    for (int s = 0; s < m; s++) {
      Trace t = b.sample(s);
      Value g = Value.of(b.nablaW(s, l, j, k));
      Value d = Value.of(b.nablaB(s, l, j));
      gw.add(g);
      gb.add(d);
      // BP4 for this image alone: the same δ shows as its ∂C_x/∂b
      perSample.add(Equation.of(Expr.juxt(Expr.words("image " + t.sampleIndex()), Expr.partial(Expr.sym("C", null, "x"), w)),
          Expr.juxt(a(book - 1, sk), delta(book, sj)), Expr.times(Value.of(t.a(l - 1, k)), d), g));
    }
    Column cw = new Column(gw, Value.of(b.nablaWSum(l, j, k)), Value.of(b.nablaWMean(l, j, k)),
        Value.of(b.weightChange(l, j, k)), Value.of(b.weightBefore(l, j, k), UpdateText.PARAMETER_DIGITS),
        Value.of(b.weightAfter(l, j, k), UpdateText.PARAMETER_DIGITS));
    Column cb = new Column(gb, Value.of(b.nablaBSum(l, j)), Value.of(b.nablaBMean(l, j)),
        Value.of(b.biasChange(l, j)), Value.of(b.biasBefore(l, j), UpdateText.PARAMETER_DIGITS),
        Value.of(b.biasAfter(l, j), UpdateText.PARAMETER_DIGITS));
    List<Equation> wl = lines(b, w, cw, b.lambda() > 0);
    List<Equation> bl = lines(b, bj, cb, false);
    List<Equation> all = new ArrayList<>(perSample);
    all.addAll(wl);
    all.addAll(bl);
    return new View(l, j, k, cw, cb, perSample, wl, bl, Formula.of(all));
  }

  // Σ_x ∂C_x/∂p, the mean, Δp = -(η/m) Σ_x ∂C_x/∂p (less (ηλ/n) p when decayed), p' = p + Δp
  private static List<Equation> lines(MiniBatch b, Expr p, Column c, boolean decay) {
    int m = b.size();
    Expr sumSymbol = Expr.sumOver("x", Expr.partial(Expr.sym("C", null, "x"), p));
    Expr etaOverM = Expr.frac(Expr.sym("η"), Expr.sym("m"));
    Value eta = Value.exact(b.eta());
    Value mm = Value.exact(m);
    List<Equation> out = new ArrayList<>();
    out.add(Equation.of(sumSymbol, Expr.sum(new ArrayList<>(c.samples()), null, 0), c.sum()));
    out.add(Equation.of(Expr.partial(Expr.sym("C"), p), Expr.juxt(Expr.frac(Expr.raw("1", "1"), Expr.sym("m")),
        sumSymbol), Expr.frac(c.sum(), mm), c.mean()));
    Expr step = Expr.times(Expr.frac(eta, mm), c.sum());
    if (decay) {
      Expr rate = Expr.frac(Expr.juxt(Expr.sym("η"), Expr.sym("λ")), Expr.sym("n"));
      Expr rateNumbers = Expr.frac(Expr.times(eta, Value.exact(b.lambda())), Value.exact(b.trainingSetSize()));
      out.add(Equation.of(Equations.change(p), Expr.minus(Expr.negate(Expr.juxt(rate, p)), Expr.juxt(etaOverM, sumSymbol)),
          Expr.minus(Expr.negate(Expr.times(rateNumbers, c.before())), step), c.change()));
    } else {
      // the step is η times the mean: dividing by m keeps its size whatever the batch size
      out.add(Equation.of(Equations.change(p), Expr.negate(Expr.juxt(etaOverM, sumSymbol)), Expr.negate(step),
          Expr.negate(Expr.times(eta, c.mean())), c.change()));
    }
    out.add(Equation.of(primed(p), Expr.plus(p, Equations.change(p)), Expr.plus(c.before(), c.change()), c.after()));
    return out;
  }

  // w^2_{5,300} → w'^2_{5,300}
  private static Expr primed(Expr p) {
    return Expr.raw(p.latex().replaceFirst("^([a-z])", "$1'"), p.text().replaceFirst("^([a-z])", "$1'"));
  }

  /**
   * The neuron shown when none is chosen: the one of the first hidden layer (the output layer for a
   * network without one) whose bias the batch moves most, the largest |Σ_x ∂C_x/∂b_j|; its incoming
   * weights are the pixels, so its gradients draw as images. Returns {layer, neuron}.
   */
  public static int[] defaultNeuron(MiniBatch b) {
    int l = 1;
    int best = 0;
    for (int j = 1; j < b.layerSize(l); j++) {
      if (Math.abs(b.nablaBSum(l, j)) > Math.abs(b.nablaBSum(l, best))) {
        best = j;
      }
    }
    return new int[] {l, best};
  }

  /**
   * The incoming weight shown for neuron j of layer l: the k of largest |Σ_x ∂C_x/∂w_{jk}|, the
   * weight the batch moves most (the first of equals; 0 when all are 0).
   */
  public static int defaultInput(MiniBatch b, int l, int j) {
    int best = 0;
    for (int k = 1; k < b.layerSize(l - 1); k++) {
      if (Math.abs(b.nablaWSum(l, j, k)) > Math.abs(b.nablaWSum(l, j, best))) {
        best = k;
      }
    }
    return best;
  }

  /**
   * The batch in plain text for a terminal: one row per image (its label, the prediction and its
   * cost), then the lines of {@code v}.
   */
  public static String text(MiniBatch b, View v, String setName) {
    StringBuilder sb = new StringBuilder();
    int m = b.size();
    int first = b.sample(0).sampleIndex();
    int last = b.sample(m - 1).sampleIndex();
    sb.append(String.format(Locale.ROOT, "mini-batch of m = %d %s images %d-%d; mean cost C = %s; η = %s%n", m,
        setName, first, last, Value.of(b.meanCost()).text(), Value.exact(b.eta()).text()));
    sb.append("  image  label  predicted  C\n");
    for (int s = 0; s < m; s++) {
      Trace t = b.sample(s);
      sb.append(String.format(Locale.ROOT, "  %5d  %5d  %5d %s  %s%n", t.sampleIndex(), t.label(), t.predicted(),
          t.predicted() == t.label() ? "✓" : "✗", Value.of(t.cost()).text()));
    }
    int book = v.layer() + 1;
    sb.append(String.format(Locale.ROOT, "neuron %d of layer %d, its weight from neuron %d of layer %d:%n",
        v.neuron(), book, v.input(), book - 1));
    for (Equation e : v.perSample()) {
      sb.append("  ").append(e.text()).append('\n');
    }
    for (Equation e : v.weightLines()) {
      sb.append("  ").append(e.text()).append('\n');
    }
    sb.append("its bias:\n");
    for (Equation e : v.biasLines()) {
      sb.append("  ").append(e.text()).append('\n');
    }
    return sb.toString();
  }
}
