package dev.glassbox.trace;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;

/**
 * The equations of the stepper in Nielsen's notation, with layers numbered as in the book (input =
 * 1, output = L). {@link #equation} gives the symbolic form, {@link #substituted} the same with the
 * trace's numbers; the value after the final "=" is always the number the training code computed.
 */
final class Equations {
  private Equations() {}

  /** Superscript: {@code ^2}, or {@code ^{12}} for several digits. */
  static String sup(int bookLayer) {
    return bookLayer < 10 ? "^" + bookLayer : "^{" + bookLayer + "}";
  }

  /** Subscript of one index: {@code _3}, {@code _{12}}, {@code _j}. */
  static String sub(String i) {
    return i.length() == 1 ? "_" + i : "_{" + i + "}";
  }

  /** Subscript of two indices: {@code _jk}, {@code _3k}, {@code _{12,k}}. */
  static String sub(String j, String k) {
    boolean bothNumbers = Character.isDigit(j.charAt(0)) && Character.isDigit(k.charAt(0));
    return j.length() == 1 && k.length() == 1 && !bothNumbers ? "_" + j + k : "_{" + j + "," + k + "}";
  }

  /** The function's name: σ, tanh, ReLU or softmax. */
  static String fn(Activation a) {
    switch (a) {
      case SIGMOID:
        return "σ";
      case TANH:
        return "tanh";
      case RELU:
        return "ReLU";
      default:
        return "softmax";
    }
  }

  static String j(Step s) {
    return s.wholeLayer() ? "j" : Integer.toString(s.neuron());
  }

  /** A short name of the step's quantity. */
  static String symbol(Step s) {
    int b = s.bookLayer();
    String sj = s.wholeLayer() ? "" : sub(j(s));
    switch (s.kind()) {
      case INPUT:
        return "a^1" + sj;
      case WEIGHTED_INPUT:
        return "z" + sup(b) + sj;
      case ACTIVATION:
        return "a" + sup(b) + sj;
      case COST:
        return "C";
      case OUTPUT_ERROR:
      case BACKPROP_DELTA:
        return "δ" + sup(b) + sj;
      case BIAS_GRADIENT:
        return "∂C/∂b" + sup(b) + sj;
      case WEIGHT_GRADIENT:
        return "∂C/∂w" + sup(b) + (s.wholeLayer() ? "" : sub(j(s), "k"));
      case UPDATE:
        return "w" + sup(b) + ", b" + sup(b);
      default:
        throw new AssertionError(s.kind());
    }
  }

  /** The equation in symbols, e.g. {@code z^2_3 = Σ_k w^2_3k a^1_k + b^2_3}. */
  static String equation(Step s) {
    int b = s.bookLayer();
    String j = j(s);
    boolean layer = s.wholeLayer();
    Trace t = s.trace();
    switch (s.kind()) {
      case INPUT:
        return layer ? "a^1 = x" : "a^1" + sub(j) + " = x" + sub(j);
      case WEIGHTED_INPUT:
        return layer
            ? "z" + sup(b) + " = w" + sup(b) + " a" + sup(b - 1) + " + b" + sup(b)
            : "z" + sup(b) + sub(j) + " = Σ_k w" + sup(b) + sub(j, "k") + " a" + sup(b - 1) + "_k + b"
                + sup(b) + sub(j);
      case ACTIVATION:
        return activationEquation(t.activationFunction(s.layer()), b, layer ? null : j);
      case COST:
        return costEquation(t.costFunction());
      case OUTPUT_ERROR:
        return BackwardText.outputErrorEquation(t, layer ? null : j);
      case BACKPROP_DELTA:
        String f = fn(t.activationFunction(s.layer())) + "'";
        return layer
            ? "δ" + sup(b) + " = ((w" + sup(b + 1) + ")^T δ" + sup(b + 1) + ") ⊙ " + f + "(z" + sup(b) + ")"
            : "δ" + sup(b) + sub(j) + " = (Σ_k w" + sup(b + 1) + sub("k", j) + " δ" + sup(b + 1) + "_k) "
                + f + "(z" + sup(b) + sub(j) + ")";
      case BIAS_GRADIENT:
        return layer
            ? "∂C/∂b" + sup(b) + " = δ" + sup(b)
            : "∂C/∂b" + sup(b) + sub(j) + " = δ" + sup(b) + sub(j);
      case WEIGHT_GRADIENT:
        return "∂C/∂w" + sup(b) + sub(j, "k") + " = a" + sup(b - 1) + "_k δ" + sup(b) + sub(j);
      case UPDATE:
        return UpdateText.equation(t, b);
      default:
        throw new AssertionError(s.kind());
    }
  }

  static String activationEquation(Activation act, int b, String j) {
    if (act == Activation.SOFTMAX) {
      String jj = j == null ? "j" : j;
      return "a" + sup(b) + sub(jj) + " = e^{z" + sup(b) + sub(jj) + "} / Σ_k e^{z" + sup(b) + "_k}";
    }
    String f = fn(act);
    return j == null
        ? "a" + sup(b) + " = " + f + "(z" + sup(b) + ")"
        : "a" + sup(b) + sub(j) + " = " + f + "(z" + sup(b) + sub(j) + ")";
  }

  static String costEquation(Cost c) {
    switch (c) {
      case QUADRATIC:
        return "C = ½ Σ_j (a^L_j - y_j)²";
      case CROSS_ENTROPY:
        return "C = -Σ_j [y_j ln a^L_j + (1 - y_j) ln(1 - a^L_j)]";
      default:
        return "C = -ln a^L_y";
    }
  }

  /** The equation with numbers, ending in the value the training code produced. */
  static String substituted(Step s) {
    switch (s.kind()) {
      case INPUT:
      case WEIGHTED_INPUT:
      case ACTIVATION:
      case COST:
        return ForwardText.substituted(s);
      case OUTPUT_ERROR:
      case BACKPROP_DELTA:
      case BIAS_GRADIENT:
      case WEIGHT_GRADIENT:
        return BackwardText.substituted(s);
      case UPDATE:
        return UpdateText.substituted(s);
      default:
        throw new AssertionError(s.kind());
    }
  }
}
