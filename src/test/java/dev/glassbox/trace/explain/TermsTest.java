package dev.glassbox.trace.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.glassbox.notation.Expr;
import org.junit.jupiter.api.Test;

/** Long sums shown by their largest terms. */
class TermsTest {
  @Test
  void largestByMagnitudeSkippingZeros() {
    double[] v = {0.1, -5, 0, 3, -0.2, 0};
    assertArrayEquals(new int[] {1, 3, 4}, Terms.largest(v.length, i -> v[i], 3));
    assertArrayEquals(new int[] {1, 3, 4, 0}, Terms.largest(v.length, i -> v[i], 6));
  }

  @Test
  void longSumShowsTopTermsAndTheRest() {
    double[] w = {1, 2, 3, 4, 5, 6};
    double[] a = {1, 1, 1, 0, 1, -1};
    Expr s = Terms.sum(6, i -> w[i], i -> a[i]);
    // |products| = 1, 2, 3, 0, 5, 6: the top three are 6·(-1), 5·1, 3·1; the rest 1 + 2 + 0
    assertEquals("6 × (-1) + 5 × 1 + 3 × 1 + [3: 3 more terms]", s.text());
    assertEquals(1 + 2 + 3 + 0 + 5 - 6, s.eval()[0], 0);
  }

  @Test
  void shortSumIsShownWhole() {
    Expr s = Terms.sum(2, i -> i + 1.0, i -> 2.0);
    assertEquals("1 × 2 + 2 × 2", s.text());
    assertFalse(s.text().contains("more"));
  }
}
