package dev.glassbox.trace.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number formatter of the stepper: 4 significant digits, plain notation between 0.001 and
 * 10000, scientific ({@code 1.234e-05}) outside, trailing zeros dropped ({@code 0.5}, {@code 3}).
 */
public final class Num {
  /** Significant digits shown by default. */
  public static final int DIGITS = 4;
  private static final MathContext CONTEXT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

  private Num() {}

  /** {@code v} to 4 significant digits. */
  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    if (v == 0.0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(CONTEXT);
    double abs = Math.abs(d.doubleValue());
    if (abs >= 1e-3 && abs < 1e4) {
      return d.stripTrailingZeros().toPlainString();
    }
    // scientific: mantissa in [1, 10) and a two-digit exponent, like C's %e
    int exp = d.precision() - d.scale() - 1;
    BigDecimal mantissa = d.movePointLeft(exp).stripTrailingZeros();
    return mantissa.toPlainString() + "e" + (exp < 0 ? "-" : "+") + pad2(Math.abs(exp));
  }

  private static String pad2(int e) {
    return e < 10 ? "0" + e : Integer.toString(e);
  }

  /**
   * A vector shown compactly: all values when there are at most {@code shown}, else the first
   * {@code shown} and how many more, e.g. {@code [0.1, -2, 0.03, … 27 more]}.
   */
  public static String vector(double[] v, int shown) {
    StringBuilder sb = new StringBuilder("[");
    int n = Math.min(v.length, shown);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append(format(v[i]));
    }
    if (v.length > n) {
      sb.append(", … ").append(v.length - n).append(" more");
    }
    return sb.append(']').toString();
  }

  /** {@link #vector(double[], int)} with 6 values shown. */
  public static String vector(double[] v) {
    return vector(v, 6);
  }
}
