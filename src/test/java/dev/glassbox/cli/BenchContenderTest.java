package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchContenderTest {
  @Test
  void warmsForTheFewestEpochsWhateverTheTimes() {
    for (int warm = 1; warm < BenchCommand.MIN_WARMUP; warm++) {
      assertTrue(BenchContender.stillWarming(warm, 0.2, 0.1, 0));
    }
    assertFalse(BenchContender.stillWarming(BenchCommand.MIN_WARMUP, 0.2, 0.1, 0));
  }

  @Test
  void anEpochFasterThanTheOneBeforeIsNotYetWarm() {
    assertTrue(BenchContender.stillWarming(BenchCommand.MIN_WARMUP, 0.09, 0.1, 0));
    assertFalse(BenchContender.stillWarming(BenchCommand.MIN_WARMUP, 0.099, 0.1, 0));
  }

  @Test
  void anEpochInWhichTheCompilerWorkedIsNotYetWarm() {
    // 5 ms of compiling in a 0.1 s epoch is the most a warm one may hold
    assertFalse(BenchContender.stillWarming(BenchCommand.MIN_WARMUP, 0.1, 0.1, 5));
    assertTrue(BenchContender.stillWarming(BenchCommand.MIN_WARMUP, 0.1, 0.1, 6));
    assertTrue(BenchContender.stillWarming(BenchCommand.MIN_WARMUP, 1.0, 1.0, 51));
    assertFalse(BenchContender.stillWarming(BenchCommand.MIN_WARMUP, 1.0, 1.0, 50));
  }

  @Test
  void stopsAtTheMostEpochsEvenWhileTheCompilerWorks() {
    assertTrue(BenchContender.stillWarming(BenchCommand.MAX_WARMUP - 1, 0.05, 0.1, 1000));
    assertFalse(BenchContender.stillWarming(BenchCommand.MAX_WARMUP, 0.05, 0.1, 1000));
  }
}
