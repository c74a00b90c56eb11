package dev.glassbox.trace;

import static dev.glassbox.trace.Equations.sub;
import static dev.glassbox.trace.Equations.sup;

/**
 * The SGD update of one layer on a mini-batch of one (m = 1): w → (1 - ηλ/n) w - η ∂C/∂w,
 * b → b - η ∂C/∂b; with λ = 0 Nielsen's w → w - η ∂C/∂w. With momentum the velocity starts at zero,
 * so v = -η ∂C/∂w - (ηλ/n) w and w + v is the same step.
 */
final class UpdateText {
  private UpdateText() {}

  static String equation(Trace t, int b) {
    String w = "w" + sup(b);
    String bb = "b" + sup(b);
    String decay = t.lambda > 0 ? "(1 - ηλ/n) " : "";
    String eq = w + " → " + decay + w + " - η ∂C/∂" + w + ", " + bb + " → " + bb + " - η ∂C/∂" + bb;
    if (t.momentum > 0) {
      eq += " (momentum: v → μv - η ∂C/∂w" + (t.lambda > 0 ? " - (ηλ/n) w" : "") + ", w → w + v; v starts at 0)";
    }
    return eq;
  }

  static String substituted(Step s) {
    Trace t = s.trace();
    int l = s.layer();
    int b = s.bookLayer();
    int in = t.sizes[l - 1];
    int out = t.sizes[l];
    double decay = 1.0 - t.eta * t.lambda / Math.max(1, t.n);
    StringBuilder sb = new StringBuilder("η = " + Num.format(t.eta));
    if (t.lambda > 0) {
      sb.append(", λ = ").append(Num.format(t.lambda)).append(", n = ").append(t.n);
    }
    if (t.momentum > 0) {
      sb.append(", μ = ").append(Num.format(t.momentum));
    }
    sb.append(": largest changes ");
    // the weights that moved most are those with the largest gradient
    int[] top = Terms.largest(in * out, i -> t.nablaW[l][i], 2);
    for (int i = 0; i < top.length; i++) {
      int k = top[i] / out;
      int j = top[i] % out;
      sb.append(i == 0 ? "" : ", ").append("w").append(sup(b))
          .append(sub(Integer.toString(j), Integer.toString(k))).append(": ");
      appendUpdate(sb, t.lambda > 0 ? decay : 1, t.before.weight(l, j, k), t.eta,
          t.nablaW(l, j, k), t.after.weight(l, j, k));
    }
    int[] topB = Terms.largest(out, j -> t.nablaB[l][j], 1);
    for (int j : topB) {
      sb.append(top.length > 0 ? ", " : "").append("b").append(sup(b))
          .append(sub(Integer.toString(j))).append(": ");
      appendUpdate(sb, 1, t.before.bias(l, j), t.eta, t.nablaB[l][j], t.after.bias(l, j));
    }
    if (top.length == 0 && topB.length == 0) {
      sb.append("none (every gradient of this layer is 0)");
    }
    return sb.toString();
  }

  private static void appendUpdate(StringBuilder sb, double decay, double before, double eta,
      double grad, double after) {
    if (decay != 1) {
      sb.append(Num.format(decay)).append("×");
    }
    sb.append(Num.format(before)).append(" - ").append(Num.format(eta)).append("×")
        .append(Num.format(grad)).append(" = ").append(Num.format(after));
  }
}
