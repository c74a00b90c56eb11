package dev.glassbox.cli;

import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import java.util.ArrayList;
import java.util.List;

/** Formats the per-digit counts of a split as a plain-text table (rows train, validation, test, total). */
final class CountsTable {
  private CountsTable() {}

  static String format(MnistSplit split) {
    List<Dataset> parts = new ArrayList<>(List.of(split.train(), split.validation()));
    if (split.hasTest()) {
      parts.add(split.test());
    }
    StringBuilder sb = new StringBuilder(String.format("%-11s", "digit"));
    for (int d = 0; d < Dataset.DIGITS; d++) {
      sb.append(String.format("%7d", d));
    }
    sb.append(String.format("%9s%n", "total"));
    int[] total = new int[Dataset.DIGITS];
    for (Dataset part : parts) {
      row(sb, part.name(), part.countsPerDigit(), total);
    }
    if (!split.hasTest()) {
      sb.append(String.format("%-11s%s%n", "test", "  (none: this source has no labeled test part)"));
    }
    row(sb, "total", total, null);
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, int[] counts, int[] total) {
    sb.append(String.format("%-11s", name));
    int sum = 0;
    for (int d = 0; d < counts.length; d++) {
      sb.append(String.format("%7d", counts[d]));
      sum += counts[d];
      if (total != null) {
        total[d] += counts[d];
      }
    }
    sb.append(String.format("%9d%n", sum));
  }
}
