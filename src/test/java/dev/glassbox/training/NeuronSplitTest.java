package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The ways of sharing layer 1 out, the move towards the thread that waits more, and the looks back
 * at the even split.
 */
class NeuronSplitTest {
  // mini-batches in a run (the times per batch judge a look at the even split)
  private static final int BATCHES = 50;
  // thread 0's first neuron past its share, in each split
  private static int[] boundaries(NeuronSplit s) {
    return Arrays.stream(s.bounds).mapToInt(b -> b[1]).toArray();
  }

  @Test
  void twoThreadsMayMoveUpToThreeVectorsEachWayButEachKeepsOne() {
    assertArrayEquals(new int[] {26, 34, 42, 50, 58, 66, 74}, boundaries(new NeuronSplit(100, 2)));
    assertArrayEquals(new int[] {8, 15, 22}, boundaries(new NeuronSplit(30, 2)));
    // each split ends where the layer does
    for (int[] b : new NeuronSplit(100, 2).bounds) {
      assertEquals(0, b[0]);
      assertEquals(100, b[2]);
    }
  }

  @Test
  void onlyTheEvenSplitForThreeThreadsOrSharesThatDoNotScatter() {
    assertEquals(1, new NeuronSplit(100, 3).bounds.length);
    assertArrayEquals(new int[] {0, 33, 66, 100}, new NeuronSplit(100, 3).bounds[0]);
    // 784,800,10 on two threads: shares of 400, the widest summed by scatter
    assertArrayEquals(new int[] {400}, boundaries(new NeuronSplit(800, 2)));
    assertArrayEquals(new int[] {5}, boundaries(new NeuronSplit(10, 2)));
  }

  @Test
  void theSplitMovesAfterTwoRunsInARowWhenTheFasterThreadWouldStillFinishFirstWithAVectorMore() {
    NeuronSplit s = new NeuronSplit(100, 2);
    int even = s.current();
    assertArrayEquals(new int[] {0, 50, 100}, s.bounds[even]);
    long run = 1_400_000;
    // thread 1 (50 neurons, 7 vectors) waited 400 µs: it worked 1000 µs, 143 µs a vector. A vector
    // more would take it to 1143 µs, still before thread 0's 1400: thread 0 should own fewer
    long[] oneFaster = {0, 400_000};
    s.afterRun(oneFaster, run, BATCHES);
    assertEquals(even, s.current(), "one run is not enough");
    s.afterRun(oneFaster, run, BATCHES);
    assertEquals(even - 1, s.current());
    assertArrayEquals(new int[] {0, 42, 100}, s.bounds[s.current()]);
    // now thread 1 (58 neurons, 8 vectors) waits 130 µs of 1400: 159 µs a vector, more than the gap
    s.afterRun(new long[] {0, 130_000}, run, BATCHES);
    s.afterRun(new long[] {0, 130_000}, run, BATCHES);
    assertEquals(even - 1, s.current(), "a vector more would make thread 1 the slower");
    // both waited much: one core for both threads, or a stall; it tells nothing
    s.afterRun(new long[] {400_000, 900_000}, run, BATCHES);
    s.afterRun(new long[] {400_000, 900_000}, run, BATCHES);
    assertEquals(even - 1, s.current(), "both threads waited a quarter of the run");
    // verdicts that alternate leave it
    s.afterRun(new long[] {0, 600_000}, run, BATCHES);
    s.afterRun(new long[] {600_000, 0}, run, BATCHES);
    s.afterRun(new long[] {0, 600_000}, run, BATCHES);
    assertEquals(even - 1, s.current());
    // thread 0 waits: back, and on past the even split, up to the last
    for (int i = 0; i < 20; i++) {
      s.afterRun(new long[] {600_000, 0}, run, BATCHES);
    }
    assertEquals(s.bounds.length - 1, s.current());
  }

