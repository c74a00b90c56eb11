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
  void theSplitMovesAfterTwoRunsInARowWithOneStepOfWaitBetweenTheThreads() {
    NeuronSplit s = new NeuronSplit(100, 2);
    int even = s.current();
    long run = 1_000_000;
    long step = run * NeuronSplit.STEP / 100; // 80 µs
    // thread 1 waited longer: it is the faster one, and thread 0 should own fewer neurons
    s.afterRun(new long[] {10_000, 10_000 + step + 1}, run);
    assertEquals(even, s.current(), "one run is not enough");
    s.afterRun(new long[] {10_000, 10_000 + step + 1}, run);
    assertEquals(even - 1, s.current());
    // waits within a step of each other, or verdicts that alternate, leave it
    s.afterRun(new long[] {10_000, 10_000 + step}, run);
    s.afterRun(new long[] {10_000, 10_000 + step}, run);
    assertEquals(even - 1, s.current());
    s.afterRun(new long[] {0, 2 * step}, run);
    s.afterRun(new long[] {2 * step, 0}, run);
    s.afterRun(new long[] {0, 2 * step}, run);
    assertEquals(even - 1, s.current());
    // thread 0 waits: back, and on past the even split, up to the last
    for (int i = 0; i < 20; i++) {
      s.afterRun(new long[] {2 * step, 0}, run);
    }
    assertEquals(s.bounds.length - 1, s.current());
  }
}
