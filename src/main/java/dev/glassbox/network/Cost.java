package dev.glassbox.network;

import dev.glassbox.io.Named;

/**
 * The cost C of one sample with one-hot target y (the label), and the output error
 * δ^L = ∂C/∂z^L (BP1).
 *
 * <p>BP1 in general is δ^L = J^T ∇_a C, where J is the output activation's Jacobian; for an
 * element-wise σ this is Nielsen's δ^L = ∇_a C ⊙ σ'(z^L). Two pairs simplify exactly to
 * δ^L = a^L - y (Nielsen ch. 3): cross-entropy with sigmoid and log-likelihood with softmax; those
 * use the simple form, which is also the numerically stable one.
 */
public enum Cost implements Named {
  /** C = ½ Σ_j (a_j - y_j)²; ∇_a C = a - y. */
  QUADRATIC("C = ½ Σ_j (a_j - y_j)²", "half the squared distance between the answer a and the target y"),
  /** C = -Σ_j [y_j ln a_j + (1 - y_j) ln(1 - a_j)]; needs outputs in (0, 1). */
  CROSS_ENTROPY("C = -Σ_j [y_j ln a_j + (1-y_j) ln(1-a_j)]",
      "the cross-entropy between the answer a and the target y"),
  /** C = -ln a_y, the log-likelihood of the true label; needs a softmax output. */
  LOG_LIKELIHOOD("C = -ln a_y", "minus the log of the probability given to the right answer");

  private final String formula;
  private final String meaning;

  Cost(String formula, String meaning) {
    this.formula = formula;
    this.meaning = meaning;
  }

  /** What the cost measures, in words for a learner. */
  public String meaning() {
    return meaning;
  }

  /**
   * The output activation used when none is given: softmax for the log-likelihood (which needs
   * it), else the sigmoid of Nielsen's chapter 1.
   */
  public Activation defaultOutput() {
    return switch (this) {
      case QUADRATIC, CROSS_ENTROPY -> Activation.SIGMOID;
      case LOG_LIKELIHOOD -> Activation.SOFTMAX;
    };
  }

  /** The cost in the book's notation. */
  public String formula() {
    return formula;
  }

  /** Parses "quadratic", "cross-entropy" or "log-likelihood" (see {@link Named#parse}). */
  public static Cost parse(String s) {
    return Named.parse(Cost.class, "cost", s);
  }

  /**
   * Refuses output activations for which this cost is undefined, with a message saying why.
   *
   * @throws IllegalArgumentException for cross-entropy without outputs in (0,1), or log-likelihood
   *     without softmax
   */
  public void checkOutput(Activation output) {
    if (this == CROSS_ENTROPY && (output.lowest() < 0 || output.highest() > 1)) {
      throw new IllegalArgumentException(
          "cross-entropy cost needs outputs in (0,1): use a sigmoid or softmax output layer, not "
              + output.id());
    }
    if (this == LOG_LIKELIHOOD && output != Activation.SOFTMAX) {
      throw new IllegalArgumentException(
          "log-likelihood cost needs a softmax output layer, not " + output.id());
    }
  }

  /** Whether BP1 for this cost and output activation is exactly δ^L = a^L - y. */
  public boolean simpleDelta(Activation output) {
    return (this == CROSS_ENTROPY && output == Activation.SIGMOID)
        || (this == LOG_LIKELIHOOD && output == Activation.SOFTMAX);
  }

  /**
   * C for one sample, computed from z where that is more stable (ln σ(z) = -softplus(-z),
   * -ln softmax(z)_y = logsumexp(z) - z_y).
   *
   * @param z output weighted inputs z^L at {@code off}, length n (not modified)
   * @param a output activations a^L at {@code off}, length n (not modified)
   * @param label the index j with y_j = 1
   */
  public double cost(Activation output, double[] z, double[] a, int off, int n, int label) {
    return switch (this) {
      case QUADRATIC -> {
        double c = 0;
        for (int j = 0; j < n; j++) {
          double d = a[off + j] - (j == label ? 1.0 : 0.0);
          c += 0.5 * d * d;
        }
        yield c;
      }
      case CROSS_ENTROPY -> {
        double c = 0;
        if (output == Activation.SIGMOID) {
          // ln σ(z) = -softplus(-z), ln(1 - σ(z)) = -softplus(z)
          for (int j = 0; j < n; j++) {
            c += j == label ? softplus(-z[off + j]) : softplus(z[off + j]);
          }
          yield c;
        }
        // softmax: ln a_j = z_j - lse(z), ln(1 - a_j) = lse(z without j) - lse(z)
        double lse = logSumExp(z, off, n, -1);
        for (int j = 0; j < n; j++) {
          c -= j == label ? z[off + j] - lse : logSumExp(z, off, n, j) - lse;
        }
        yield c;
      }
      case LOG_LIKELIHOOD -> logSumExp(z, off, n, -1) - z[off + label];
    };
  }

