package dev.glassbox.training;

/**
 * The learning rate of each epoch of one run under its {@link Schedule}: ask {@link #eta} before an
 * epoch, tell {@link #after} whether it improved the validation accuracy. Halvings are exact
 * (η/2^k), so a run is reproducible from its configuration.
 */
public final class LearningRate {
  private final TrainingConfig config;
  private int halvings;
  private int sinceImproved;

  public LearningRate(TrainingConfig config) {
    this.config = config;
  }

  /** η for epoch {@code epoch} (1-based). */
  public double eta(int epoch) {
    double eta = config.eta();
    return switch (config.schedule()) {
      case CONSTANT -> eta;
      case PLATEAU -> Math.scalb(eta, -halvings);
      case STEP -> Math.scalb(eta, -((epoch - 1) / config.halveAfter()));
      case COSINE -> 0.5 * eta * (1 + Math.cos(Math.PI * (epoch - 1) / config.epochs()));
    };
  }

  /** After an epoch: whether its validation accuracy was the best so far. */
  public void after(boolean improved) {
    sinceImproved = improved ? 0 : sinceImproved + 1;
    if (config.schedule() == Schedule.PLATEAU && sinceImproved >= config.halveAfter()) {
      halvings++;
      sinceImproved = 0; // give the smaller η its own N epochs
    }
  }

  /** How many times a plateau has halved η so far. */
  public int halvings() {
    return halvings;
  }
}
