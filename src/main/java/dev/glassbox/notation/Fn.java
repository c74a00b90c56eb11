package dev.glassbox.notation;

import java.util.function.DoubleUnaryOperator;

/** A function applied in an equation, with its name as text and LaTeX and how to evaluate it. */
public enum Fn {
  /** σ(z) = 1 / (1 + e^-z). */
  SIGMOID("σ", "\\sigma", z -> 1.0 / (1.0 + Math.exp(-z))),
  /** σ'(z) = σ(z)(1 - σ(z)). */
  SIGMOID_PRIME("σ'", "\\sigma'", z -> {
    double s = 1.0 / (1.0 + Math.exp(-z));
    return s * (1.0 - s);
  }),
  /** tanh(z). */
  TANH("tanh", "\\tanh", Math::tanh),
  /** tanh'(z) = 1 - tanh²(z). */
  TANH_PRIME("tanh'", "\\tanh'", z -> 1.0 - Math.tanh(z) * Math.tanh(z)),
  /** ReLU(z) = max(0, z). */
  RELU("ReLU", "\\mathrm{ReLU}", z -> Math.max(0.0, z)),
  /** ReLU'(z) = 1 for z > 0, else 0. */
  RELU_PRIME("ReLU'", "\\mathrm{ReLU}'", z -> z > 0 ? 1.0 : 0.0),
  /** The natural logarithm. */
  LN("ln", "\\ln", Math::log),
  /** e^x, set as a power. */
  EXP("exp", "\\exp", Math::exp);

  private final String text;
  private final String latex;
  private final DoubleUnaryOperator f;

  Fn(String text, String latex, DoubleUnaryOperator f) {
    this.text = text;
    this.latex = latex;
    this.f = f;
  }

  /** The name as plain text. */
  public String text() {
    return text;
  }

  /** The name as LaTeX. */
  public String latex() {
    return latex;
  }

  /** The function at {@code x}. */
  public double apply(double x) {
    return f.applyAsDouble(x);
  }
}
