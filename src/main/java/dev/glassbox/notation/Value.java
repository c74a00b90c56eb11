package dev.glassbox.notation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A number in an equation: the value the training code computed and how many significant digits
 * it is shown with. {@link Formula#fit} raises the digits until every equation it appears in
 * re-evaluates, from the shown digits, to its shown result. Rounding never makes a value look
 * exact: 0.999989 is never shown as 1, and a value that is not exactly 0.5 is shown as 0.5000.
 */
public final class Value implements Expr {
  /** Significant digits a value starts with. */
  public static final int DEFAULT_DIGITS = 4;
  /** The most digits a value is ever shown with (a double holds about 17). */
  public static final int MAX_DIGITS = 17;

  private final double value;
  private final boolean exact;
  private int digits;
  private String cachedText;
  private int cachedDigits = -1;

  private Value(double value, int digits, boolean exact) {
    this.value = value;
    this.digits = digits;
    this.exact = exact;
  }

  /** A computed value, shown with {@link #DEFAULT_DIGITS} digits or more. */
  public static Value of(double v) {
    return new Value(v, DEFAULT_DIGITS, false);
  }

  /** A computed value shown with at least {@code digits} significant digits. */
  public static Value of(double v, int digits) {
    return new Value(v, Math.max(1, Math.min(MAX_DIGITS, digits)), false);
  }

  /** A value known exactly (a target 0 or 1, a size, m = 1, a learning rate as given): shown whole. */
  public static Value exact(double v) {
    return new Value(v, MAX_DIGITS, true);
  }

  /** The value the code computed. */
  public double value() {
    return value;
  }

  /** Significant digits shown. */
  public int digits() {
    return digits;
  }

  /** Whether this value is shown whole, whatever its digits. */
  public boolean isExact() {
    return exact;
  }

  /** Shows one more digit; false when it cannot (already whole, or at the maximum). */
  boolean moreDigits() {
    if (exact || digits >= MAX_DIGITS || text().equals(format(value, MAX_DIGITS))) {
      return false;
    }
    digits++;
    return true;
  }

  /** The number as displayed (parseable: {@code -0.5}, {@code 1.103e-05}). */
  public String text() {
    if (cachedDigits != digits) {
      // an exact value as its shortest decimal: η = 0.1, not 0.10000000000000001
      cachedText = exact && Double.isFinite(value) && value != 0 ? layout(exactDecimal(value).stripTrailingZeros()) : format(value, digits);
      cachedDigits = digits;
    }
    return cachedText;
  }

  /** The displayed number read back: what a reader would compute with. */
  public double shown() {
    return Double.parseDouble(text());
  }

  /**
   * Half a unit in the last displayed digit: how far the true value may lie from the shown one.
   * Zero for a value shown whole.
   */
  public double halfUnit() {
    String t = text();
    if (!isFinite()) {
      return 0;
    }
    String mantissa = t;
    int exp = 0;
    int e = t.indexOf('e');
    if (e >= 0) {
      mantissa = t.substring(0, e);
      exp = Integer.parseInt(t.substring(e + 1).replace("+", ""));
    }
    int dot = mantissa.indexOf('.');
    int decimals = dot < 0 ? 0 : mantissa.length() - dot - 1;
    if (new BigDecimal(t).compareTo(exactDecimal(value)) == 0) {
      return 0;
    }
    return 0.5 * Math.pow(10, exp - decimals);
  }

  private boolean isFinite() {
    return Double.isFinite(value);
  }

  @Override
  public double[] eval() {
    return new double[] {shown()};
  }

  @Override
  public void latex(StringBuilder sb) {
    String t = text();
    // braced, a leading minus is a sign, not a binary operator spaced after a comma
    boolean sign = t.startsWith("-");
    if (sign) {
      sb.append('{');
    }
    int e = t.indexOf('e');
    if (!isFinite()) {
      sb.append(Double.isNaN(value) ? "\\mathrm{NaN}" : value > 0 ? "\\infty" : "-\\infty");
    } else if (e < 0) {
      sb.append(t);
    } else {
      int exp = Integer.parseInt(t.substring(e + 1).replace("+", ""));
      sb.append(t, 0, e).append("\\mathord{\\times}10^{").append(exp).append('}');
    }
    if (sign) {
      sb.append('}');
    }
  }

  @Override
  public void text(StringBuilder sb) {
    sb.append(text());
  }

  @Override
  public void values(java.util.List<Value> out) {
    out.add(this);
  }

  @Override
  public boolean negativeLeading() {
    return value < 0 || text().startsWith("-");
  }

  /**
   * {@code v} with {@code digits} significant digits: plain between 0.001 and 10000, else
   * scientific with a two-digit exponent ({@code 1.103e-05}). Trailing zeros are dropped only when
   * the shorter number is exactly the value (0.5 stays 0.5; 0.50001 at 4 digits is 0.5000), and
   * a fraction close to a small whole number gets up to three more digits to show it is not one
   * (0.999989 becomes 0.99999; 1 - 1e-13 stays 1.000, which still says "rounded").
   */
  public static String format(double v, int digits) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Infinity" : "-Infinity";
    }
    if (v == 0.0) {
      return "0";
    }
    BigDecimal exact = exactDecimal(v);
    String first = null;
    for (int d = digits; d <= Math.min(MAX_DIGITS, digits + 3); d++) {
      BigDecimal r = new BigDecimal(v).round(new MathContext(d, RoundingMode.HALF_EVEN));
      boolean whole = r.compareTo(exact) == 0;
      if (whole) {
        r = r.stripTrailingZeros();
      }
      String text = layout(r);
      if (first == null) {
        first = text;
      }
      boolean looksSmallInteger = r.stripTrailingZeros().scale() <= 0 && r.abs().compareTo(BigDecimal.TEN) <= 0;
      if (whole || !looksSmallInteger) {
        return text;
      }
      // rounding made a fraction look like 0, 1 or another small whole number (a target's
      // value): up to three more digits show that it is not (0.999989 as 0.99999, not 1.000)
    }
    return first;
  }

  // the shortest decimal that reads back as v: what "exactly the value" means for a display
  private static BigDecimal exactDecimal(double v) {
    return new BigDecimal(Double.toString(v));
  }

  private static String layout(BigDecimal r) {
    double abs = Math.abs(r.doubleValue());
    if (abs >= 1e-3 && abs < 1e4) {
      return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }
    int exp = r.precision() - r.scale() - 1;
    BigDecimal mantissa = r.movePointLeft(exp);
    String m = mantissa.scale() < 0 ? mantissa.setScale(0).toPlainString() : mantissa.toPlainString();
    int a = Math.abs(exp);
    return m + "e" + (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : Integer.toString(a));
  }

  @Override
  public String toString() {
    return text();
  }
}