  @Test
  void thirtyNeuronsMoveOnlyWhenOneThreadIsHalfAgainAsSlow() {
    NeuronSplit s = new NeuronSplit(30, 2);
    int even = s.current();
    long run = 1_000_000;
    // 2 vectors each; thread 1 1.4x as fast: it works 714 µs, 357 a vector, waits 286: stays
    for (int i = 0; i < 4; i++) {
      s.afterRun(new long[] {0, 286_000}, run, BATCHES);
    }
    assertEquals(even, s.current());
    // 1.6x as fast: works 625, 313 a vector, waits 375: moves
    s.afterRun(new long[] {0, 375_000}, run, BATCHES);
    s.afterRun(new long[] {0, 375_000}, run, BATCHES);
    assertEquals(even - 1, s.current());
  }

  // a run of BATCHES batches at perBatch µs a batch, thread t waiting waitedMicros[t] µs
  private static void run(NeuronSplit s, int perBatch, long... waitedMicros) {
    s.afterRun(new long[] {waitedMicros[0] * 1000, waitedMicros[1] * 1000}, perBatch * 1000L * BATCHES, BATCHES);
  }

  // 784,30,10 moved to 8/22 neurons in a slow spell of thread 0's core: two runs in which thread 1
  // (2 vectors) waited 400 of 1000 µs
  private static NeuronSplit movedInASpell() {
    NeuronSplit s = new NeuronSplit(30, 2);
    run(s, 20, 0, 400);
    run(s, 20, 0, 400);
    assertArrayEquals(new int[] {0, 8, 30}, s.bounds[s.current()]);
    return s;
  }

  @Test
  void awayFromEvenTheEvenSplitIsTimedAgainAndKeptWhenItIsNoSlower() {
    NeuronSplit s = movedInASpell();
    int even = 1;
    // the spell is over: at 8/22, thread 0 (one vector) waits 380 of 950 µs, less than the 570 µs
    // of work its vector took, so the waits alone would never move it back (as measured here)
    for (int i = 0; i < NeuronSplit.LOOK_EVERY - 1; i++) {
      run(s, 19, 380, 0);
      assertEquals(0, s.current(), "run " + i);
    }
    run(s, 19, 380, 0);
    assertEquals(even, s.current(), "a look at the even split");
    // its first run loads other copies and is slow; the other two judge it
    run(s, 30, 0, 0);
    run(s, 16, 0, 0);
    assertEquals(even, s.current());
    run(s, 17, 0, 0);
    assertEquals(even, s.current(), "16.5 µs a batch against 19: kept");
    // waits that point away again are not heeded for a while
    for (int i = 0; i < NeuronSplit.LOOK_EVERY; i++) {
      run(s, 20, 0, 400);
    }
    assertEquals(even, s.current());
    run(s, 20, 0, 400);
    run(s, 20, 0, 400);
    assertEquals(0, s.current(), "then they move it again");
  }

  @Test
  void aLookThatFindsTheEvenSplitSlowerGoesBackAndLooksAgainLater() {
    NeuronSplit s = movedInASpell();
    for (int i = 0; i < NeuronSplit.LOOK_EVERY; i++) {
      run(s, 15, 0, 0);
    }
    assertEquals(1, s.current());
    for (int i = 0; i < NeuronSplit.LOOK; i++) {
      run(s, 20, 0, 0);
    }
    assertEquals(0, s.current(), "the spell goes on: 20 µs a batch even, against 15");
    for (int i = 0; i < NeuronSplit.LOOK_EVERY - 1; i++) {
      run(s, 15, 0, 0);
      assertEquals(0, s.current());
    }
    run(s, 15, 0, 0);
    assertEquals(1, s.current(), "the next look");
  }

  @Test
  void atTheEvenSplitNoLooksAndASplitOfOneWayNeverMoves() {
    NeuronSplit s = new NeuronSplit(30, 2);
    for (int i = 0; i < 3 * NeuronSplit.LOOK_EVERY; i++) {
      run(s, 16 + i % 3, 0, 10);
    }
    assertEquals(1, s.current());
    NeuronSplit three = new NeuronSplit(100, 3);
    for (int i = 0; i < 3 * NeuronSplit.LOOK_EVERY; i++) {
      three.afterRun(new long[] {0, 900_000, 0}, 1_000_000, BATCHES);
    }
    assertEquals(0, three.current());
  }
}
