package dev.glassbox.cli;

import dev.glassbox.render.chart.CurvesChart;
import dev.glassbox.render.shared.Png;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.History;
import dev.glassbox.training.RunStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glassbox compare}: several runs' validation accuracy on one chart, with their spread. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    header = "Accuracy curves of several runs on one PNG; best, mean and spread of the last epochs.",
    description =
        "Plot the validation accuracy per epoch of several runs (history CSVs written by train)"
            + " on one PNG, and print per run the best accuracy and the mean, variance and standard"
            + " deviation of the accuracy over the last K epochs (how much it still wobbles).")
final class CompareCommand extends Subcommand {
  @Parameters(paramLabel = "HISTORY", arity = "1..*", description = "History CSV files.")
  List<Path> histories;

  @Option(names = "--out", paramLabel = "PNG", defaultValue = CommonOptions.OUT + "compare.png",
      description = "Chart to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--last", paramLabel = "K", defaultValue = "5", converter = CountConverter.class,
      description = "Epochs at the end the mean and variance cover (default: ${DEFAULT-VALUE}).")
  int last;

  @Override
  public Integer call() {
    PrintWriter w = out();
    List<CurvesChart.Series> series = new ArrayList<>();
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"run", "epochs", "best", "at", "mean(last " + last + ")", "variance", "std"});
    for (Path f : histories) {
      History h = read(f);
      RunStats s = RunStats.of(h, last);
      List<EpochResult> rows = h.rows();
      double[] acc = new double[rows.get(rows.size() - 1).epoch()];
      java.util.Arrays.fill(acc, Double.NaN);
      for (EpochResult r : rows) {
        if (r.epoch() >= 1) {
          acc[r.epoch() - 1] = r.validationAccuracy();
        }
      }
      series.add(new CurvesChart.Series(String.format(Locale.ROOT, "%s: best %s, last %d: %s ± %.2f",
          f.getFileName(), pct(s.best()), s.last(), pct(s.mean()), s.std() * 100), acc));
      table.add(new String[] {f.toString(), Integer.toString(s.epochs()), pct(s.best()),
          Integer.toString(s.bestEpoch()), pct(s.mean()),
          String.format(Locale.ROOT, "%.3g", s.variance()) + (s.last() < last ? " (" + s.last() + " ep.)" : ""),
          String.format(Locale.ROOT, "%.3f%%", s.std() * 100)});
    }
    w.print(align(table));
    w.println("Accuracy is the validation accuracy; variance in fraction², std in percentage points.");
    CurvesChart chart = new CurvesChart(series, 900, 520,
        "Validation accuracy per epoch (dots: the last " + last + " epochs, mean ± std in the legend)", last);
    Png.draw(out, chart.width(), chart.height(), g -> chart.display(g, 0, 0));
    w.println("Wrote " + out + ".");
    w.flush();
    return 0;
  }

  /** Reads a history, with a message naming the file when it is not one. */
  static History read(Path f) {
    if (!Files.isRegularFile(f)) {
      throw new IllegalArgumentException(f + ": no such file");
    }
    String first;
    try (java.io.BufferedReader r = Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
      first = r.readLine();
    } catch (IOException e) {
      throw new IllegalArgumentException(f + ": not a glassbox history (not a text file)", e);
    }
    List<String> cols = first == null ? List.of() : List.of(first.trim().split("\\s*,\\s*"));
    if (!cols.contains("epoch") || !cols.contains("validation_accuracy")) {
      throw new IllegalArgumentException(f + ": not a glassbox history (its first line should name"
          + " the columns epoch,train_cost,validation_accuracy,...; as written by glassbox train)");
    }
    try {
      return History.read(f);
    } catch (IOException e) {
      throw new IllegalArgumentException(f + ": cannot be read (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      String m = e.getMessage();
      throw new IllegalArgumentException(m != null && m.startsWith(f.toString()) ? m
          : f + ": not a glassbox history (" + m + ")", e);
    }
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", v * 100);
  }

  private static String align(List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        String c = r[i];
        sb.append(i == 0 ? c + " ".repeat(width[i] - c.length()) : "  " + " ".repeat(width[i] - c.length()) + c);
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }
}
