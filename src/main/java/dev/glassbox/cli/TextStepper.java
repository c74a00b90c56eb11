package dev.glassbox.cli;

import dev.glassbox.trace.Num;
import dev.glassbox.trace.Step;
import dev.glassbox.trace.Stepper;
import java.io.PrintWriter;

/**
 * The terminal stepper's text: each step as a few lines, and every step at once; {@link
 * TextSession} steps through them by keys.
 */
final class TextStepper {
  private TextStepper() {}

  /** One step as a few lines of text. */
  static String render(Step s, int index, int total) {
    StringBuilder sb = new StringBuilder();
    sb.append('[').append(index + 1).append('/').append(total).append("] ")
        .append(s.phase().id()).append(" · ").append(where(s)).append('\n');
    sb.append("  equation: ").append(s.equation()).append('\n');
    sb.append("  numbers:  ").append(s.substituted()).append('\n');
    sb.append("  ").append(valuesLine(s)).append('\n');
    return sb.toString();
  }

  private static String where(Step s) {
    String layer = s.layer() == s.trace().outputLayer() ? "output layer " + s.bookLayer()
        : s.layer() == 0 ? "input layer 1" : "layer " + s.bookLayer();
    return s.wholeLayer() ? layer : layer + ", neuron " + s.neuron();
  }

  private static String valuesLine(Step s) {
    double[] v = s.values();
    switch (s.kind()) {
      case COST:
        return "value:    C = " + Num.format(v[0]);
      case UPDATE:
        return "values:   b^" + s.bookLayer() + " after = " + Num.vector(v, 10);
      case WEIGHT_GRADIENT:
        return "values:   " + v.length + " gradients" + (s.wholeLayer() ? " (out × in)" : "")
            + ", largest " + largestWeight(s, v);
      default:
        if (v.length == 1) {
          return "value:    " + s.symbol() + " = " + Num.format(v[0]);
        }
        return "values:   " + Num.vector(v, 10) + (v.length > 10 ? ", largest " + largest(v, 0) : "");
    }
  }

  // "[5] = 0.98": the entry of largest |value|
  private static String largest(double[] v, int unused) {
    int best = argmaxAbs(v);
    return "[" + best + "] = " + Num.format(v[best]);
  }

  // the largest ∂C/∂w named by its (j, k); a layer's values are in the book's (out, in) order
  private static String largestWeight(Step s, double[] v) {
    int best = argmaxAbs(v);
    int in = s.trace().size(s.layer() - 1);
    int j = s.wholeLayer() ? best / in : s.neuron();
    int k = s.wholeLayer() ? best % in : best;
    return "∂C/∂w^" + s.bookLayer() + "_{" + j + "," + k + "} = " + Num.format(v[best]);
  }

  private static int argmaxAbs(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (Math.abs(v[i]) > Math.abs(v[best])) {
        best = i;
      }
    }
    return best;
  }

  /** Prints every step without waiting. */
  static void printAll(Stepper st, PrintWriter out) {
    for (int i = 0; i < st.size(); i++) {
      out.print(render(st.seek(i), i, st.size()));
    }
    out.flush();
  }
}
