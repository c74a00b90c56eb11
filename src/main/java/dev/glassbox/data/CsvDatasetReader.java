package dev.glassbox.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads MNIST as CSV, one image per row: {@code label,p0,...,p783} (785 columns, labeled) or
 * {@code p0,...,p783} (784 columns, unlabeled, for prediction only). The first row is a header when
 * its first field starts with a letter (Kaggle's {@code label,pixel0,...,pixel783}); the column
 * count of the first row decides labeled or not and every row must match it. Accepts CRLF or LF,
 * a UTF-8 byte-order mark, a trailing newline, blank lines, gzip-compressed files and integral
 * decimals such as {@code 255.0}. Any bad row aborts the whole read with a {@link DataException}
 * naming the file, line and column.
 */
public final class CsvDatasetReader {
  private static final int NOT_A_NUMBER = Integer.MIN_VALUE;
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  private CsvDatasetReader() {}

  /** Reads {@code file}, naming the dataset after the file. */
  public static Dataset read(Path file) {
    return read(file, String.valueOf(file.getFileName()));
  }

  /** Reads {@code file} into a dataset called {@code name}; labeled iff rows have 785 columns. */
  public static Dataset read(Path file, String name) {
    try (Reader reader = openText(file);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      return parse(parser, file, name);
    } catch (UncheckedIOException e) {
      // commons-csv reports malformed CSV (an unclosed quote) and gzip errors this way
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new DataException(file, null, "cannot be parsed as CSV: " + cause.getMessage(), e);
    } catch (IOException e) {
      throw DataFiles.unreadable(file, e);
    }
  }

  private static Dataset parse(CSVParser parser, Path file, String name) {
    int columns = -1;
    boolean labeled = false;
    byte[] pixels = new byte[1024 * Dataset.PIXELS];
    byte[] labels = new byte[1024];
    int n = 0;
    for (CSVRecord record : parser) {
      // Blank lines arrive as one empty field; skipping them here keeps line = record number.
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue;
      }
      long line = record.getRecordNumber();
      if (columns < 0) {
        columns = record.size();
        if (columns != Dataset.PIXELS + 1 && columns != Dataset.PIXELS) {
          throw new DataException(file, "line " + line,
              "expected 785 columns (label, then 784 pixels) or 784 (pixels only), found " + columns);
        }
        labeled = columns == Dataset.PIXELS + 1;
        if (isHeader(record.get(0))) {
          continue;
        }
      } else if (record.size() != columns) {
        throw new DataException(file, "line " + line, "expected " + columns + " columns "
            + (labeled ? "(label, then 784 pixels)" : "(784 pixels)") + " like the first row, found "
            + record.size());
      }
      if (n == labels.length) {
        Memory.require(file, 2L * n * Dataset.PIXELS, "rows of pixels");
        labels = Arrays.copyOf(labels, n * 2);
        pixels = Arrays.copyOf(pixels, n * 2 * Dataset.PIXELS);
      }
      int col = 0;
      if (labeled) {
        String s = record.get(0);
        int v = parseInt(s);
        if (v < 0 || v > 9) {
          throw new DataException(file, "line " + line + ", column 1",
              "label " + quoteIfText(s, v) + " is not a digit 0-9");
        }
        labels[n] = (byte) v;
        col = 1;
      }
      int base = n * Dataset.PIXELS - col;
      for (; col < columns; col++) {
        String s = record.get(col);
        int v = parseInt(s);
        if (v < 0 || v > 255) {
          throw new DataException(file, "line " + line + ", column " + (col + 1),
              "pixel value " + quoteIfText(s, v) + " is not an integer 0-255");
        }
        pixels[base + col] = (byte) v;
      }
      n++;
    }
    if (columns < 0) {
      throw new DataException(file, null, "file is empty: no rows");
    }
    if (n == 0) {
      throw new DataException(file, null, "has a header row but no data rows");
    }
    return new Dataset(name, file, Arrays.copyOf(pixels, n * Dataset.PIXELS),
        labeled ? Arrays.copyOf(labels, n) : null);
  }

  /** A header's first field is a name such as "label" or "pixel0": it starts with a letter. */
  static boolean isHeader(String first) {
    String s = first.strip();
    return !s.isEmpty() && Character.isLetter(s.charAt(0));
  }

  /**
   * Parses a non-negative integer without boxing or regex; allows surrounding spaces and a
   * fraction of zeros ("255.0"). Returns -1 for negative numbers, a large value for huge ones, and
   * {@link #NOT_A_NUMBER} for anything else.
   */
  static int parseInt(String s) {
    int end = s.length();
    int i = 0;
    while (i < end && s.charAt(i) == ' ') {
      i++;
    }
    while (end > i && s.charAt(end - 1) == ' ') {
      end--;
    }
    boolean negative = i < end && s.charAt(i) == '-';
    if (negative || (i < end && s.charAt(i) == '+')) {
      i++;
    }
    int start = i;
    int v = 0;
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      v = Math.min(v * 10 + (c - '0'), 1_000_000);
    }
    if (i == start) {
      return NOT_A_NUMBER;
    }
    if (i < end) {
      // only ".0", ".00", ... may follow: an integral decimal
      if (s.charAt(i) != '.') {
        return NOT_A_NUMBER;
      }
      for (i++; i < end; i++) {
        if (s.charAt(i) != '0') {
          return NOT_A_NUMBER;
        }
      }
    }
    return negative ? (v == 0 ? 0 : -1) : v;
  }

  private static String quoteIfText(String s, int parsed) {
    return parsed == NOT_A_NUMBER ? "\"" + s + "\"" : s.strip();
  }

  /** UTF-8 text, un-gzipped if needed, with a leading byte-order mark skipped. */
  private static Reader openText(Path file) throws IOException {
    BufferedReader r = new BufferedReader(
        new InputStreamReader(DataFiles.open(file), StandardCharsets.UTF_8), DataFiles.BUFFER);
    r.mark(1);
    if (r.read() != '\uFEFF') {
      r.reset();
    }
    return new BoundedLines(r, file);
  }
}
