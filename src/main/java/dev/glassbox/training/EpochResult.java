package dev.glassbox.training;

/**
 * One epoch's numbers: a row of the history.
 *
 * @param epoch 1-based epoch number
 * @param trainCost mean cost of the epoch's samples, each at the weights it was trained on
 * @param validationAccuracy fraction correct on the validation set (NaN if none)
 * @param testAccuracy fraction correct on the test set (NaN if none)
 * @param seconds wall time of the epoch's training (evaluation excluded)
 * @param evalSeconds wall time of the evaluation after it
 * @param speeds each layer's speed of learning, averaged over the epoch's mini-batches (see
 *     {@link LayerSpeeds}; none in histories written before they were recorded)
 * @param eta the learning rate η the epoch trained at (see {@link Schedule}; NaN in histories
 *     written before it was recorded)
 */
public record EpochResult(
    int epoch, double trainCost, double validationAccuracy, double testAccuracy, double seconds,
    double evalSeconds, LayerSpeeds speeds, double eta) {

  /** Null speeds mean none. */
  public EpochResult {
    speeds = speeds == null ? LayerSpeeds.none() : speeds;
  }

  /** A row without its η. */
  public EpochResult(int epoch, double trainCost, double validationAccuracy, double testAccuracy,
      double seconds, double evalSeconds, LayerSpeeds speeds) {
    this(epoch, trainCost, validationAccuracy, testAccuracy, seconds, evalSeconds, speeds, Double.NaN);
  }

  /** A row without speeds. */
  public EpochResult(int epoch, double trainCost, double validationAccuracy, double testAccuracy,
      double seconds, double evalSeconds) {
    this(epoch, trainCost, validationAccuracy, testAccuracy, seconds, evalSeconds, LayerSpeeds.none());
  }
}
