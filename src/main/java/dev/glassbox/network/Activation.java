package dev.glassbox.network;

import dev.glassbox.io.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The activation function σ of a layer, a^l = σ(z^l), with its derivative σ'(z) for BP1/BP2.
 *
 * <p>Element-wise functions (sigmoid, tanh, ReLU, leaky ReLU) give σ'(z_j) per neuron. Softmax couples the
 * neurons of its layer, so it is allowed only on the output layer, where {@link Cost} handles its
 * Jacobian.
 *
 * <p>Everything the rest of the program needs to know about an activation is here: its id, its
 * symbol and formulas for the equations, its range and steepest slope for the pictures, and the
 * sentence the stepper says about it. A new value is added here and nowhere else; the switch
 * expressions below (no {@code default}) make the compiler name every formula it still needs.
 */
public enum Activation implements Named {
  /** σ(z) = 1 / (1 + e^-z); σ'(z) = σ(z)(1 - σ(z)). */
  SIGMOID("σ", "\\sigma", "σ(z) = 1/(1+e^-z)", "σ'(z) = σ(z)(1-σ(z))", 0, 1, 0.25,
      "σ squashes each z into (0, 1): a large positive z gives an a near 1, a neuron that fires;"
          + " a large negative z gives an a near 0."),
  /** tanh(z); tanh'(z) = 1 - tanh²(z). */
  TANH("tanh", "\\tanh", "tanh(z)", "tanh'(z) = 1 - tanh²(z)", -1, 1, 1,
      "tanh squashes each z into (-1, 1): large positive z gives an a near 1, large negative near -1."),
  /** ReLU(z) = max(0, z); ReLU'(z) = 1 for z > 0, else 0. */
  RELU("ReLU", "\\mathrm{ReLU}", "max(0, z)", "ReLU'(z) = 1 if z > 0 else 0", 0,
      Double.POSITIVE_INFINITY, 1,
      "ReLU passes a positive z through and sets a negative one to 0: a neuron is off or on in"
          + " proportion to z."),
  /** softmax(z)_j = e^{z_j} / Σ_k e^{z_k}; output layer only. */
  SOFTMAX("softmax", "\\mathrm{softmax}", "e^{z_j} / Σ_k e^{z_k}", "∂a_j/∂z_i = a_j(δ_ij - a_i)", 0, 1,
      0.25,
      "softmax turns the z's into probabilities: each a is positive and they add up to 1; the largest"
          + " z gets the largest share."),
  /** Leaky ReLU(z) = z for z > 0, else 0.01 z; its derivative is 1 or 0.01, so no neuron dies. */
  LEAKY_RELU("LReLU", "\\mathrm{LReLU}", "z if z > 0 else 0.01 z", "LReLU'(z) = 1 if z > 0 else 0.01",
      Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1,
      "leaky ReLU passes a positive z through and keeps a hundredth of a negative one: a neuron that"
          + " is off still passes a small gradient back, so it can come back to life.");

  private final String symbol;
  private final String symbolLatex;
  private final String formula;
  private final String derivativeFormula;
  private final double lowest;
  private final double highest;
  private final double steepest;
  private final String meaning;

  Activation(String symbol, String symbolLatex, String formula, String derivativeFormula,
      double lowest, double highest, double steepest, String meaning) {
    this.symbol = symbol;
    this.symbolLatex = symbolLatex;
    this.formula = formula;
    this.derivativeFormula = derivativeFormula;
    this.lowest = lowest;
    this.highest = highest;
    this.steepest = steepest;
    this.meaning = meaning;
  }

  /** The function's name in equations, as plain text: σ, tanh, ReLU, softmax. */
  public String symbol() {
    return symbol;
  }

  /** The function's name in equations, as LaTeX. */
  public String symbolLatex() {
    return symbolLatex;
  }

  /** The function in the book's notation, for equation displays. */
  public String formula() {
    return formula;
  }

  /** The derivative in the book's notation, for equation displays. */
  public String derivativeFormula() {
    return derivativeFormula;
  }

  /** The smallest value the function reaches (or approaches). */
  public double lowest() {
    return lowest;
  }

  /** The largest value the function reaches (or approaches); infinite if unbounded. */
  public double highest() {
    return highest;
  }

