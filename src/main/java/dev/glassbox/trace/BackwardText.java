package dev.glassbox.trace;

import static dev.glassbox.trace.Equations.fn;
import static dev.glassbox.trace.Equations.sub;
import static dev.glassbox.trace.Equations.sup;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;

/** BP1-BP4 as equations, symbolic and with the trace's numbers. */
final class BackwardText {
  private BackwardText() {}

  /**
   * BP1 for the trace's cost and output activation: δ^L = a^L - y for cross-entropy + sigmoid and
   * log-likelihood + softmax; (a^L - y) ⊙ σ'(z^L) for the quadratic cost with an element-wise σ;
   * the softmax Jacobian J^T ∇_a C otherwise.
   */
  static String outputErrorEquation(Trace t, String j) {
    Activation out = t.activation[t.outputLayer()];
    Cost c = t.costFunction;
    String i = j == null ? "" : sub(j);
    if (c.simpleDelta(out)) {
      return j == null ? "δ^L = a^L - y" : "δ^L" + i + " = a^L" + i + " - y" + i;
    }
    if (out.elementwise()) {
      // only the quadratic cost allows an element-wise output other than sigmoid + cross-entropy
      String f = fn(out) + "'";
      return j == null
          ? "δ^L = (a^L - y) ⊙ " + f + "(z^L)"
          : "δ^L" + i + " = (a^L" + i + " - y" + i + ") " + f + "(z^L" + i + ")";
    }
    String grad = c == Cost.QUADRATIC ? "∂C/∂a^L_i = a^L_i - y_i" : "∂C/∂a^L_i = (a^L_i - y_i) / (a^L_i (1 - a^L_i))";
    String jj = j == null ? "j" : j;
    return "δ^L" + sub(jj) + " = Σ_i ∂C/∂a^L_i ∂a^L_i/∂z^L" + sub(jj) + " = a^L" + sub(jj)
        + " (∂C/∂a^L" + sub(jj) + " - Σ_i a^L_i ∂C/∂a^L_i), " + grad;
  }

  static String substituted(Step s) {
    Trace t = s.trace();
    int l = s.layer();
    int j = s.neuron();
    int b = s.bookLayer();
    switch (s.kind()) {
      case OUTPUT_ERROR:
        return j < 0 ? outputErrorLayer(t, b) : outputErrorNeuron(t, j, b);
      case BACKPROP_DELTA:
        return j < 0 ? deltaLayer(t, l, b) : deltaNeuron(t, l, j, b);
      case BIAS_GRADIENT:
        return j < 0
            ? "∂C/∂b" + sup(b) + " = δ" + sup(b) + " = " + Num.vector(t.nablaB[l])
            : "∂C/∂b" + sup(b) + sub(Integer.toString(j)) + " = δ" + sup(b) + sub(Integer.toString(j))
                + " = " + Num.format(t.nablaB[l][j]);
      case WEIGHT_GRADIENT:
        return j < 0 ? weightGradientLayer(t, l, b) : weightGradientRow(t, l, j, b);
      default:
        throw new AssertionError(s.kind());
    }
  }

  private static String outputErrorLayer(Trace t, int b) {
    int last = t.outputLayer();
    Activation out = t.activation[last];
    String a = Num.vector(t.a[last], 4);
    String y = "e_" + t.label;
    String middle;
    if (t.costFunction.simpleDelta(out)) {
      middle = a + " - " + y;
    } else if (out.elementwise()) {
      middle = "(" + a + " - " + y + ") ⊙ " + fn(out) + "'(" + Num.vector(t.z[last], 4) + ")";
    } else {
      middle = "J^T ∇_a C";
    }
    return "L = " + b + ": δ^L = " + middle + " = " + Num.vector(t.delta[last], 10);
  }

  private static String outputErrorNeuron(Trace t, int j, int b) {
    int last = t.outputLayer();
    Activation out = t.activation[last];
    Cost c = t.costFunction;
    double a = t.a[last][j];
    double y = j == t.label ? 1 : 0;
    String lhs = "δ" + sup(b) + sub(Integer.toString(j)) + " = ";
    String result = " = " + Num.format(t.delta[last][j]);
    if (c.simpleDelta(out)) {
      return lhs + Num.format(a) + " - " + Num.format(y) + result;
    }
    if (out.elementwise()) {
      double z = t.z[last][j];
      double d = out.derivative(z, a);
      return lhs + "(" + Num.format(a) + " - " + Num.format(y) + ") × " + fn(out) + "'(" + Num.format(z)
          + ") = " + Num.format(a - y) + " × " + Num.format(d) + result;
    }
    // softmax Jacobian: δ_j = a_j (g_j - Σ_i a_i g_i), g = ∇_a C
    double[] as = t.a[last];
    double dot = 0;
    for (int i = 0; i < as.length; i++) {
      dot += c.gradient(as[i], i == t.label) * as[i];
    }
    return lhs + Num.format(a) + " × (" + Num.format(c.gradient(a, j == t.label)) + " - "
        + Num.format(dot) + ")" + result;
  }

