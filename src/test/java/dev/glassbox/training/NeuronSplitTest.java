package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The ways of sharing layer 1 out, and the move towards the thread that waits more. */
class NeuronSplitTest {
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
    s.afterRun(oneFaster, run);
    assertEquals(even, s.current(), "one run is not enough");
    s.afterRun(oneFaster, run);
    assertEquals(even - 1, s.current());
    assertArrayEquals(new int[] {0, 42, 100}, s.bounds[s.current()]);
    // now thread 1 (58 neurons, 8 vectors) waits 130 µs of 1400: 159 µs a vector, more than the gap
    s.afterRun(new long[] {0, 130_000}, run);
    s.afterRun(new long[] {0, 130_000}, run);
    assertEquals(even - 1, s.current(), "a vector more would make thread 1 the slower");
    // both waited much: one core for both threads, or a stall; it tells nothing
    s.afterRun(new long[] {400_000, 900_000}, run);
    s.afterRun(new long[] {400_000, 900_000}, run);
    assertEquals(even - 1, s.current(), "both threads waited a quarter of the run");
    // verdicts that alternate leave it
    s.afterRun(new long[] {0, 600_000}, run);
    s.afterRun(new long[] {600_000, 0}, run);
    s.afterRun(new long[] {0, 600_000}, run);
    assertEquals(even - 1, s.current());
    // thread 0 waits: back, and on past the even split, up to the last
    for (int i = 0; i < 20; i++) {
      s.afterRun(new long[] {600_000, 0}, run);
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
      s.afterRun(new long[] {0, 286_000}, run);
    }
    assertEquals(even, s.current());
    // 1.6x as fast: works 625, 313 a vector, waits 375: moves
    s.afterRun(new long[] {0, 375_000}, run);
    s.afterRun(new long[] {0, 375_000}, run);
    assertEquals(even - 1, s.current());
  }
}
