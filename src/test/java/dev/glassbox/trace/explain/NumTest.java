package dev.glassbox.trace.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The formatter's rules: 4 significant digits, plain in [0.001, 10000), scientific outside. */
class NumTest {
  @Test
  void fourSignificantDigits() {
    assertEquals("1.235", Num.format(1.23456));
    assertEquals("-0.5103", Num.format(-0.510349));
    assertEquals("0.5", Num.format(0.5));
    assertEquals("3", Num.format(3.0));
    assertEquals("1235", Num.format(1234.56));
    assertEquals("0.001", Num.format(0.001));
  }

  @Test
  void scientificOutsideThePlainRange() {
    assertEquals("1e-05", Num.format(1e-5));
    assertEquals("-1.235e-04", Num.format(-0.000123456));
    assertEquals("1.235e+04", Num.format(12345.6));
    // rounding can carry into the next power of ten
    assertEquals("1e+04", Num.format(9999.9));
  }

  @Test
  void specialValues() {
    assertEquals("0", Num.format(0.0));
    assertEquals("0", Num.format(-0.0));
    assertEquals("NaN", Num.format(Double.NaN));
    assertEquals("-∞", Num.format(Double.NEGATIVE_INFINITY));
  }

  @Test
  void vectorsShowTheirFirstValuesAndHowManyMore() {
    assertEquals("[1, 2, 3]", Num.vector(new double[] {1, 2, 3}, 3));
    assertEquals("[1, 2, … 2 more]", Num.vector(new double[] {1, 2, 3, 4}, 2));
  }
}
