package dev.glassbox.training;

import dev.glassbox.network.FirstLayerGradient;

/**
 * How layer 1's neurons are shared out between the threads of a team in runs of mini-batches
 * ({@link Trainer}): evenly, and with two threads also with the boundary moved up to three vectors
 * (8 neurons each) from even, chosen between runs from how long each thread waited for the other
 * at the meetings. The two cores of a virtual machine are not always alike: here one ran at
 * 60% of the other's speed for minutes at a time (two spin loops side by side), and with an even
 * split the faster thread then waited at every meeting for the slower. Who owns a neuron never
 * changes its numbers, only the time.
 */
final class NeuronSplit {
  /** Neurons moved at a time: one vector of doubles, the unit a share's cost grows by. */
  static final int STEP = 8;
  /** Steps away from the even split, at most. */
  static final int MAX_STEPS = 3;

  /** The splits, [i][t] the first neuron of thread t, [i][threads] = hidden; by thread 0's share. */
  final int[][] bounds;
  private final int hidden;
  private int current;
  // the verdict of the last run (-1: thread 0 should own fewer, +1: more, 0: neither); a split
  // moves after two runs in a row say the same, so that one stalled run does not move it
  private int leaning;
  // for tests: every run takes the next split, whatever the waits
  boolean inTurn;

  NeuronSplit(int hidden, int threads) {
    this.hidden = hidden;
    int[] even = new int[threads + 1];
    for (int t = 0; t <= threads; t++) {
      even[t] = Team.from(hidden, t, threads);
    }
    java.util.List<int[]> splits = new java.util.ArrayList<>();
    if (threads == 2 && shareScatters(even[1]) && shareScatters(hidden - even[1])) {
      for (int k = -MAX_STEPS; k <= MAX_STEPS; k++) {
        int b = Math.max(STEP, Math.min(hidden - STEP, even[1] + k * STEP));
        if (k == 0 || b != even[1] && shareScatters(b) && shareScatters(hidden - b)
            && splits.stream().noneMatch(s -> s[1] == b)) {
          splits.add(k == 0 ? even : new int[] {0, b, hidden});
        }
      }
    } else {
      splits.add(even);
    }
    splits.sort(java.util.Comparator.comparingInt(s -> s[1]));
    bounds = splits.toArray(new int[0][]);
    current = splits.indexOf(even);
  }

  // a share of n neurons that a thread keeps in a copy of its own (summed by scatter), at least a vector
  private static boolean shareScatters(int n) {
    return n >= STEP && FirstLayerGradient.scatters(0, n);
  }

  /**
   * A run that tells nothing of the threads' speeds: one alone, or the first with the team after
   * runs alone or a pause (the worker was waking up). The next verdict needs a run after it.
   */
  void skip() {
    leaning = 0;
  }

  /** The split of the next run: an index into {@link #bounds}. */
  int current() {
    return current;
  }

  /**
   * After a run with the team of {@code runNanos}, in which thread t waited {@code waited[t]} ns
   * at the meetings: moves the split a step towards the thread that waited more, two runs in a row,
   * when that pays: when the faster thread, given a vector more, would still finish before the
   * slower does now, that is when the gap between their waits is more than the time the faster
   * took per vector of its share (its time not waiting, over its vectors; an overestimate, since
   * that time also holds the layers above). With the threads even, each waits about as long as the
   * other; with both threads on one core, each waits while the other runs, and such a run counts
   * for nothing.
   */
  void afterRun(long[] waited, long runNanos) {
    if (inTurn) {
      current = (current + 1) % bounds.length;
      return;
    }
    if (bounds.length == 1) {
      return;
    }
    long gap = waited[1] - waited[0];
    // the faster thread (the one that waited longer), and its time per vector of its share
    int faster = gap > 0 ? 1 : 0;
    int[] b = bounds[current];
    int vectors = (b[faster + 1] - b[faster] + STEP - 1) / STEP;
    long perVector = (runNanos - waited[faster]) / Math.max(1, vectors);
    // thread 1 faster: thread 0 should own fewer neurons. A run in which the slower thread too
    // waited a quarter of the time tells nothing of their speeds: both threads shared one core
    // (each waits while the other runs), or a stall came
    boolean told = waited[1 - faster] <= runNanos / 4;
    int verdict = !told || Math.abs(gap) <= perVector ? 0 : faster == 1 ? -1 : 1;
    if (verdict != 0 && verdict == leaning) {
      current = Math.max(0, Math.min(bounds.length - 1, current + verdict));
      leaning = 0;
    } else {
      leaning = verdict;
    }
  }
}
