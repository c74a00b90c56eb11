package dev.glassbox.training;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The sweep table as CSV: one row per configuration, its hyperparameters
 * ({@link TrainingConfig#describe()}: layers, activation, output, cost, init, eta, epochs, batch,
 * lambda, momentum, seed), then {@code best_validation_accuracy, best_epoch, epochs_run,
 * test_accuracy_at_best, seconds, diverged}.
 */
public final class SweepCsv {
  /** The result columns after the hyperparameters. */
  public static final List<String> RESULTS = List.of("best_validation_accuracy", "best_epoch",
      "epochs_run", "test_accuracy_at_best", "seconds", "diverged");

  private SweepCsv() {}

  /** Writes the rows (atomically: a temporary file, then a rename). */
  public static void write(List<Sweep.Row> rows, Path file) throws IOException {
    List<String> header = new ArrayList<>(TrainingConfig.nielsen().describe().keySet());
    header.addAll(RESULTS);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + file.getFileName() + "." + System.nanoTime() + ".part");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w)) {
        for (Sweep.Row r : rows) {
          List<Object> rec = new ArrayList<>();
          for (Map.Entry<String, String> e : r.config().describe().entrySet()) {
            rec.add(e.getValue());
          }
          EpochResult b = r.best();
          rec.add(b == null ? "" : num(b.validationAccuracy()));
          rec.add(b == null ? "" : b.epoch());
          rec.add(r.history().size());
          rec.add(b == null ? "" : num(b.testAccuracy()));
          rec.add(String.format(Locale.ROOT, "%.3f", r.seconds()));
          rec.add(r.diverged());
          p.printRecord(rec);
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }
}
