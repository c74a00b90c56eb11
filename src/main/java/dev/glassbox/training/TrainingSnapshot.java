package dev.glassbox.training;

import dev.glassbox.network.Network;
import java.util.List;

/**
 * Everything the studio draws, as one consistent, immutable picture handed from the training
 * thread to the sketch (see {@link TrainingMonitor}). Nothing in it changes after it is published;
 * arrays inside are shared, not copied, and must not be modified.
 *
 * @param progress state, epoch, batch, throughput and ETA
 * @param config the run's configuration (null when only a history or model is shown)
 * @param history one row per whole epoch, as in the history CSV
 * @param cost the smoothed per-batch training cost against fractional epochs
 * @param weights the first layer's weights, copied at most ~10 times a second (null if none)
 * @param validation the latest evaluation on the validation set (null if none)
 * @param test the latest evaluation on the test set (null if none)
 * @param evaluated a frozen copy of the weights that produced {@code validation} and {@code test}
 * @param best a frozen copy of the weights with the best validation accuracy so far
 */
public record TrainingSnapshot(
    Progress progress, TrainingConfig config, List<EpochResult> history, Curve cost,
    FirstLayerWeights weights, Evaluation validation, Evaluation test, Network evaluated,
    Network best) {

  /** Nothing to show yet. */
  public static TrainingSnapshot idle() {
    return new TrainingSnapshot(Progress.idle(), null, List.of(), Curve.empty(), null, null, null,
        null, null);
  }

  /** A finished run's curves from its history CSV, without weights or evaluations. */
  public static TrainingSnapshot ofHistory(History history) {
    List<EpochResult> rows = history.rows();
    int epochs = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).epoch();
    Progress p = new Progress(Progress.State.LOADED, epochs, epochs, 0, 0, Double.NaN, Double.NaN,
        "");
    return new TrainingSnapshot(p, null, rows, Curve.empty(), null, null, null, null, null);
  }

  /** The evaluation the heatmap and gallery show: test if there is one, else validation. */
  public Evaluation shown() {
    return test != null ? test : validation;
  }

  /** The epochs the curves span: the configured count, or the history's length. */
  public int epochSpan() {
    int n = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
    return Math.max(n, Math.max(progress.epochs(), 1));
  }
}
