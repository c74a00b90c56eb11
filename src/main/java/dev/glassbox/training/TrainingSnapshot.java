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
 * @param speeds per layer after the input (code layer l at index l - 1), its smoothed speed of
 *     learning against fractional epochs (see {@link LayerSpeeds}); empty when not training
 * @param weights the first layer's weights, copied at most ~10 times a second (null if none)
 * @param last the latest evaluated epoch: its weights and evaluations (null if none)
 * @param best the evaluated epoch with the best validation accuracy so far, the one Save keeps
 *     (null if none)
 */
public record TrainingSnapshot(
    Progress progress, TrainingConfig config, List<EpochResult> history, Curve cost,
    List<Curve> speeds, FirstLayerWeights weights, EvaluatedEpoch last, EvaluatedEpoch best) {

  /** Nothing to show yet. */
  public static TrainingSnapshot idle() {
    return new TrainingSnapshot(Progress.idle(), null, List.of(), Curve.empty(), List.of(), null,
        null, null);
  }

  /** A finished run's curves from its history CSV, without weights or evaluations. */
  public static TrainingSnapshot ofHistory(History history) {
    List<EpochResult> rows = history.rows();
    int epochs = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).epoch();
    Progress p = new Progress(Progress.State.LOADED, epochs, epochs, 0, 0, Double.NaN, Double.NaN,
        false, "");
    return new TrainingSnapshot(p, null, rows, Curve.empty(), List.of(), null, null, null);
  }

  /** The latest evaluation on the validation set, or null. */
  public Evaluation validation() {
    return last == null ? null : last.validation();
  }

  /** The latest evaluation on the test set, or null. */
  public Evaluation test() {
    return last == null ? null : last.test();
  }

  /** A frozen copy of the weights that produced {@link #validation()} and {@link #test()}, or null. */
  public Network evaluated() {
    return last == null ? null : last.network();
  }

  /** A frozen copy of the weights with the best validation accuracy so far, or null. */
  public Network bestNetwork() {
    return best == null ? null : best.network();
  }

  /** The evaluation the heatmap and gallery show by default: the latest epoch's. */
  public Evaluation shown() {
    return last == null ? null : last.shown();
  }

  /** The epochs the curves span: the configured count, or the history's length. */
  public int epochSpan() {
    int n = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
    return Math.max(n, Math.max(progress.epochs(), 1));
  }
}
