package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The time left of a run, from made-up clock readings (seconds as nanoseconds from 1000 s). */
class RunClockTest {
  private static final long T0 = 1_000_000_000_000L;

  private static long at(double seconds) {
    return T0 + Math.round(seconds * 1e9);
  }

  @Test
  void beforeAnyEpochEndsThePaceOfTheFirstOneIsUsed() {
    RunClock c = new RunClock(10, false, T0);
    assertTrue(Double.isNaN(c.secondsLeft(1, 0.01, at(0.1))), "nothing to go by yet");
    // a quarter of epoch 1 in 5 s: 15 s for the rest of it and 9 epochs of 20 s
    assertEquals(15 + 9 * 20, c.secondsLeft(1, 0.25, at(5)), 1e-9);
  }

  @Test
  void epochOneCountsOnlyUntilALaterEpochHasEnded() {
    RunClock c = new RunClock(10, false, T0);
    c.epochEnded(1, at(30)); // warm-up: slow
    assertEquals(9 * 30, c.secondsLeftAfter(1), 1e-9);
    c.epochEnded(2, at(40));
    assertEquals(8 * 10, c.secondsLeftAfter(2), 1e-9);
    // half of epoch 3 done: half an epoch and 7 more, at 10 s each
    assertEquals(5 + 7 * 10, c.secondsLeft(3, 0.5, at(45)), 1e-9);
  }

  @Test
  void epochOneIsTimedByItsSecondHalfLeavingTheSlowStartOut() {
    RunClock c = new RunClock(11, false, T0);
    // 12 s before the first batch (the first distortions), a slow first half, then 4 s per half
    c.batch(1, 0.1, at(14));
    c.batch(1, 0.5, at(20));
    c.batch(1, 0.75, at(22));
    c.batch(1, 1.0, at(24));
    c.epochEnded(1, at(25)); // 1 s of evaluation
    assertEquals(10 * (8 + 1), c.secondsLeftAfter(1), 1e-9);
    // during epoch 1, from half-way on, its second half sets the pace too
    RunClock d = new RunClock(3, false, T0);
    d.batch(1, 0.5, at(20));
    d.batch(1, 0.75, at(22));
    assertEquals(0.25 * 8 + 2 * 8, d.secondsLeft(1, 0.75, at(22)), 1e-9);
  }

  @Test
  void theLastThreeEpochsSetThePaceSoABusierMachineShows() {
    RunClock c = new RunClock(20, false, T0);
    double t = 0;
    for (int e = 1; e <= 6; e++) {
      t += e <= 3 ? 10 : 16; // epochs 4-6 take 16 s: the machine got busy
      c.epochEnded(e, at(t));
    }
    assertEquals(14 * 16, c.secondsLeftAfter(6), 1e-9);
    assertEquals(0, c.secondsLeftAfter(20), 1e-9);
  }

  @Test
  void pausesDoNotCount() {
    RunClock c = new RunClock(4, false, T0);
    c.epochEnded(1, at(10));
    c.paused(Math.round(100e9));
    c.epochEnded(2, at(120)); // 110 s of wall time, 100 of them paused
    assertEquals(2 * 10, c.secondsLeftAfter(2), 1e-9);
  }

  @Test
  void withEarlyStoppingTheTimeLeftIsAnUpperBound() {
    RunClock c = new RunClock(70, true, T0);
    c.epochEnded(1, at(12));
    assertEquals("at most 13:48 left", c.left(c.secondsLeftAfter(1)));
    assertEquals("1:00:00 left", new RunClock(2, false, T0).left(3600));
    assertEquals("", c.left(Double.NaN));
  }
}
