package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code glassbox bench} end to end on a few hundred images (its figures are not checked: speed is noise here). */
class BenchCommandTest {
  @Test
  void eachThreadCountHasARowWithItsWarmUpAndTheRatioIsOfTheirMedians() {
    Run r = Run.of("bench", "--limit", "300", "--hidden", "4", "--epochs", "2", "--threads", "1,2",
        "--peers", "none");
    assertEquals(0, r.code(), r.err());
    double[] median = new double[3];
    for (int t = 1; t <= 2; t++) {
      Matcher row = Pattern.compile("\\n784,4,10 +" + t + " +([0-9.]+) +([0-9.]+)(?: +[0-9.%]+){4} +(\\d+)\\n")
          .matcher(r.out());
      assertTrue(row.find(), "a row for " + t + " threads in\n" + r.out());
      median[t] = Double.parseDouble(row.group(1));
      assertTrue(median[t] >= Double.parseDouble(row.group(2)), "median at least the min: " + row.group());
      int warm = Integer.parseInt(row.group(3));
      assertTrue(warm >= BenchCommand.MIN_WARMUP && warm <= BenchCommand.MAX_WARMUP, "warm-up " + warm);
    }
    Matcher ratio = Pattern.compile("784,4,10 ([0-9.]+)x;").matcher(r.out());
    assertTrue(ratio.find(), r.out());
    // the medians are printed to 4 decimals, the ratio to 2, both rounded from the same numbers
    double e = 0.00005;
    double printed = Double.parseDouble(ratio.group(1));
    assertTrue(printed >= (median[1] - e) / (median[2] + e) - 0.005
        && printed <= (median[1] + e) / (median[2] - e) + 0.005, "ratio " + printed + " of the medians in\n" + r.out());
  }

  @Test
  void noMeasuredEpochIsRefused() {
    Run r = Run.of("bench", "--limit", "300", "--epochs", "0", "--peers", "none");
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains("--epochs must be at least 1, got 0"), r.err());
  }
}
