package dev.glassbox.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link Dataset} as CSV, one image per row: {@code label,p0,...,p783} when labeled,
 * {@code p0,...,p783} when not, LF line endings, optionally a Kaggle-style header
 * {@code label,pixel0,...,pixel783}; gzip-compressed when the name ends in {@code .gz}. Written to a
 * temporary file and moved into place when complete.
 */
public final class CsvDatasetWriter {
  /** The decimal text of 0..255 as ASCII bytes, so a row is written without building Strings. */
  private static final byte[][] NUMBERS = new byte[256][];

  static {
    for (int v = 0; v < 256; v++) {
      NUMBERS[v] = Integer.toString(v).getBytes(StandardCharsets.US_ASCII);
    }
  }

  private CsvDatasetWriter() {}

  /** Writes {@code data} to {@code file}, with a header row when {@code header} is true. */
  public static void write(Dataset data, Path file, boolean header) {
    DataFiles.writeAtomically(List.of(file), List.of(out -> write(data, out, header)));
  }

  /** The header row (without line end) for a labeled or unlabeled dataset. */
  public static String headerRow(boolean labeled) {
    StringBuilder sb = new StringBuilder(labeled ? "label" : "");
    for (int p = 0; p < Dataset.PIXELS; p++) {
      sb.append(sb.length() > 0 ? "," : "").append("pixel").append(p);
    }
    return sb.toString();
  }

  private static void write(Dataset data, OutputStream out, boolean header) throws IOException {
    if (header) {
      out.write(headerRow(data.labeled()).getBytes(StandardCharsets.US_ASCII));
      out.write('\n');
    }
    byte[] px = data.pixelArray();
    byte[] row = new byte[4 * (Dataset.PIXELS + 1) + 1];
    for (int i = 0; i < data.size(); i++) {
      int len = 0;
      if (data.labeled()) {
        len = put(row, len, NUMBERS[data.label(i)]);
      }
      int base = i * Dataset.PIXELS;
      for (int p = 0; p < Dataset.PIXELS; p++) {
        if (len > 0) {
          row[len++] = ',';
        }
        len = put(row, len, NUMBERS[px[base + p] & 0xFF]);
      }
      row[len++] = '\n';
      out.write(row, 0, len);
    }
  }

  private static int put(byte[] row, int len, byte[] digits) {
    System.arraycopy(digits, 0, row, len, digits.length);
    return len + digits.length;
  }
}
