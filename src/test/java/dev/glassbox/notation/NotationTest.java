package dev.glassbox.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers shown honestly, equations that check, and the two renderings of one tree. */
class NotationTest {
  @Test
  void roundingNeverMakesAValueLookExact() {
    assertEquals("0.5", Value.format(0.5, 4));
    assertEquals("0.5000", Value.format(0.50001, 4));
    assertEquals("0.99999", Value.format(0.999989, 4));
    assertEquals("1.1e-05", Value.format(1.1e-5, 4));
    assertEquals("-2.017e-08", Value.format(-2.0174e-8, 4));
    assertEquals("3", Value.exact(3).text());
    assertEquals(0.5e-4, Value.of(0.50001).halfUnit(), 1e-18);
  }

  @Test
  void fittingAddsTheDigitsAnEquationNeedsToCheck() {
    Value a = Value.of(0.999989);
    Equation e = Equation.of(Expr.sym("δ", "3", "7"), Expr.minus(a, Value.exact(1)), Value.of(0.999989 - 1));
    assertNotNull(e.mismatch(), "0.99999 - 1 is not -1.1e-05: " + e.text());
    Formula f = Formula.of(e);
    assertTrue(f.mismatches().isEmpty(), f.mismatches().toString());
    assertEquals("δ³₇ = 0.999989 - 1 = -1.100e-05", f.text());
  }

  @Test
  void aWrongResultIsCaught() {
    Equation e = Equation.of(Expr.times(Value.exact(2), Value.exact(3)), Value.of(6.01));
    assertNotNull(Formula.of(e).mismatches().isEmpty() ? null : e.mismatch());
    assertNull(Equation.of(Expr.times(Value.exact(2), Value.exact(3)), Value.of(6)).mismatch());
  }

  @Test
  void vectorsCheckEntryByEntryAndFunctionsFromTheirShownArgument() {
    List<Value> z = List.of(Value.of(11.41278), Value.of(-0.5));
    Expr sig = Expr.call(Fn.of("σ'", "\\sigma'", x -> {
      double s = 1 / (1 + Math.exp(-x));
      return s * (1 - s);
    }), Expr.vector(z, new int[] {0, 1}, 2));
    double s0 = 1 / (1 + Math.exp(-11.41278));
    double s1 = 1 / (1 + Math.exp(0.5));
    Equation e = Equation.of(sig, Expr.vector(List.of(Value.of(s0 * (1 - s0)), Value.of(s1 * (1 - s1))),
        new int[] {0, 1}, 2));
    Formula f = Formula.of(e);
    assertTrue(f.mismatches().isEmpty(), f.mismatches().toString());
    assertTrue(z.get(0).digits() > 4, "σ'(11.41) needs more digits of z: " + f.text());
  }

  @Test
  void oneTreeTwoRenderings() {
    Equation e = Equation.of(Expr.partial(Expr.sym("C"), Expr.sym("w", "3", "2,9")),
        Expr.juxt(Expr.sym("a", "2", "9"), Expr.sym("δ", "3", "2")), Expr.times(Value.of(0.5), Value.of(-0.25)),
        Value.of(-0.125));
    assertEquals("∂C/∂w³₂,₉ = a²₉ δ³₂ = 0.5 × (-0.25) = -0.125", e.text());
    String latex = e.latex();
    assertTrue(latex.startsWith("\\frac{\\partial C}{\\partial w^{3}_{2,9}}"), latex);
    assertTrue(latex.contains("\\boldsymbol{{-0.125}}"), latex);
    assertFalse(latex.contains(String.valueOf(Expr.BREAK)), latex);
  }

  @Test
  void longSumsAndVectorsBreakBetweenTermsAndEntries() {
    Expr sum = Expr.sum(List.of(Expr.times(Value.of(1.5), Value.of(2)), Expr.times(Value.of(-1), Value.of(3))),
        Value.of(0.25), 40);
    List<String> pieces = Equation.of(Expr.sym("z", "2", "1"), sum, Value.of(0.25)).latexPieces();
    assertTrue(pieces.size() >= 4, pieces.toString());
    for (String p : pieces) {
      long open = p.chars().filter(c -> c == '{').count();
      long close = p.chars().filter(c -> c == '}').count();
      assertEquals(open, close, "each piece is whole LaTeX: " + p);
    }
  }
}
