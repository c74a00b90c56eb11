package dev.glassbox.training;

/**
 * Training diverged: a NaN or infinite cost (names the epoch and batch), or a run that collapsed to
 * chance while its cost stayed finite (see {@link Collapse}).
 */
public final class DivergedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int epoch;
  private final int batch;

  public DivergedException(int epoch, int batch, double cost) {
    super("training diverged at epoch " + epoch + ", batch " + batch + ": the cost became " + cost
        + " (try a smaller --eta)");
    this.epoch = epoch;
    this.batch = batch;
  }

  /** A collapse found after {@code epoch} (no batch: the whole epoch is discarded). */
  public DivergedException(int epoch, String why) {
    super("training diverged in epoch " + epoch + ": " + why + " (try a smaller --eta)");
    this.epoch = epoch;
    this.batch = 0;
  }

  public int epoch() {
    return epoch;
  }

  public int batch() {
    return batch;
  }
}
