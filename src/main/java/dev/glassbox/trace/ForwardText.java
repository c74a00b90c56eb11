package dev.glassbox.trace;

import static dev.glassbox.trace.Equations.sub;
import static dev.glassbox.trace.Equations.sup;

import dev.glassbox.network.Activation;

/** Substituted equations of the forward pass and the cost: x, z = w a + b, a = σ(z), C. */
final class ForwardText {
  private ForwardText() {}

  static String substituted(Step s) {
    Trace t = s.trace();
    int l = s.layer();
    int j = s.neuron();
    int b = s.bookLayer();
    switch (s.kind()) {
      case INPUT:
        return input(t, j);
      case WEIGHTED_INPUT:
        return j < 0 ? zLayer(t, l, b) : zNeuron(t, l, j, b);
      case ACTIVATION:
        return j < 0 ? aLayer(t, l, b) : aNeuron(t, l, j, b);
      case COST:
        return cost(t);
      default:
        throw new AssertionError(s.kind());
    }
  }

  private static String input(Trace t, int j) {
    if (j >= 0) {
      return "a^1" + sub(Integer.toString(j)) + " = " + Num.format(t.a[0][j]);
    }
    double[] x = t.a[0];
    int nonZero = 0;
    double max = 0;
    for (double v : x) {
      if (v != 0) {
        nonZero++;
      }
      max = Math.max(max, v);
    }
    return "a^1 = x: " + x.length + " values, " + nonZero + " non-zero, largest " + Num.format(max)
        + "; target y = e_" + t.label + " (label " + t.label + ")";
  }

  // z^l = w^l a^{l-1} + b^l, for the whole layer
  private static String zLayer(Trace t, int l, int b) {
    return "z" + sup(b) + " = w" + sup(b) + " (" + t.sizes[l] + "×" + t.sizes[l - 1] + ") · a"
        + sup(b - 1) + " (" + t.sizes[l - 1] + ") + b" + sup(b) + " = " + Num.vector(t.z[l]);
  }

  // z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j, by its largest terms
  private static String zNeuron(Trace t, int l, int j, int b) {
    int in = t.sizes[l - 1];
    double[] prev = t.a[l - 1];
    String terms = Terms.sum(in, k -> t.before.weight(l, j, k), k -> prev[k]);
    return "z" + sup(b) + sub(Integer.toString(j)) + " = " + terms + " + b ("
        + Num.format(t.before.bias(l, j)) + ") = " + Num.format(t.z[l][j]);
  }

  private static String aLayer(Trace t, int l, int b) {
    Activation act = t.activation[l];
    return "a" + sup(b) + " = " + Equations.fn(act) + "(" + Num.vector(t.z[l]) + ") = "
        + Num.vector(t.a[l]);
  }

  private static String aNeuron(Trace t, int l, int j, int b) {
    Activation act = t.activation[l];
    String lhs = "a" + sup(b) + sub(Integer.toString(j)) + " = ";
    if (act == Activation.SOFTMAX) {
      double sum = 0;
      for (double z : t.z[l]) {
        sum += Math.exp(z);
      }
      String middle = Double.isFinite(sum)
          ? Num.format(Math.exp(t.z[l][j])) + " / " + Num.format(sum)
          : "(too large to show unscaled)";
      return lhs + "e^{" + Num.format(t.z[l][j]) + "} / Σ_k e^{z" + sup(b) + "_k} = " + middle
          + " = " + Num.format(t.a[l][j]);
    }
    return lhs + Equations.fn(act) + "(" + Num.format(t.z[l][j]) + ") = " + Num.format(t.a[l][j]);
  }

  private static String cost(Trace t) {
    int last = t.outputLayer();
    double[] a = t.a[last];
    int y = t.label;
    String L = "L = " + (last + 1) + ", y = e_" + y + ": ";
    StringBuilder sb = new StringBuilder(L);
    switch (t.costFunction) {
      case QUADRATIC:
        sb.append("C = ½ [");
        for (int j = 0; j < a.length; j++) {
          sb.append(j == 0 ? "" : " + ").append('(').append(Num.format(a[j]))
              .append(j == y ? " - 1" : " - 0").append(")²");
        }
        sb.append(']');
        break;
      case CROSS_ENTROPY:
        sb.append("C = -[");
        for (int j = 0; j < a.length; j++) {
          sb.append(j == 0 ? "" : " + ")
              .append(j == y ? "ln(" + Num.format(a[j]) + ")" : "ln(1 - " + Num.format(a[j]) + ")");
        }
        sb.append(']');
        break;
      default:
        sb.append("C = -ln a^L_").append(y).append(" = -ln(").append(Num.format(a[y])).append(')');
    }
    return sb.append(" = ").append(Num.format(t.cost)).toString();
  }
}
