package dev.glassbox.notation;

import java.util.function.DoubleUnaryOperator;

/**
 * A function applied in an equation, with its name as text and LaTeX and how to evaluate it. The
 * activations give theirs (σ, tanh, ReLU and their derivatives) through {@link #of}; the
 * logarithm and the exponential are here.
 */
public final class Fn {
  /** The natural logarithm. */
  public static final Fn LN = new Fn("ln", "\\ln", Math::log);
  /** e^x, set as a power. */
  public static final Fn EXP = new Fn("exp", "\\exp", Math::exp);

  private final String text;
  private final String latex;
  private final DoubleUnaryOperator f;

  private Fn(String text, String latex, DoubleUnaryOperator f) {
    this.text = text;
    this.latex = latex;
    this.f = f;
  }

  /** A function named {@code text} (plain) and {@code latex}, evaluated by {@code f}. */
  public static Fn of(String text, String latex, DoubleUnaryOperator f) {
    return new Fn(text, latex, f);
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
