package dev.glassbox.cli;

import dev.glassbox.training.EpochResult;
import dev.glassbox.training.Sweep;
import dev.glassbox.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sweep's table for the terminal: layers and eta always, then the other hyperparameters that
 * vary across the sweep, then the best validation accuracy, the epoch it was reached, the epochs
 * run and the time.
 */
final class SweepTable {
  private SweepTable() {}

  /** The hyperparameter columns shown: layers, eta, and any other that varies. */
  static List<String> columns(List<TrainingConfig> configs) {
    List<String> cols = new ArrayList<>(List.of("layers", "eta"));
    for (String key : configs.get(0).describe().keySet()) {
      if (cols.contains(key)) {
        continue;
      }
      String first = configs.get(0).describe().get(key);
      for (TrainingConfig c : configs) {
        if (!c.describe().get(key).equals(first)) {
          cols.add(key);
          break;
        }
      }
    }
    return cols;
  }

  /** "layers=784,30,10 eta=3.0" with the shown columns. */
  static String label(TrainingConfig c, List<TrainingConfig> all) {
    StringBuilder sb = new StringBuilder();
    Map<String, String> d = c.describe();
    for (String col : columns(all)) {
      sb.append(sb.length() == 0 ? "" : " ").append(col).append('=').append(d.get(col));
    }
    return sb.toString();
  }

  /** The whole table, one line per row, in the order of the configurations. */
  static String format(List<Sweep.Row> rows, List<TrainingConfig> configs) {
    List<String> cols = columns(configs);
    List<String[]> lines = new ArrayList<>();
    List<String> head = new ArrayList<>(cols);
    head.addAll(List.of("best val", "epoch", "run", "seconds"));
    lines.add(head.toArray(String[]::new));
    for (Sweep.Row r : rows) {
      List<String> cells = new ArrayList<>();
      for (String col : cols) {
        cells.add(r.config().describe().get(col));
      }
      EpochResult b = r.best();
      cells.add(b == null ? "-" : TerminalProgress.pct(b.validationAccuracy()));
      cells.add(b == null ? "-" : Integer.toString(b.epoch()));
      cells.add(r.history().size() + (r.diverged() ? " (diverged)" : ""));
      cells.add(String.format(Locale.ROOT, "%.1f", r.seconds()));
      lines.add(cells.toArray(String[]::new));
    }
    int[] width = new int[head.size()];
    for (String[] l : lines) {
      for (int i = 0; i < l.length; i++) {
        width[i] = Math.max(width[i], l[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] l : lines) {
      for (int i = 0; i < l.length; i++) {
        sb.append(i == 0 ? "" : "  ");
        sb.append(i < cols.size() ? pad(l[i], width[i]) : padLeft(l[i], width[i]));
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(w - s.length());
  }

  private static String padLeft(String s, int w) {
    return " ".repeat(w - s.length()) + s;
  }
}
