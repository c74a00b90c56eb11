package dev.glassbox.training;

import dev.glassbox.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The sweep table as CSV: one row per configuration, its hyperparameters
 * ({@link TrainingConfig#describe()}: layers, activation, output, cost, init, eta, epochs, batch,
 * lambda, momentum, seed, schedule, halve-after, patience), then {@code best_validation_accuracy, best_epoch, epochs_run,
 * test_accuracy_at_best, seconds, diverged}.
 */
public final class SweepCsv {
  /** The result columns after the hyperparameters. */
  public static final List<String> RESULTS = List.of("best_validation_accuracy", "best_epoch",
      "epochs_run", "test_accuracy_at_best", "seconds", "diverged");

  private SweepCsv() {}

  /** Writes the rows atomically (see {@link AtomicFile}). */
  public static void write(List<Sweep.Row> rows, Path file) throws IOException {
    List<String> header = new ArrayList<>(TrainingConfig.nielsen().describe().keySet());
    header.addAll(RESULTS);
    AtomicFile.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w);
      for (Sweep.Row r : rows) {
        List<Object> rec = new ArrayList<>(r.config().describe().values());
        EpochResult b = r.best();
        rec.add(b == null ? "" : num(b.validationAccuracy()));
        rec.add(b == null ? "" : b.epoch());
        rec.add(r.history().size());
        rec.add(b == null ? "" : num(b.testAccuracy()));
        rec.add(String.format(Locale.ROOT, "%.3f", r.seconds()));
        rec.add(r.diverged());
        p.printRecord(rec);
      }
      p.flush();
    });
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }
}
