package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The estimate that judges a way of working: the mean of its last times without the largest. */
class RecentTimesTest {
  @Test
  void theMeanOfTheLastTimesWithoutTheLargest() {
    RecentTimes r = new RecentTimes(4);
    assertTrue(r.empty());
    assertEquals(Double.POSITIVE_INFINITY, r.estimate());
    r.record(10);
    r.record(20);
    assertFalse(r.empty());
    assertEquals(15, r.estimate(), 0, "with fewer than three, the mean of all");
    r.record(90);
    assertEquals(15, r.estimate(), 0, "a stall of 90 left out");
    r.record(30);
    assertEquals(20, r.estimate(), 0);
    // only the last four are kept: 10 gives way to 40
    r.record(40);
    assertEquals(30, r.estimate(), 0);
    r.clear();
    assertTrue(r.empty());
    assertEquals(Double.POSITIVE_INFINITY, r.estimate());
  }
}
