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
 * {@code epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds,eta} (η: the
 * learning rate the epoch trained at, see {@link Schedule}, written to every digit), then one column
 * {@code speed_l} per layer after the input, in the book's numbering ({@code speed_2} is the first
 * hidden layer): its speed of learning averaged over the epoch (see {@link LayerSpeeds}).
 */
public final class History {
  static final String[] HEADER = {
    "epoch", "train_cost", "validation_accuracy", "test_accuracy", "seconds", "eval_seconds", "eta"
  };
  /** Prefix of the speed columns; the book's layer number follows. */
  static final String SPEED = "speed_";
  // a history is one short line per epoch: 64 MB is over 500,000 epochs
  private static final long MAX_BYTES = 64L << 20;
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
    byte[] b = bytes();
    AtomicFile.write(file, out -> out.write(b));
  }

  /** The CSV file's bytes, as {@link #write} writes them. */
  public byte[] bytes() throws IOException {
    List<EpochResult> snapshot = rows();
    int speeds = snapshot.stream().mapToInt(r -> r.speeds().layers()).max().orElse(0);
    List<String> header = new ArrayList<>(List.of(HEADER));
    for (int l = 1; l <= speeds; l++) {
      header.add(SPEED + (l + 1));
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    {
      Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w);
      for (EpochResult r : snapshot) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(r.epoch()), num(r.trainCost()),
            num(r.validationAccuracy()), num(r.testAccuracy()), num(r.seconds()), num(r.evalSeconds()),
            Double.isNaN(r.eta()) ? "" : Double.toString(r.eta())));
        for (int l = 1; l <= speeds; l++) {
          cells.add(l <= r.speeds().layers() ? speed(r.speeds().of(l)) : "");
        }
        p.printRecord(cells);
      }
      p.flush();
    }
    return out.toByteArray();
  }

  // six significant digits: speeds span many orders of magnitude
  private static String speed(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
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
    try {
      return parse(file);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw notText(file, e);
    } catch (org.apache.commons.csv.CSVException e) {
      // a quote left open in the header, found by fuzzing: commons-csv's message names no file
      throw new IllegalArgumentException(file + ": not a glassbox history (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException c) {
        throw notText(file, c);
      }
      // commons-csv's own complaints (a duplicate or missing header name, a bad quote) name no file
      String m = e.getMessage();
      if (m != null && m.startsWith(file.toString())) {
        throw e;
      }
      throw new IllegalArgumentException(file + ": not a glassbox history (" + m + ")", e);
    }
  }

  // a byte that is not UTF-8 (a binary file, another encoding): the JDK's message ("Input length =
  // 1") names neither the file nor the problem
  private static IllegalArgumentException notText(Path file, java.nio.charset.CharacterCodingException e) {
    return new IllegalArgumentException(file + ": not a glassbox history (not UTF-8 text)", e);
  }

  private static History parse(Path file) throws IOException {
    History h = new History();
    if (Files.size(file) > MAX_BYTES) {
      throw new IllegalArgumentException(file + ": " + (Files.size(file) >> 20) + " MB is far too large for a"
          + " history (one short line per epoch)");
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      org.apache.commons.csv.CSVParser records =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
      int speeds = speedColumns(file, records.getHeaderNames());
      for (CSVRecord rec : records) {
        if (!rec.isConsistent() || !rec.isMapped("epoch") || !rec.isMapped("validation_accuracy")) {
          throw new IllegalArgumentException(file + " line " + (rec.getRecordNumber() + 1)
              + ": not a glassbox history (expected columns " + String.join(",", HEADER) + ")");
        }
        h.add(new EpochResult(
            epoch(file, rec), parse(file, rec, "train_cost"),
            parse(file, rec, "validation_accuracy"), parse(file, rec, "test_accuracy"),
            parse(file, rec, "seconds"), rec.isMapped("eval_seconds") ? parse(file, rec, "eval_seconds") : Double.NaN,
            speeds(file, rec, speeds), rec.isMapped("eta") ? parse(file, rec, "eta") : Double.NaN));
      }
    }
    if (h.size() == 0) {
      throw new IllegalArgumentException(file + ": the history has no epochs");
    }
    return h;
  }

  // how many speed columns the header has: speed_2 .. speed_{n+1}, none missing
  private static int speedColumns(Path file, List<String> names) {
    int n = 0;
    for (String name : names) {
      if (name.startsWith(SPEED)) {
        n++;
      }
    }
    for (int l = 1; l <= n; l++) {
      if (!names.contains(SPEED + (l + 1))) {
        throw new IllegalArgumentException(file + " line 1: the speed columns must be " + SPEED + "2 to "
            + SPEED + (n + 1) + " (the book's layer numbers), but " + SPEED + (l + 1) + " is missing");
      }
    }
    return n;
  }

  private static LayerSpeeds speeds(Path file, CSVRecord rec, int n) {
    double[] v = new double[n];
    for (int l = 1; l <= n; l++) {
      v[l - 1] = parse(file, rec, SPEED + (l + 1));
    }
    return LayerSpeeds.of(v);
  }

  /** Most epochs a history may hold: far more than any run, small enough for every count to be exact. */
  static final int MAX_EPOCH = 1_000_000;

  private static int epoch(Path file, CSVRecord rec) {
    double e = parse(file, rec, "epoch");
    if (!(e >= 1 && e <= MAX_EPOCH) || e != Math.rint(e)) {
      throw new IllegalArgumentException(file + " line " + (rec.getRecordNumber() + 1) + ", column epoch: \""
          + rec.get("epoch").trim() + "\" is not an epoch number (a whole number from 1 to " + MAX_EPOCH + ")");
    }
    return (int) e;
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
