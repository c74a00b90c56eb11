package dev.glassbox.tutorial;

import dev.glassbox.trace.explain.Num;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.History;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Placeholders about training runs: the default model's history and the tutorial's short
 * {@link Experiment}s. Accuracies are percentages with two decimals.
 *
 * <ul>
 *   <li>{@code hist.epochs}, {@code hist.best.epoch}, {@code hist.best.val},
 *       {@code hist.best.test}, {@code hist.first.val}, {@code hist.last.val},
 *       {@code hist.last.test}, {@code hist.first.cost}, {@code hist.last.cost},
 *       {@code hist.seconds} (training time of all epochs), {@code hist.table} (some epochs as a
 *       Markdown table)
 *   <li>{@code run:NAME.eta}, {@code .lambda}, {@code .dropout}, {@code .epochs}, {@code .trainSize},
 *       {@code .lastVal}, {@code .lastTrain} (accuracy on its own training images),
 *       {@code .bestVal}, {@code .bestEpoch}, {@code .lastCost}
 * </ul>
 */
public final class TrainingValues implements Values {
  private final List<EpochResult> hist;
  private final Map<String, Experiment> runs = new HashMap<>();
  private final int trainSize;

  /** The default model's history, and experiments trained on {@code trainSize} images. */
  public TrainingValues(History defaultHistory, List<Experiment> experiments, int trainSize) {
    this.hist = defaultHistory.rows();
    this.trainSize = trainSize;
    for (Experiment e : experiments) {
      runs.put(e.name(), e);
    }
  }

  @Override
  public String get(String key) {
    if (key.startsWith("run:")) {
      int dot = key.lastIndexOf('.');
      Experiment e = runs.get(key.substring(4, Math.max(4, dot)));
      if (e == null || dot < 0) {
        throw new IllegalArgumentException("{{" + key + "}}: no experiment of that name, or no .field");
      }
      return run(e, key.substring(dot + 1), key);
    }
    EpochResult first = hist.get(0);
    EpochResult last = hist.get(hist.size() - 1);
    EpochResult best = best(hist);
    switch (key) {
      case "hist.epochs":
        return Integer.toString(last.epoch());
      case "hist.best.epoch":
        return Integer.toString(best.epoch());
      case "hist.best.val":
        return pct(best.validationAccuracy());
      case "hist.best.test":
        return pct(best.testAccuracy());
      case "hist.first.val":
        return pct(first.validationAccuracy());
      case "hist.last.val":
        return pct(last.validationAccuracy());
      case "hist.last.test":
        return pct(last.testAccuracy());
      case "hist.first.cost":
        return Num.format(first.trainCost());
      case "hist.last.cost":
        return Num.format(last.trainCost());
      case "hist.seconds":
        return String.format(Locale.ROOT, "%.0f", hist.stream().mapToDouble(EpochResult::seconds).sum());
      case "hist.table":
        return table();
      default:
        return null;
    }
  }

  private String run(Experiment e, String field, String key) {
    List<EpochResult> rows = e.history().rows();
    EpochResult last = rows.get(rows.size() - 1);
    EpochResult best = best(rows);
    switch (field) {
      case "eta":
        return Num.format(e.config().eta());
      case "lambda":
        return Num.format(e.config().lambda());
      case "dropout":
        return Num.format(e.config().dropout());
      case "epochs":
        return Integer.toString(e.config().epochs());
      case "trainSize":
        return String.format(Locale.ROOT, "%,d", trainSize);
      case "lastVal":
        return pct(last.validationAccuracy());
      case "lastTrain":
        return pct(last.testAccuracy());
      case "bestVal":
        return pct(best.validationAccuracy());
      case "bestEpoch":
        return Integer.toString(best.epoch());
      case "lastCost":
        return Num.format(last.trainCost());
      default:
        throw new IllegalArgumentException("{{" + key + "}}: unknown field " + field);
    }
  }

  private static EpochResult best(List<EpochResult> rows) {
    EpochResult best = rows.get(0);
    for (EpochResult r : rows) {
      if (r.validationAccuracy() > best.validationAccuracy()) {
        best = r;
      }
    }
    return best;
  }

  private String table() {
    StringBuilder sb = new StringBuilder("| epoch | train cost | validation accuracy | test accuracy |\n|---:|---:|---:|---:|");
    for (EpochResult r : hist) {
      int e = r.epoch();
      if (e <= 3 || e % 5 == 0 || e == hist.get(hist.size() - 1).epoch()) {
        sb.append("\n| ").append(e).append(" | ").append(Num.format(r.trainCost())).append(" | ")
            .append(pct(r.validationAccuracy())).append(" | ").append(pct(r.testAccuracy())).append(" |");
      }
    }
    return sb.toString();
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", v * 100);
  }
}