  /** The largest σ'(z) over all z (¼ for the sigmoid), to scale pictures of σ'. */
  public double steepest() {
    return steepest;
  }

  /** One sentence for a learner: what the function does to z. */
  public String meaning() {
    return meaning;
  }

  /** Whether the function acts on each neuron separately (all but softmax). */
  public boolean elementwise() {
    return this != SOFTMAX;
  }

  /**
   * a[aOff + j] = σ(z[zOff + j]) for j in [0, n). Modifies {@code a} only.
   */
  public void apply(double[] z, int zOff, double[] a, int aOff, int n) {
    // one loop per function, not a switch per element: this is the forward pass's inner loop
    Loop loop = switch (this) {
      case SIGMOID -> Activation::sigmoid;
      case TANH -> Activation::tanh;
      case RELU -> Activation::relu;
      case LEAKY_RELU -> Activation::leakyRelu;
      case SOFTMAX -> Activation::softmax;
    };
    loop.apply(z, zOff, a, aOff, n);
  }

  /** σ(z) of an element-wise activation. */
  public double value(double z) {
    return switch (this) {
      case SIGMOID -> 1.0 / (1.0 + Math.exp(-z));
      case TANH -> Math.tanh(z);
      case RELU -> Math.max(0.0, z);
      case LEAKY_RELU -> z > 0 ? z : 0.01 * z;
      case SOFTMAX -> throw new IllegalStateException("softmax is not element-wise");
    };
  }

  /**
   * σ'(z) of an element-wise activation, from z and the already computed a = σ(z) (cheaper than
   * recomputing σ).
   */
  public double derivative(double z, double a) {
    return switch (this) {
      case SIGMOID -> a * (1.0 - a);
      case TANH -> 1.0 - a * a;
      case RELU -> z > 0 ? 1.0 : 0.0;
      case LEAKY_RELU -> z > 0 ? 1.0 : 0.01;
      case SOFTMAX -> throw new IllegalStateException("softmax has no element-wise derivative");
    };
  }

  /** σ'(z) from z alone, for equations that are re-evaluated from the digits shown. */
  public double derivativeAt(double z) {
    return derivative(z, value(z));
  }

  /** a[aOff + j] = σ(z[zOff + j]) for one function, over a whole layer. */
  private interface Loop {
    void apply(double[] z, int zOff, double[] a, int aOff, int n);
  }

  private static void sigmoid(double[] z, int zOff, double[] a, int aOff, int n) {
    for (int j = 0; j < n; j++) {
      a[aOff + j] = 1.0 / (1.0 + Math.exp(-z[zOff + j]));
    }
  }

  private static void tanh(double[] z, int zOff, double[] a, int aOff, int n) {
    for (int j = 0; j < n; j++) {
      a[aOff + j] = Math.tanh(z[zOff + j]);
    }
  }

  private static void relu(double[] z, int zOff, double[] a, int aOff, int n) {
    for (int j = 0; j < n; j++) {
      a[aOff + j] = Math.max(0.0, z[zOff + j]);
    }
  }

  private static void leakyRelu(double[] z, int zOff, double[] a, int aOff, int n) {
    for (int j = 0; j < n; j++) {
      double v = z[zOff + j];
      a[aOff + j] = v > 0 ? v : 0.01 * v;
    }
  }

  // subtract the maximum so that e^z never overflows; the result is unchanged
  private static void softmax(double[] z, int zOff, double[] a, int aOff, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      max = Math.max(max, z[zOff + j]);
    }
    double sum = 0;
    for (int j = 0; j < n; j++) {
      double e = Math.exp(z[zOff + j] - max);
      a[aOff + j] = e;
      sum += e;
    }
    double inv = 1.0 / sum;
    for (int j = 0; j < n; j++) {
      a[aOff + j] *= inv;
    }
  }

  /** The ids of the activations a hidden layer may use (the element-wise ones). */
  public static List<String> hiddenIds() {
    return Arrays.stream(values()).filter(Activation::elementwise).map(Activation::id).toList();
  }

  /** Parses a command-line or model-file name ("sigmoid", "tanh", ...; see {@link Named#parse}). */
  public static Activation parse(String s) {
    return Named.parse(Activation.class, "activation", s);
  }
}
