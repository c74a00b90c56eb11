package dev.glassbox.training;

import java.util.List;

/**
 * How a run ended up: the best validation accuracy and its epoch, and the mean, variance and
 * standard deviation of the validation accuracy over the last K epochs (how much it still wobbles
 * from epoch to epoch). The variance divides by K, as numpy's {@code np.var} does by default.
 *
 * @param epochs epochs in the history
 * @param best best validation accuracy
 * @param bestEpoch the epoch of {@code best} (the first of equals)
 * @param last how many epochs the mean and variance cover (K, or fewer if the run is shorter)
 * @param mean mean accuracy over the last epochs
 * @param variance (1/K) Σ (acc - mean)²
 */
public record RunStats(int epochs, double best, int bestEpoch, int last, double mean, double variance) {
  /** The standard deviation, √variance. */
  public double std() {
    return Math.sqrt(variance);
  }

  /** The statistics of {@code h} over its last {@code k} epochs (k ≥ 1). */
  public static RunStats of(History h, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("--last must be at least 1, got " + k);
    }
    List<EpochResult> rows = h.rows();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the history has no epochs");
    }
    EpochResult b = h.best();
    int n = Math.min(k, rows.size());
    double sum = 0;
    for (int i = rows.size() - n; i < rows.size(); i++) {
      sum += rows.get(i).validationAccuracy();
    }
    double mean = sum / n;
    double ss = 0;
    for (int i = rows.size() - n; i < rows.size(); i++) {
      double d = rows.get(i).validationAccuracy() - mean;
      ss += d * d;
    }
    return new RunStats(rows.size(), b.validationAccuracy(), b.epoch(), n, mean, ss / n);
  }
}