  private static String deltaLayer(Trace t, int l, int b) {
    String f = fn(t.activation[l]) + "'";
    return "δ" + sup(b) + " = ((w" + sup(b + 1) + ")^T " + Num.vector(t.delta[l + 1], 4) + ") ⊙ " + f
        + "(" + Num.vector(t.z[l], 4) + ") = " + Num.vector(t.delta[l]);
  }

  // BP2 for one neuron: δ^l_j = (Σ_k w^{l+1}_kj δ^{l+1}_k) σ'(z^l_j)
  private static String deltaNeuron(Trace t, int l, int j, int b) {
    int next = t.sizes[l + 1];
    double[] dNext = t.delta[l + 1];
    String terms = Terms.sum(next, k -> t.before.weight(l + 1, k, j), k -> dNext[k]);
    double sum = Terms.total(next, k -> t.before.weight(l + 1, k, j), k -> dNext[k]);
    Activation act = t.activation[l];
    double z = t.z[l][j];
    double d = act.derivative(z, t.a[l][j]);
    return "δ" + sup(b) + sub(Integer.toString(j)) + " = [" + terms + " = " + Num.format(sum) + "] × "
        + fn(act) + "'(" + Num.format(z) + ") = " + Num.format(sum) + " × " + Num.format(d) + " = "
        + Num.format(t.delta[l][j]);
  }

  private static String weightGradientLayer(Trace t, int l, int b) {
    int in = t.sizes[l - 1];
    int out = t.sizes[l];
    double[] g = t.nablaW[l];
    int zeros = 0;
    for (double v : g) {
      if (v == 0) {
        zeros++;
      }
    }
    int[] top = Terms.largest(g.length, i -> g[i], Terms.SHOWN);
    StringBuilder sb = new StringBuilder("∂C/∂w" + sup(b) + " = δ" + sup(b) + " (a" + sup(b - 1)
        + ")^T (" + out + "×" + in + "); largest: ");
    for (int i = 0; i < top.length; i++) {
      int k = top[i] / out;
      int j = top[i] % out;
      sb.append(i == 0 ? "" : ", ").append("∂C/∂w").append(sup(b))
          .append(sub(Integer.toString(j), Integer.toString(k))).append(" = ")
          .append(Num.format(t.a[l - 1][k])).append("×").append(Num.format(t.delta[l][j]))
          .append(" = ").append(Num.format(g[top[i]]));
    }
    return sb.append("; ").append(zeros).append(" of ").append(g.length).append(" are 0").toString();
  }

  // BP4 for one neuron's incoming weights: ∂C/∂w^l_jk = a^{l-1}_k δ^l_j, the largest first
  private static String weightGradientRow(Trace t, int l, int j, int b) {
    int in = t.sizes[l - 1];
    double[] prev = t.a[l - 1];
    double dj = t.delta[l][j];
    String sj = Integer.toString(j);
    int[] top = Terms.largest(in, k -> t.nablaW(l, j, k), Terms.SHOWN);
    StringBuilder sb = new StringBuilder("∂C/∂w" + sup(b) + sub(sj, "k") + " = a" + sup(b - 1)
        + "_k × " + Num.format(dj) + ": ");
    for (int i = 0; i < top.length; i++) {
      int k = top[i];
      sb.append(i == 0 ? "" : ", ").append("k=").append(k).append(": ").append(Num.format(prev[k]))
          .append("×").append(Num.format(dj)).append(" = ").append(Num.format(t.nablaW(l, j, k)));
    }
    int zeros = 0;
    for (double v : prev) {
      if (v == 0) {
        zeros++;
      }
    }
    sb.append(top.length > 0 ? "; " : "").append(in - top.length).append(" more");
    if (dj == 0) {
      sb.append(" (all 0 because δ").append(sup(b)).append(sub(sj)).append(" = 0)");
    } else if (zeros > 0) {
      sb.append(" (").append(zeros).append(" are 0 because a").append(sup(b - 1)).append("_k = 0)");
    }
    return sb.toString();
  }
}
