package dev.glassbox.tutorial;

import dev.glassbox.training.EpochResult;
import dev.glassbox.training.TrainingConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Placeholders about tutorial 7's full-size runs ({@link FrontierRuns}), read from their records
 * and histories. Accuracies are percentages with two decimals; the best epoch is the one with the
 * best validation accuracy (the one saved), and "test" is the test accuracy at that epoch.
 *
 * <ul>
 *   <li>{@code rec:NAME.val}, {@code .test}, {@code .errors} (test images wrong at the best epoch),
 *       {@code .bestEpoch}, {@code .epochsRun}, {@code .epochs} (asked for), {@code .stopped}
 *       (the epoch early stopping ended the run after, or "no"), {@code .command},
 *       {@code .history} (the history's path from tutorials/), {@code .historyPath} (from the
 *       project folder), {@code .layers}, {@code .params} (weights and biases), {@code .label},
 *       {@code .eta}, {@code .lastEta}, {@code .lastCost} (the last epoch's mean training cost),
 *       {@code .halvings} (times η was halved), {@code .patience}, {@code .halveAfter},
 *       {@code .dropout}
 *   <li>{@code rec:NAME.valAt:E}, {@code .testAt:E}, {@code .etaAt:E}: epoch E's
 *   <li>{@code rec:NAME.maxTest}, {@code .maxTestEpoch}: the best test accuracy of any epoch (never
 *       used to choose a model), and where
 *   <li>{@code rec:NAME.trainSeconds}: the history's training time of all epochs, whole seconds
 *   <li>{@code apart:A:B}: how many validation images apart runs A's and B's best validation
 *       accuracies are
 *   <li>{@code pp:A:B}: run B's best validation accuracy minus run A's, in percentage points
 *   <li>{@code halving:NAME:K}: the epoch after which run NAME halved η for the K-th time
 *   <li>{@code ladder}: every run as a Markdown table row
 * </ul>
 */
public final class FrontierValues implements Values {
  private final Map<String, RunRecord> runs = new LinkedHashMap<>();
  private final int testSize;
  private final int validationSize;

  /** The runs, in the tutorial's order, and how many test and validation images they were measured on. */
  public FrontierValues(List<RunRecord> records, int testSize, int validationSize) {
    for (RunRecord r : records) {
      runs.put(r.name(), r);
    }
    this.testSize = testSize;
    this.validationSize = validationSize;
  }

  @Override
  public String get(String key) {
    if (key.equals("ladder")) {
      return ladder();
    }
    if (key.startsWith("apart:")) {
      String[] f = key.split(":");
      if (f.length != 3) {
        throw new IllegalArgumentException("{{" + key + "}}: expected apart:A:B");
      }
      double d = Math.abs(run(f[2], key).best().validationAccuracy() - run(f[1], key).best().validationAccuracy());
      return Long.toString(Math.round(d * validationSize));
    }
    if (key.startsWith("pp:")) {
      String[] f = key.split(":");
      if (f.length != 3) {
        throw new IllegalArgumentException("{{" + key + "}}: expected pp:A:B");
      }
      double d = run(f[2], key).best().validationAccuracy() - run(f[1], key).best().validationAccuracy();
      return String.format(Locale.ROOT, "%.2f", d * 100);
    }
    if (key.startsWith("halving:")) {
      String[] f = key.split(":");
      int e = f.length == 3 ? run(f[1], key).loweredAfter(Integer.parseInt(f[2])) : 0;
      if (e == 0) {
        throw new IllegalArgumentException("{{" + key + "}}: expected halving:NAME:K of a run that lowered η K times");
      }
      return Integer.toString(e);
    }
    if (!key.startsWith("rec:")) {
      return null;
    }
    int dot = key.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("{{" + key + "}}: expected rec:NAME.field");
    }
    RunRecord r = run(key.substring(4, dot), key);
    String[] f = key.substring(dot + 1).split(":");
    TrainingConfig c = r.config();
    EpochResult best = r.best();
    List<EpochResult> rows = r.history().rows();
    return switch (f[0]) {
      case "val" -> TrainingValues.pct(best.validationAccuracy());
      case "test" -> TrainingValues.pct(best.testAccuracy());
      case "errors" -> Integer.toString(errors(best.testAccuracy(), key));
      case "bestEpoch" -> Integer.toString(best.epoch());
      case "epochsRun" -> Integer.toString(rows.size());
      case "epochs" -> Integer.toString(c.epochs());
      case "stopped" -> r.stoppedEarly() > 0 ? Integer.toString(r.stoppedEarly()) : "no";
      case "command" -> r.command();
      case "history" -> recorded(r) ? "runs/" + r.historyFile().getFileName()
          : "../data/models/" + r.historyFile().getFileName();
      case "historyPath" -> recorded(r) ? FrontierRuns.FOLDER + "/" + r.historyFile().getFileName()
          : "data/models/" + r.historyFile().getFileName();
      case "layers" -> c.sizesString();
      case "params" -> String.format(Locale.ROOT, "%,d", params(c.sizes()));
      case "label" -> FrontierRuns.named(r.name()).label();
      case "eta" -> dev.glassbox.trace.explain.Num.format(c.eta());
      case "lastEta" -> eta(r.last().eta());
      case "lastCost" -> dev.glassbox.trace.explain.Num.format(r.last().trainCost());
      case "halvings" -> Long.toString(halvings(rows));
      case "patience" -> Integer.toString(c.patience());
      case "halveAfter" -> Integer.toString(c.halveAfter());
      case "dropout" -> dev.glassbox.trace.explain.Num.format(c.dropout());
      case "valAt" -> TrainingValues.pct(epoch(rows, f, key).validationAccuracy());
      case "testAt" -> TrainingValues.pct(epoch(rows, f, key).testAccuracy());
      case "etaAt" -> eta(epoch(rows, f, key).eta());
      case "maxTest" -> TrainingValues.pct(maxTest(rows).testAccuracy());
      case "maxTestEpoch" -> Integer.toString(maxTest(rows).epoch());
      case "trainSeconds" -> String.format(Locale.ROOT, "%.0f",
          rows.stream().mapToDouble(EpochResult::seconds).sum());
      default -> throw new IllegalArgumentException("{{" + key + "}}: unknown field " + f[0]);
    };
  }

  private static boolean recorded(RunRecord r) {
    return FrontierRuns.named(r.name()).shipped() == null;
  }

  private RunRecord run(String name, String key) {
    RunRecord r = runs.get(name);
    if (r == null) {
      throw new IllegalArgumentException("{{" + key + "}}: no run named " + name + " (runs: "
          + String.join(", ", runs.keySet()) + ")");
    }
    return r;
  }

  // test images wrong: the accuracy is a count over the test images, so this is whole
  private int errors(double accuracy, String key) {
    double wrong = (1 - accuracy) * testSize;
    if (Math.abs(wrong - Math.rint(wrong)) > 1e-3) {
      throw new IllegalArgumentException("{{" + key + "}}: " + accuracy + " is not a count out of " + testSize
          + " test images");
    }
    return (int) Math.rint(wrong);
  }

  private static long params(int[] sizes) {
    long n = 0;
    for (int l = 1; l < sizes.length; l++) {
      n += (long) sizes[l] * sizes[l - 1] + sizes[l];
    }
    return n;
  }

  private static long halvings(List<EpochResult> rows) {
    long n = 0;
    for (int i = 1; i < rows.size(); i++) {
      n += rows.get(i).eta() < rows.get(i - 1).eta() ? 1 : 0;
    }
    return n;
  }

  private static String eta(double v) {
    return dev.glassbox.trace.explain.Num.format(v);
  }

  private static EpochResult epoch(List<EpochResult> rows, String[] f, String key) {
    int e = f.length == 2 ? Integer.parseInt(f[1]) : -1;
    if (e < 1 || e > rows.size()) {
      throw new IllegalArgumentException("{{" + key + "}}: no such epoch (1 to " + rows.size() + ")");
    }
    return rows.get(e - 1);
  }

  private static EpochResult maxTest(List<EpochResult> rows) {
    EpochResult m = rows.get(0);
    for (EpochResult r : rows) {
      if (r.testAccuracy() > m.testAccuracy()) {
        m = r;
      }
    }
    return m;
  }

  private String ladder() {
    StringBuilder sb = new StringBuilder(
        "| run | best validation | at epoch | of | test then | test errors |\n|---|---:|---:|---:|---:|---:|");
    for (RunRecord r : runs.values()) {
      EpochResult b = r.best();
      sb.append("\n| ").append(FrontierRuns.named(r.name()).label()).append(" | ")
          .append(TrainingValues.pct(b.validationAccuracy())).append(" | ").append(b.epoch()).append(" | ")
          .append(r.history().size()).append(" | ").append(TrainingValues.pct(b.testAccuracy())).append(" | ")
          .append(errors(b.testAccuracy(), "ladder")).append(" |");
    }
    return sb.toString();
  }
}
