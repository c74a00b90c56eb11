package dev.glassbox.notation;

import java.util.function.DoubleUnaryOperator;

/**
 * A function applied in an equation: its name as plain text and as LaTeX, and how to evaluate it. The
 * activations give theirs (σ, tanh, ReLU and their derivatives) through {@link #of}; the
 * logarithm and the exponential are here.
 */
public record Fn(String text, String latex, DoubleUnaryOperator f) {
  /** The natural logarithm. */
  public static final Fn LN = new Fn("ln", "\\ln", Math::log);
  /** e^x, set as a power. */
  public static final Fn EXP = new Fn("exp", "\\exp", Math::exp);

  /** A function named {@code text} (plain) and {@code latex}, evaluated by {@code f}. */
  public static Fn of(String text, String latex, DoubleUnaryOperator f) {
    return new Fn(text, latex, f);
  }

  /** The function at {@code x}. */
  public double apply(double x) {
    return f.applyAsDouble(x);
  }
}
