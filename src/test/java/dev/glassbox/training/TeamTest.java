package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The team's choice between running a step alone and with the team: it keeps the way that is
 * clearly faster, carries it into the next round without calibrating again, and turns when the
 * other way becomes faster. The two ways differ tenfold here, far beyond a busy machine's noise.
 */
class TeamTest {
  // a step that busy-waits 1 ms on the way that is fast now, ten times as long on the other: longer
  // than the few milliseconds this machine sometimes stalls a thread for
  private static final class Work implements Team.Step {
    boolean teamFast = true;
    final AtomicInteger together = new AtomicInteger();
    final AtomicInteger alone = new AtomicInteger();

    @Override
    public void run(Team.Runner runner) {
      runner.run((t, n) -> {
        if (t > 0) {
          return;
        }
        (n > 1 ? together : alone).incrementAndGet();
        boolean fast = (n > 1) == teamFast;
        long until = System.nanoTime() + (fast ? 1_000_000 : 10_000_000);
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
      });
    }

    void reset() {
      together.set(0);
      alone.set(0);
    }
  }

  @Test
  void theFasterWayIsKeptIntoTheNextRoundAndTurnsWhenTheOtherBecomesFaster() {
    Work work = new Work();
    try (Team team = new Team(2)) {
      team.startRound(4);
      // the first steps also warm up the compiler, and may calibrate wrongly: the looks mend that
      for (int i = 0; i < 100; i++) {
        team.step(work);
      }
      work.reset();
      for (int i = 0; i < 100; i++) {
        team.step(work);
      }
      assertTrue(work.together.get() > 80, "the team is faster: " + work.together + " of 100 steps with it");
      work.reset();
      team.nextRound();
      for (int i = 0; i < 100; i++) {
        team.step(work);
      }
      // no calibration: only the looks at running alone
      assertTrue(work.alone.get() < 15, "the next round keeps the team: " + work.alone + " of 100 alone");
      work.reset();
      work.teamFast = false;
      for (int i = 0; i < 200; i++) {
        team.step(work);
      }
      assertTrue(work.alone.get() > 150, "alone is now faster: " + work.alone + " of 200 steps alone");
    }
  }

  @Test
  void afterTheWayInUseTurnsSlowerTheOtherIsLookedAtSoonerThanTheLooksHadReached() {
    Work work = new Work();
    try (Team team = new Team(2)) {
      team.startRound(4);
      // the team faster for long: the looks at running alone grow rare (every 64 steps)
      for (int i = 0; i < 300; i++) {
        team.step(work);
      }
      // the team slower: its own times turn the choice to running alone
      work.teamFast = false;
      for (int i = 0; i < 40; i++) {
        team.step(work);
      }
      work.reset();
      work.teamFast = true;
      for (int i = 0; i < 40; i++) {
        team.step(work);
      }
      // a look at the team comes after 8 steps, and it is faster again: taken up
      assertTrue(work.together.get() > 20, "back with the team: " + work.together + " of 40 steps with it");
    }
  }

  /**
   * A share that fails: the run throws its exception, not the other thread's "gave up waiting" at
   * the meeting, and the team runs the next task as if nothing had happened.
   */
  @Test
  void aFailedShareIsWhatTheRunThrowsAndTheNextTaskRuns() {
    try (Team team = new Team(2)) {
      for (int failing = 0; failing < 2; failing++) {
        int f = failing;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> team.run((t, n) -> {
          if (t == f) {
            throw new IllegalArgumentException("share " + t);
          }
          team.sync(t, n); // waits for the failed share, and gives up
        }));
        assertEquals("share " + f, e.getMessage());
        AtomicInteger met = new AtomicInteger();
        team.run((t, n) -> {
          team.sync(t, n);
          met.incrementAndGet();
        });
        assertEquals(2, met.get(), "after share " + f + " failed");
      }
    }
  }
}
