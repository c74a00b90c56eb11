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
 * a UTF-8 byte-order mark, a trailing newline, blank lines, gzip-compressed files, integral
 * decimals such as {@code 255.0}, and normalised pixels 0.0-1.0 (scaled by 255 and rounded, see
 * {@link Scale}). Any bad row aborts the whole read with a {@link DataException} naming the file,
 * line (of the file, counting the lines inside quoted fields) and column.
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
    Scale scale = new Scale(file);
    long nextLine = 1;
    for (CSVRecord record : parser) {
      // a record starts on the line after the previous one's last: a quoted field may span lines
      long line = nextLine;
      nextLine += 1 + lineBreaksIn(record);
      // Blank lines arrive as one empty field.
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue;
      }
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
          v = scale.fraction(s, v, line, col + 1, pixels, base + col);
        } else if (v > 1) {
          scale.bytes(s, line, col + 1);
        } else if (scale.unit) {
          v *= 255;
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
    // only 0s and 1s in the whole file: binarised images, 0.0-1.0 (as 0-255 they would be black)
    scale.endOfFile(pixels, n * Dataset.PIXELS);
    return new Dataset(name, file, Arrays.copyOf(pixels, n * Dataset.PIXELS),
        labeled ? Arrays.copyOf(labels, n) : null);
  }

  /** Line breaks inside a record's quoted fields (CRLF, LF or a lone CR each count once). */
  private static int lineBreaksIn(CSVRecord record) {
    int breaks = 0;
    for (String field : record) {
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
          breaks++;
        }
      }
    }
    return breaks;
  }

  /**
   * Whether the file's pixels are bytes 0-255 or normalised 0.0-1.0 (as numpy and many tutorials
   * save them), decided by the first value that tells: one above 1 means bytes, a fraction means
   * 0.0-1.0, scaled by 255 and rounded. A file with both is refused; until a value tells, 0 and 1
   * are stored as they are and scaled if the file turns out to be 0.0-1.0.
   */
  private static final class Scale {
    private final Path file;
    /** The pixels are 0.0-1.0 (a fraction was seen). */
    boolean unit;
    /** The pixels are 0-255 (a value above 1 was seen). */
    private boolean bytes;
    private long decidedLine;
    private String decidedBy;

    Scale(Path file) {
      this.file = file;
    }

    /** An integral value 2-255: the file is in bytes. */
    void bytes(String s, long line, int column) {
      if (unit) {
        throw new DataException(file, "line " + line + ", column " + column, "pixel value " + s.strip()
            + " is above 1, but line " + decidedLine + " has fractions such as " + decidedBy + BOTH);
      }
      if (!bytes) {
        bytes = true;
        decidedLine = line;
        decidedBy = s.strip();
      }
    }

    /**
     * A value that is not an integer 0-255 ({@code parsed} from parseInt): a fraction 0.0-1.0, as
     * the byte it stands for, or an error.
     *
     * @param pixels Modified: the values stored so far become 0-255 when this decides 0.0-1.0.
     */
    int fraction(String s, int parsed, long line, int column, byte[] pixels, int stored) {
      double x = parsed == NOT_A_NUMBER ? parseNumber(s) : Double.NaN;
      String at = "line " + line + ", column " + column;
      if (Double.isNaN(x) || x < 0 || x > 255 || (x > 1 && x != Math.rint(x))) {
        String nor = Double.isNaN(x) ? "" : " (nor a fraction 0.0-1.0)";
        throw new DataException(file, at, "pixel value " + quoteIfText(s, Double.isNaN(x) ? parsed : 0)
            + " is not an integer 0-255" + nor);
      }
      if (x == Math.rint(x)) { // an integral number written another way, such as 2.55e+02
        int v = (int) x;
        if (v > 1) {
          bytes(s, line, column);
        }
        return unit ? v * 255 : v;
      }
      if (bytes) {
        throw new DataException(file, at, "pixel value " + s.strip() + " is a fraction, but line "
            + decidedLine + " has values above 1 such as " + decidedBy + BOTH);
      }
      if (!unit) {
        unit = true;
        decidedLine = line;
        decidedBy = s.strip();
        scaleUp(pixels, stored);
      }
      return (int) Math.round(x * 255);
    }

    /** At the end: a file of only 0s and 1s is taken as 0.0-1.0 too. */
    void endOfFile(byte[] pixels, int stored) {
      if (!unit && !bytes) {
        unit = true;
        scaleUp(pixels, stored);
      }
    }

    private static void scaleUp(byte[] pixels, int stored) {
      for (int i = 0; i < stored; i++) {
        pixels[i] = (byte) (pixels[i] * 255); // only 0 and 1 are stored before the scale is known
      }
    }

    private static final String BOTH = ": pixels are either integers 0-255 or normalised 0.0-1.0, not both";
  }

  /**
   * A decimal number such as {@code 0.5}, {@code .25} or {@code 5.0e-01} (numpy's {@code savetxt}),
   * or NaN for anything else (words, NaN, Infinity, hexadecimal).
   */
  static double parseNumber(String s) {
    // spaces around it only, as parseInt: not a line break from a quoted field
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == ' ') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == ' ') {
      to--;
    }
    String t = s.substring(from, to);
    if (t.isEmpty()) {
      return Double.NaN;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
        return Double.NaN;
      }
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
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
