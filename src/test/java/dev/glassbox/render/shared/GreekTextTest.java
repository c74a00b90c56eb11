package dev.glassbox.render.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Expr;
import dev.glassbox.notation.TextMode;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Sentences with Greek letters typeset without JLaTeXMath's Greek text font, which the build leaves
 * out (plain GPL, no classpath exception): the letters go to math mode.
 */
class GreekTextTest {
  private static float width(String latex) {
    return new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 20).getIconWidth();
  }

  @Test
  void theGreekTextFontIsLeftOut() {
    assertNull(TeXFormula.class.getResource("/org/scilab/forge/jlatexmath/greek/fonts/language_greek.xml"));
    // so Greek inside \text{} cannot be set: what TextMode avoids
    assertThrows(RuntimeException.class, () -> width("\\text{δ}"));
  }

  @Test
  void everyGreekLetterTypesetsInASentence() {
    int letters = 0;
    for (char c = 'Α'; c <= 'ω'; c++) {
      if (Character.isLetter(c)) {
        String latex = TextMode.latex("its " + c + ", a_j^2 {x} 50% & " + c + c);
        assertTrue(width(latex) > width(TextMode.latex("its , a_j^2 {x} 50% & ")), latex);
        letters++;
      }
    }
    assertEquals(56, letters, "Α-Ω, α-ω with ς, and the seven accented letters between them");
  }

  @Test
  void textWithoutGreekStaysOneEscapedGroup() {
    assertEquals("\\text{a\\_j\\^{}2 \\{x\\} 50\\% \\& b}", TextMode.latex("a_j^2 {x} 50% & b"));
    assertEquals("\\text{}", TextMode.latex(""));
    assertEquals("{ε}\\text{ \\mathord{=} 0.001\\mathord{,} }{δ}{σ}\\text{′}", TextMode.latex("ε = 0.001, δσ′"));
  }

  @Test
  void wordsInAnEquationKeepTheirSubscriptsAndLoseTheirGreekText() {
    String latex = Equation.of(Expr.words("some a²_j round, so η")).latex();
    assertTrue(latex.contains("\\text{some a²_j round\\mathord{,} so }{η}"), latex);
    assertTrue(width(latex) > 0);
  }
}
