package dev.glassbox.network;

/**
 * The activation function σ of a layer, a^l = σ(z^l), with its derivative σ'(z) for BP1/BP2.
 *
 * <p>Element-wise functions (sigmoid, tanh, ReLU) give σ'(z_j) per neuron. Softmax couples the
 * neurons of its layer, so it is allowed only on the output layer, where {@link Cost} handles its
 * Jacobian.
 */
public enum Activation {
  /** σ(z) = 1 / (1 + e^-z); σ'(z) = σ(z)(1 - σ(z)). */
  SIGMOID("σ(z) = 1/(1+e^-z)", "σ'(z) = σ(z)(1-σ(z))"),
  /** tanh(z); tanh'(z) = 1 - tanh²(z). */
  TANH("tanh(z)", "tanh'(z) = 1 - tanh²(z)"),
  /** ReLU(z) = max(0, z); ReLU'(z) = 1 for z > 0, else 0. */
  RELU("max(0, z)", "ReLU'(z) = 1 if z > 0 else 0"),
  /** softmax(z)_j = e^{z_j} / Σ_k e^{z_k}; output layer only. */
  SOFTMAX("e^{z_j} / Σ_k e^{z_k}", "∂a_j/∂z_i = a_j(δ_ij - a_i)");

  private final String formula;
  private final String derivativeFormula;

  Activation(String formula, String derivativeFormula) {
    this.formula = formula;
    this.derivativeFormula = derivativeFormula;
  }

  /** The function in the book's notation, for equation displays. */
  public String formula() {
    return formula;
  }

  /** The derivative in the book's notation, for equation displays. */
  public String derivativeFormula() {
    return derivativeFormula;
  }

  /** Lower-case name as used on the command line and in model files. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the function acts on each neuron separately (all but softmax). */
  public boolean elementwise() {
    return this != SOFTMAX;
  }

  /**
   * a[aOff + j] = σ(z[zOff + j]) for j in [0, n). Modifies {@code a} only.
   */
  public void apply(double[] z, int zOff, double[] a, int aOff, int n) {
    switch (this) {
      case SIGMOID:
        for (int j = 0; j < n; j++) {
          a[aOff + j] = 1.0 / (1.0 + Math.exp(-z[zOff + j]));
        }
        break;
      case TANH:
        for (int j = 0; j < n; j++) {
          a[aOff + j] = Math.tanh(z[zOff + j]);
        }
        break;
      case RELU:
        for (int j = 0; j < n; j++) {
          a[aOff + j] = Math.max(0.0, z[zOff + j]);
        }
        break;
      case SOFTMAX:
        // subtract the maximum so that e^z never overflows; the result is unchanged
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
        break;
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * σ'(z) of an element-wise activation, from z and the already computed a = σ(z) (cheaper than
   * recomputing σ).
   */
  public double derivative(double z, double a) {
    switch (this) {
      case SIGMOID:
        return a * (1.0 - a);
      case TANH:
        return 1.0 - a * a;
      case RELU:
        return z > 0 ? 1.0 : 0.0;
      default:
        throw new IllegalStateException("softmax has no element-wise derivative");
    }
  }

  /** Parses a command-line or model-file name ("sigmoid", "tanh", "relu", "softmax"). */
  public static Activation parse(String s) {
    for (Activation a : values()) {
      if (a.id().equalsIgnoreCase(s.trim())) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown activation \"" + s + "\" (expected sigmoid, tanh, relu or softmax)");
  }
}
