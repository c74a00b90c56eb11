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
 *
 * <p>The waits tell which way to move, not whether the move paid: a share's time is not in
 * proportion to its vectors (a share of one vector runs its sums at the speed of one chain of
 * adds, and every thread computes the layers above whole). So away from the even split, the even
 * split is timed again now and then ({@link #LOOK} runs after {@link #LOOK_EVERY}), and it is kept
 * when its time per batch is no worse. Without that look, 784,30,10 on two even cores stayed at
 * 22/8 neurons after a slow spell, at 19 µs a batch against 16-17 with 15/15: the thread of 8 waited
 * 40% of each run, less than the 60% its one vector of work predicted for a move back.
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
  private final int even;
  // the verdict of the last run (-1: thread 0 should own fewer, +1: more, 0: neither); a split
  // moves after two runs in a row say the same, so that one stalled run does not move it
  private int leaning;
  // the last RECENT times per batch of each split's runs
  private final RecentTimes[] recent;
  // runs at an uneven split since the last look at the even one, timed runs left of a look under
  // way, and the split it left (to go back to when the even one is slower)
  private int sinceLook;
  private int lookLeft;
  private int home;
  // after a look finds the even split no slower, the waits move no split for this many runs
  // (doubling while looks keep finding it so, so that waits that keep pointing the wrong way cost
  // a look each time less often); counted down by runs
  private int quiet;
  private int quietFor = LOOK_EVERY;
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
    this.even = current;
    recent = new RecentTimes[bounds.length];
    for (int i = 0; i < bounds.length; i++) {
      recent[i] = new RecentTimes(RECENT);
    }
  }

  /** Runs at an uneven split between two looks at the even one. */
  static final int LOOK_EVERY = 16;
  /** Timed runs of a look at the even split (the slowest left out: the first loads other copies). */
  static final int LOOK = 3;
  /** Runs of a split whose times judge it. */
  static final int RECENT = 4;
  /** Most runs the waits are not heeded after looks (see quiet). */
  static final int QUIETEST = 256;

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
   * After a run with the team of {@code batches} mini-batches in {@code runNanos}, in which thread
   * t waited {@code waited[t]} ns at the meetings. During a look at the even split, its runs are
   * timed, and after the last the split with the lower time per batch is kept. Otherwise the split
   * moves a step towards the thread that waited more, two runs in a row, when that looks to pay:
   * when the faster thread, given a vector more, would still finish before the slower does now,
   * that is when the gap between their waits is more than the time the faster took per vector of
   * its share (its time not waiting, over its vectors; an overestimate, since that time also holds
   * the layers above). With the threads even, each waits about as long as the other; with both
   * threads on one core, each waits while the other runs, and such a run counts for nothing.
   */
  void afterRun(long[] waited, long runNanos, int batches) {
    if (inTurn) {
      current = (current + 1) % bounds.length;
      return;
    }
    if (bounds.length == 1) {
      return;
    }
    recent[current].record((double) runNanos / Math.max(1, batches));
    if (lookLeft > 0) {
      if (--lookLeft == 0) {
        endLook();
      }
      return;
    }
    if (current != even && ++sinceLook >= LOOK_EVERY) {
      // a look: the even split's times from before are stale
      home = current;
      current = even;
      lookLeft = LOOK;
      recent[even].clear();
      sinceLook = 0;
      leaning = 0;
      return;
    }
    if (quiet > 0) {
      quiet--;
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
      sinceLook = 0;
    } else {
      leaning = verdict;
    }
  }

  // the end of a look at the even split: keep it when it is no slower than the split it left
  private void endLook() {
    if (recent[even].estimate() <= recent[home].estimate()) {
      current = even;
      quiet = quietFor;
      quietFor = Math.min(2 * quietFor, QUIETEST);
    } else {
      current = home;
      quietFor = LOOK_EVERY;
    }
  }
}
