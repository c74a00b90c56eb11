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

  // n steps of work on the team
  private static void steps(Team team, Work work, int n) {
    for (int i = 0; i < n; i++) {
      team.step(work);
    }
  }

  @Test
  void theFasterWayIsKeptIntoTheNextRoundAndTurnsWhenTheOtherBecomesFaster() {
    Work work = new Work();
    try (Team team = new Team(2)) {
      team.startRound(4);
      // the first steps also warm up the compiler, and may calibrate wrongly: the looks mend that
      steps(team, work, 100);
      work.reset();
      steps(team, work, 100);
      assertTrue(work.together.get() > 80, "the team is faster: " + work.together + " of 100 steps with it");
      work.reset();
      team.nextRound();
      steps(team, work, 100);
      // no calibration: only the looks at running alone
      assertTrue(work.alone.get() < 15, "the next round keeps the team: " + work.alone + " of 100 alone");
      work.reset();
      work.teamFast = false;
      steps(team, work, 200);
      assertTrue(work.alone.get() > 150, "alone is now faster: " + work.alone + " of 200 steps alone");
    }
  }

  @Test
  void afterTheWayInUseTurnsSlowerTheOtherIsLookedAtSoonerThanTheLooksHadReached() {
    Work work = new Work();
    try (Team team = new Team(2)) {
      team.startRound(4);
      // the team faster for long: the looks at running alone grow rare (every 64 steps)
      steps(team, work, 300);
      // the team slower: its own times turn the choice to running alone
      work.teamFast = false;
      steps(team, work, 40);
      work.reset();
      work.teamFast = true;
      steps(team, work, 40);
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
