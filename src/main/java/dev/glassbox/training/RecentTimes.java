package dev.glassbox.training;

/**
 * The last few times of one way of doing a piece of work (per unit of it: a mini-batch), and the
 * estimate that judges the way: their mean without the largest. A core that the machine takes away
 * for milliseconds now and then is part of a way's cost, so the times are not reduced to their
 * median; leaving the largest out keeps one passing hiccup from turning a choice.
 */
final class RecentTimes {
  private final double[] times;
  private int recorded;

  /** Keeps the last {@code size} times. */
  RecentTimes(int size) {
    times = new double[size];
  }

  void record(double perUnit) {
    times[recorded++ % times.length] = perUnit;
  }

  /** Forgets every time: those from before are stale. */
  void clear() {
    recorded = 0;
  }

  boolean empty() {
    return recorded == 0;
  }

  /**
   * The mean of the kept times without the largest (with fewer than three, the mean of all);
   * infinite with none.
   */
  double estimate() {
    int n = Math.min(recorded, times.length);
    if (n == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double sum = 0;
    double largest = 0;
    for (int i = 0; i < n; i++) {
      sum += times[i];
      largest = Math.max(largest, times[i]);
    }
    return n < 3 ? sum / n : (sum - largest) / (n - 1);
  }
}
