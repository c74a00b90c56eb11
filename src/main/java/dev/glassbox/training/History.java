package dev.glassbox.training;

import dev.glassbox.io.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The per-epoch history of a run, as the CSV file the CLI writes and the studio reads:
 * {@code epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds}.
 */
public final class History {
  static final String[] HEADER = {
    "epoch", "train_cost", "validation_accuracy", "test_accuracy", "seconds", "eval_seconds"
  };
  private final List<EpochResult> rows = new ArrayList<>();

  /** Appends one epoch. */
  public synchronized void add(EpochResult r) {
    rows.add(r);
  }

  /** The epochs so far (a snapshot copy). */
  public synchronized List<EpochResult> rows() {
    return Collections.unmodifiableList(new ArrayList<>(rows));
  }

  /** Number of epochs recorded. */
  public synchronized int size() {
    return rows.size();
  }

  /** The row with the best validation accuracy (the first of equals), or null. */
  public synchronized EpochResult best() {
    EpochResult best = null;
    for (EpochResult r : rows) {
      if (best == null || r.validationAccuracy() > best.validationAccuracy()) {
        best = r;
      }
    }
    return best;
  }

  /** Writes the CSV atomically (see {@link AtomicFile}). */
  public void write(Path file) throws IOException {
    List<EpochResult> snapshot = rows();
    AtomicFile.write(file, out -> {
      Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(w);
      for (EpochResult r : snapshot) {
        p.printRecord(r.epoch(), num(r.trainCost()), num(r.validationAccuracy()),
            num(r.testAccuracy()), num(r.seconds()), num(r.evalSeconds()));
      }
      p.flush();
    });
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }

  /**
   * Reads a history CSV written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the file, line and column of a bad value
   */
  public static History read(Path file) throws IOException {
    History h = new History();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Iterable<CSVRecord> records =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
      for (CSVRecord rec : records) {
        if (!rec.isConsistent() || !rec.isMapped("epoch") || !rec.isMapped("validation_accuracy")) {
          throw new IllegalArgumentException(file + " line " + (rec.getRecordNumber() + 1)
              + ": not a glassbox history (expected columns " + String.join(",", HEADER) + ")");
        }
        h.add(new EpochResult(
            (int) parse(file, rec, "epoch"), parse(file, rec, "train_cost"),
            parse(file, rec, "validation_accuracy"), parse(file, rec, "test_accuracy"),
            parse(file, rec, "seconds"), rec.isMapped("eval_seconds") ? parse(file, rec, "eval_seconds") : Double.NaN));
      }
    }
    if (h.size() == 0) {
      throw new IllegalArgumentException(file + ": the history has no epochs");
    }
    return h;
  }

  private static double parse(Path file, CSVRecord rec, String col) {
    String s = rec.get(col).trim();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + " line " + (rec.getRecordNumber() + 1) + ", column "
          + col + ": \"" + s + "\" is not a number");
    }
  }
}
