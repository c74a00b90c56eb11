package dev.glassbox.tutorial;

import dev.glassbox.trace.explain.Num;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.LayerSpeeds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Placeholders about the speed of learning of each layer in the vanishing-gradient
 * {@link Experiment}s (each layer's ‖∂C/∂b^l‖ averaged over an epoch's mini-batches, see
 * {@code LayerSpeeds}). Layers are the book's numbers (2 = the first hidden layer), epochs count
 * from 1, accuracies are percentages with two decimals.
 *
 * <ul>
 *   <li>{@code vg:NAME.speed:L:E}: layer L's speed in epoch E
 *   <li>{@code vg:NAME.ratio:E}: the output layer's speed over the first hidden layer's
 *   <li>{@code vg:NAME.step:E}: the factor by which each layer is faster than the one before it,
 *       on average (geometric mean over the layers)
 *   <li>{@code vg:NAME.val:E}: validation accuracy after epoch E; {@code vg:NAME.lastVal},
 *       {@code vg:NAME.bestVal}, {@code vg:NAME.bestEpoch}
 *   <li>{@code vg:NAME.firstAbove:P}: the first epoch with validation accuracy of P% or more
 *       ("none")
 *   <li>{@code vg.table:E}: every layer's speed in epoch E, one column per experiment
 *   <li>{@code vg.layers}, {@code vg.eta}, {@code vg.epochs}, {@code vg.trainSize} (with a
 *       thousands separator), {@code vg.limit} (the same, plain, for a command line)
 * </ul>
 */
public final class SpeedValues implements Values {
  private final Map<String, Experiment> runs = new LinkedHashMap<>();
  private final int trainSize;

  /** The experiments, compared in this order, each trained on {@code trainSize} images. */
  public SpeedValues(List<Experiment> experiments, int trainSize) {
    for (Experiment e : experiments) {
      runs.put(e.name(), e);
    }
    this.trainSize = trainSize;
  }

  @Override
  public String get(String key) {
    Experiment first = runs.values().iterator().next();
    switch (key) {
      case "vg.layers":
        return first.config().sizesString();
      case "vg.eta":
        return Num.format(first.config().eta());
      case "vg.epochs":
        return Integer.toString(first.config().epochs());
      case "vg.trainSize":
        return String.format(Locale.ROOT, "%,d", trainSize);
      case "vg.limit":
        return Integer.toString(trainSize);
      default:
        break;
    }
    if (key.startsWith("vg.table:")) {
      return table(Integer.parseInt(key.substring("vg.table:".length())));
    }
    if (!key.startsWith("vg:")) {
      return null;
    }
    int dot = key.indexOf('.', 3);
    Experiment e = dot < 0 ? null : runs.get(key.substring(3, dot));
    if (e == null) {
      throw new IllegalArgumentException("{{" + key + "}}: no experiment of that name, or no .field");
    }
    String[] f = key.substring(dot + 1).split(":");
    List<EpochResult> rows = e.history().rows();
    switch (f[0]) {
      case "speed":
        return Num.format(epoch(rows, f[2], key).speeds().of(Integer.parseInt(f[1]) - 1));
      case "ratio": {
        LayerSpeeds s = epoch(rows, f[1], key).speeds();
        double r = s.of(s.layers()) / s.of(1);
        return String.format(Locale.ROOT, r >= 10 ? "%.0f" : "%.1f", r);
      }
      case "step": {
        LayerSpeeds s = epoch(rows, f[1], key).speeds();
        return String.format(Locale.ROOT, "%.1f", Math.pow(s.of(s.layers()) / s.of(1), 1.0 / (s.layers() - 1)));
      }
      case "val":
        return TrainingValues.pct(epoch(rows, f[1], key).validationAccuracy());
      case "lastVal":
        return TrainingValues.pct(rows.get(rows.size() - 1).validationAccuracy());
      case "bestVal":
        return TrainingValues.pct(e.history().best().validationAccuracy());
      case "bestEpoch":
        return Integer.toString(e.history().best().epoch());
      case "firstAbove": {
        double p = Double.parseDouble(f[1]) / 100;
        for (EpochResult r : rows) {
          if (r.validationAccuracy() >= p) {
            return Integer.toString(r.epoch());
          }
        }
        return "none";
      }
      default:
        throw new IllegalArgumentException("{{" + key + "}}: unknown field " + f[0]);
    }
  }

  private static EpochResult epoch(List<EpochResult> rows, String e, String key) {
    int n = Integer.parseInt(e);
    if (n < 1 || n > rows.size()) {
      throw new IllegalArgumentException("{{" + key + "}}: no epoch " + n + " (1 to " + rows.size() + ")");
    }
    return rows.get(n - 1);
  }

  // | layer | role | one column per run |, the speeds of epoch e
  private String table(int e) {
    StringBuilder sb = new StringBuilder("| layer l | |");
    StringBuilder rule = new StringBuilder("|---:|---|");
    for (String name : runs.keySet()) {
      sb.append(' ').append(name).append(": ‖∂C/∂b^l‖ |");
      rule.append("---:|");
    }
    sb.append('\n').append(rule);
    Experiment first = runs.values().iterator().next();
    int layers = first.config().sizes().length - 1;
    for (int l = 1; l <= layers; l++) {
      sb.append("\n| ").append(l + 1).append(" | ")
          .append(l == layers ? "output" : l == 1 ? "first hidden" : "hidden").append(" |");
      for (Experiment x : runs.values()) {
        sb.append(' ').append(Num.format(epoch(x.history().rows(), Integer.toString(e), "vg.table").speeds().of(l)))
            .append(" |");
      }
    }
    return sb.toString();
  }
}
