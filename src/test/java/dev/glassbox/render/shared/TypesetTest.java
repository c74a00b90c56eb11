package dev.glassbox.render.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.Value;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Typesetting one formula never changes how a later one is set. JLaTeXMath shares one atom per
 * symbol, and a braced single symbol ({=}) retypes that shared atom for every later formula.
 */
class TypesetTest {
  private static float width(String latex) {
    return new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 40).getIconWidth();
  }

  @Test
  void wordsAndNumbersLeaveTheSpacingOfLaterEquationsAlone() {
    String later = "a^{1} = x + y \\times z, w: v; u < t > s";
    float before = width(later);
    // words with every character the notation escapes, and numbers in scientific notation
    width(Expr.words("here: its z, a; y = e + 1 < 2 > 0").latex());
    width(Equation.of(Expr.sym("d"), Value.of(-1.25e-7), Value.of(3.5e9)).latex());
    assertEquals(before, width(later), 0.01f, "the same equation, set again after the words and numbers");
  }
}