  /** ∂C/∂a_j for one neuron (used by the general form of BP1). */
  public double gradient(double a, boolean target) {
    double y = target ? 1.0 : 0.0;
    return switch (this) {
      case QUADRATIC -> a - y;
      case CROSS_ENTROPY -> (a - y) / (a * (1.0 - a));
      case LOG_LIKELIHOOD -> target ? -1.0 / a : 0.0;
    };
  }

  /**
   * BP1: δ^L = ∂C/∂z^L for one sample.
   *
   * @param z output z^L at {@code off} (not modified)
   * @param a output a^L at {@code off} (not modified)
   * @param delta receives δ^L at {@code off} (modified)
   */
  public void outputDelta(
      Activation output, double[] z, double[] a, int off, int n, int label, double[] delta) {
    if (simpleDelta(output)) {
      // δ^L = a^L - y
      for (int j = 0; j < n; j++) {
        delta[off + j] = a[off + j] - (j == label ? 1.0 : 0.0);
      }
    } else if (output.elementwise()) {
      // δ^L = ∇_a C ⊙ σ'(z^L)
      for (int j = 0; j < n; j++) {
        double aj = a[off + j];
        delta[off + j] = gradient(aj, j == label) * output.derivative(z[off + j], aj);
      }
    } else {
      // softmax: the per-neuron parts (r for cross-entropy, ∇_a C for the quadratic cost) and
      // their sum, then δ from them; the stepper shows the same parts (softmaxParts)
      double s = softmaxParts(z, a, off, n, label, delta);
      if (this == CROSS_ENTROPY) {
        // δ_j = r_j - a_j Σ_i r_i
        for (int j = 0; j < n; j++) {
          delta[off + j] -= a[off + j] * s;
        }
      } else {
        // δ_j = Σ_i g_i a_i (δ_ij - a_j) = a_j (g_j - Σ_i g_i a_i), with g = ∇_a C
        for (int j = 0; j < n; j++) {
          delta[off + j] = a[off + j] * (delta[off + j] - s);
        }
      }
    }
  }

  /**
   * BP1's parts for a softmax output under a cost other than log-likelihood: fills {@code parts}
   * (at {@code off}) and returns their sum S. Cross-entropy: r_i = a_i ∂C/∂a_i = (a_i - y_i) /
   * (1 - a_i), taken from z (r_y = -1, r_i = e^{z_i - lse(z without i)}) because a_i rounds to 1
   * for a confident output and the quotient would be 0/0; S = Σ_i r_i and δ_j = r_j - a_j S.
   * Quadratic: g_i = ∂C/∂a_i = a_i - y_i; S = Σ_i g_i a_i and δ_j = a_j (g_j - S).
   */
  public double softmaxParts(double[] z, double[] a, int off, int n, int label, double[] parts) {
    double sum = 0;
    if (this == CROSS_ENTROPY) {
      for (int i = 0; i < n; i++) {
        double r = i == label ? -1.0 : Math.exp(z[off + i] - logSumExp(z, off, n, i));
        parts[off + i] = r;
        sum += r;
      }
      return sum;
    }
    for (int i = 0; i < n; i++) {
      parts[off + i] = gradient(a[off + i], i == label);
      sum += parts[off + i] * a[off + i];
    }
    return sum;
  }

  /** ln Σ_{j ≠ skip} e^{z_j} without overflow (skip = -1 keeps every term). */
  static double logSumExp(double[] z, int off, int n, int skip) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      if (j != skip) {
        max = Math.max(max, z[off + j]);
      }
    }
    if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (int j = 0; j < n; j++) {
      if (j != skip) {
        sum += Math.exp(z[off + j] - max);
      }
    }
    return max + Math.log(sum);
  }

  /** ln(1 + e^x) without overflow. */
  static double softplus(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
}
