package dev.glassbox.notation;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that explain one quantity, e.g. BP2 for one neuron: the equation in symbols, then the
 * weighted sum with its numbers, σ'(z), and the product. Lines share {@link Value}s, so a number
 * reads the same wherever it appears; {@link #fit} gives each value the digits its lines need to
 * add up.
 */
public final class Formula {
  private final List<Equation> lines;

  private Formula(List<Equation> lines) {
    this.lines = lines;
  }

  /** The lines, fitted: every value shows as many digits as its equations need to check. */
  public static Formula of(List<Equation> lines) {
    Formula f = new Formula(List.copyOf(lines));
    f.fit();
    return f;
  }

  /** The lines, fitted (see {@link #of(List)}). */
  public static Formula of(Equation... lines) {
    return of(List.of(lines));
  }

  /** The lines, in reading order. */
  public List<Equation> lines() {
    return lines;
  }

  /**
   * Raises the digits of the operands of every line that does not check, one digit at a time,
   * until all check or no operand can show more.
   */
  private void fit() {
    for (int round = 0; round < 4 * Value.MAX_DIGITS; round++) {
      boolean changed = false;
      for (Equation e : lines) {
        if (e.mismatch() != null) {
          for (Value v : distinct(e.operands())) {
            changed |= v.moreDigits();
          }
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  private static List<Value> distinct(List<Value> values) {
    List<Value> out = new ArrayList<>();
    for (Value v : values) {
      boolean seen = false;
      for (Value o : out) {
        seen |= o == v;
      }
      if (!seen) {
        out.add(v);
      }
    }
    return out;
  }

  /** The lines that do not check, each with why (empty when the whole formula checks). */
  public List<String> mismatches() {
    List<String> out = new ArrayList<>();
    for (Equation e : lines) {
      String m = e.mismatch();
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** The plain text, one line per equation. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Equation e : lines) {
      sb.append(sb.length() == 0 ? "" : "\n").append(e.text());
    }
    return sb.toString();
  }
}
