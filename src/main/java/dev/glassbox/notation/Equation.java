package dev.glassbox.notation;

import java.util.ArrayList;
import java.util.List;

/**
 * One line: sides joined by "=", e.g. δ = 0.0345 × 0.2499 = 0.008622. The last side is the result
 * (set in bold); every other side that has numbers must re-evaluate, from its displayed digits, to
 * the displayed result within half a unit of the result's last digit ({@link #mismatch}).
 */
public final class Equation {
  private final List<Expr> sides;

  private Equation(List<Expr> sides) {
    this.sides = sides;
  }

  /** The line {@code sides[0] = sides[1] = ...}. */
  public static Equation of(Expr... sides) {
    return new Equation(List.of(sides));
  }

  /** The sides, in order. */
  public List<Expr> sides() {
    return sides;
  }

  /** The result: the last side. */
  public Expr result() {
    return sides.get(sides.size() - 1);
  }

  /** Whether any side shows numbers (a symbolic line has none). */
  public boolean numeric() {
    for (Expr e : sides) {
      if (e.eval() != null) {
        return true;
      }
    }
    return false;
  }

  /** The numbers shown on the sides before the result: what a reader computes with. */
  List<Value> operands() {
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < sides.size() - 1; i++) {
      sides.get(i).values(out);
    }
    return out;
  }

  /**
   * Null when the line checks, else what does not: a side whose value, computed from its
   * displayed digits, differs from the displayed result by more than half a unit of the result's
   * last digit (with room for the last bits of double arithmetic).
   */
  public String mismatch() {
    Expr result = result();
    double[] want = result.eval();
    if (want == null) {
      return null;
    }
    List<Value> shownResult = new ArrayList<>();
    result.values(shownResult);
    for (int i = 0; i < sides.size() - 1; i++) {
      double[] got = sides.get(i).eval();
      if (got == null) {
        continue;
      }
      for (int e = 0; e < want.length; e++) {
        double g = got[got.length == 1 ? 0 : e];
        double w = want[e];
        double tolerance = shownResult.get(e).halfUnit() * (1 + 1e-9) + 1e-12 * Math.abs(w) + 1e-300;
        boolean same = g == w || Math.abs(g - w) <= tolerance || (Double.isNaN(g) && Double.isNaN(w));
        if (!same) {
          return "side " + (i + 1) + " of \"" + text() + "\" evaluates to " + g + (want.length > 1 ? " at entry " + e : "")
              + ", the result shows " + shownResult.get(e).text() + " (±" + shownResult.get(e).halfUnit() + ")";
        }
      }
      if (got.length != 1 && got.length != want.length) {
        return "side " + (i + 1) + " has " + got.length + " entries, the result " + want.length;
      }
    }
    return null;
  }

  /** The LaTeX form on one line; the result in bold. */
  public String latex() {
    return String.join("", latexPieces());
  }

  /**
   * The LaTeX form in pieces, each valid LaTeX on its own, to be set on as many lines as a width
   * needs: a new piece starts at each "=" and, inside long sums and vectors, at each term or entry.
   * The result's pieces are bold.
   */
  public List<String> latexPieces() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      boolean bold = i == sides.size() - 1 && i > 0 && result().eval() != null;
      StringBuilder sb = new StringBuilder();
      sides.get(i).latex(sb);
      String[] parts = sb.toString().split(String.valueOf(Expr.BREAK));
      for (int p = 0; p < parts.length; p++) {
        String piece = bold ? "\\boldsymbol{" + parts[p] + "}" : parts[p];
        out.add(i > 0 && p == 0 ? " = " + piece : piece);
      }
    }
    return out;
  }

  /** The plain-text form. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sides.size(); i++) {
      if (i > 0) {
        sb.append(" = ");
      }
      sides.get(i).text(sb);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
