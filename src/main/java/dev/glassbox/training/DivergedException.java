package dev.glassbox.training;

/** Training produced a NaN or infinite cost: names the epoch and batch where it happened. */
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

  public int epoch() {
    return epoch;
  }

  public int batch() {
    return batch;
  }
}
