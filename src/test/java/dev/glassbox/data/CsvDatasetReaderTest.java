package dev.glassbox.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetReaderTest {
  @TempDir Path tmp;

  /** A CSV row: the label (or none when null), then 784 pixels equal to (p % 256). */
  private static String row(Integer label) {
    StringBuilder sb = new StringBuilder(label == null ? "" : label.toString());
    for (int p = 0; p < Dataset.PIXELS; p++) {
      sb.append(sb.length() > 0 ? "," : "").append(p % 256);
    }
    return sb.toString();
  }

  /** {@code row} with 0-based column {@code col} replaced by {@code value}. */
  private static String rowWith(int label, int col, String value) {
    String[] f = row(label).split(",");
    f[col] = value;
    return String.join(",", f);
  }

  private Path csv(String text) throws IOException {
    return Files.writeString(tmp.resolve("x.csv"), text);
  }

  private DataException fails(String text) throws IOException {
    Path f = csv(text);
    return assertThrows(DataException.class, () -> CsvDatasetReader.read(f));
  }

  @Test
  void readsLabelsAndPixels() throws IOException {
    Dataset d = CsvDatasetReader.read(csv(row(3) + "\n" + row(7) + "\n"));
    assertEquals(2, d.size());
    assertTrue(d.labeled());
    assertEquals(3, d.label(0));
    assertEquals(7, d.label(1));
    assertEquals(255, d.pixel(1, 255));
    assertEquals(15, d.pixel(0, 783));
  }

  @Test
  void acceptsCrlfBomAndTrailingNewline() throws IOException {
    byte[] text = ("\uFEFF" + row(1) + "\r\n" + row(2) + "\r\n").getBytes(StandardCharsets.UTF_8);
    Dataset d = CsvDatasetReader.read(Files.write(tmp.resolve("bom.csv"), text));
    assertEquals(2, d.size());
    assertEquals(1, d.label(0));
    assertEquals(2, d.label(1));
    assertEquals(15, d.pixel(1, 783));
  }

  @Test
  void acceptsNoTrailingNewlineAndBlankLines() throws IOException {
    Dataset d = CsvDatasetReader.read(csv(row(1) + "\n\n" + row(2)));
    assertEquals(2, d.size());
  }

  @Test
  void detectsKaggleHeader() throws IOException {
    Dataset d = CsvDatasetReader.read(csv(CsvDatasetWriter.headerRow(true) + "\n" + row(4) + "\n"));
    assertEquals(1, d.size());
    assertEquals(4, d.label(0));
  }

  @Test
  void unlabeledCsvLoadsAsUnlabeled() throws IOException {
    Dataset d = CsvDatasetReader.read(csv(CsvDatasetWriter.headerRow(false) + "\n" + row(null) + "\n" + row(null)));
    assertFalse(d.labeled());
    assertEquals(2, d.size());
    assertEquals(100, d.pixel(1, 100));
    Dataset noHeader = CsvDatasetReader.read(csv(row(null) + "\n"));
    assertFalse(noHeader.labeled());
  }

  @Test
  void wrongColumnCount() throws IOException {
    String shortRow = row(5).substring(0, row(5).lastIndexOf(','));
    DataException e = fails(row(1) + "\n" + row(2) + "\n" + shortRow + "\n");
    assertEquals(tmp.resolve("x.csv") + " line 3: expected 785 columns (label, then 784 pixels)"
        + " like the first row, found 784", e.getMessage());
  }

  @Test
  void wrongColumnCountInFirstRow() throws IOException {
    DataException e = fails("1,2,3\n");
    assertEquals(tmp.resolve("x.csv") + " line 1: expected 785 columns (label, then 784 pixels)"
        + " or 784 (pixels only), found 3", e.getMessage());
  }

  @Test
  void nonNumericPixel() throws IOException {
    DataException e = fails(row(1) + "\n" + rowWith(2, 202, "abc") + "\n");
    assertEquals(tmp.resolve("x.csv") + " line 2, column 203: pixel value \"abc\" is not an integer 0-255",
        e.getMessage());
  }

  @Test
  void pixelOutOfRange() throws IOException {
    DataException e = fails(rowWith(2, 10, "256") + "\n");
    assertEquals(tmp.resolve("x.csv") + " line 1, column 11: pixel value 256 is not an integer 0-255",
        e.getMessage());
    DataException neg = fails(rowWith(2, 10, "-1") + "\n");
    assertTrue(neg.getMessage().endsWith("line 1, column 11: pixel value -1 is not an integer 0-255"),
        neg.getMessage());
  }

  @Test
  void labelOutsideDigits() throws IOException {
    DataException e = fails(row(1) + "\n" + row(10) + "\n");
    assertEquals(tmp.resolve("x.csv") + " line 2, column 1: label 10 is not a digit 0-9", e.getMessage());
  }

  @Test
  void errorLinesCountTheHeader() throws IOException {
    DataException e = fails(CsvDatasetWriter.headerRow(true) + "\n" + row(1) + "\n" + rowWith(1, 5, "x") + "\n");
    assertTrue(e.getMessage().contains(" line 3, column 6: pixel value \"x\""), e.getMessage());
  }

  @Test
  void emptyFile() throws IOException {
    assertEquals(tmp.resolve("x.csv") + ": file is empty: no rows", fails("").getMessage());
    assertEquals(tmp.resolve("x.csv") + ": has a header row but no data rows",
        fails(CsvDatasetWriter.headerRow(true) + "\n").getMessage());
  }

  @Test
  void integralDecimalsAreAccepted() throws IOException {
    Dataset d = CsvDatasetReader.read(csv(rowWith(3, 1, "255.0") + "\n"));
    assertEquals(255, d.pixel(0, 0));
  }

  /** A row of 784 pixels written as fractions {@code (p % 11) / 10} (0.0 .. 1.0), labeled 4. */
  private static String fractionRow(String format) {
    StringBuilder sb = new StringBuilder("4");
    for (int p = 0; p < Dataset.PIXELS; p++) {
      sb.append(',').append(String.format(java.util.Locale.ROOT, format, (p % 11) / 10.0));
    }
    return sb.toString();
  }

  @Test
  void normalisedPixelsAreScaledTo255NotReadAsNearBlack() throws IOException {
    // Issue 15: a CSV of 0.0-1.0 floats; numpy writes them as 0.5 or 5.000000000000000000e-01
    for (String format : new String[] {"%.1f", "%.3f", "%.18e"}) {
      Dataset d = CsvDatasetReader.read(csv(fractionRow(format) + "\n" + fractionRow(format) + "\n"));
      assertEquals(2, d.size());
      assertEquals(4, d.label(1));
      for (int p = 0; p < Dataset.PIXELS; p++) {
        assertEquals(Math.round((p % 11) / 10.0 * 255), d.pixel(1, p), format + " pixel " + p);
      }
    }
    // binarised images: only 0.0 and 1.0, integral, so the first row alone cannot tell
    String binary = fractionRow("%.1f").replace("0.1", "0.0").replaceAll("0\\.[2-9]", "1.0");
    Dataset d = CsvDatasetReader.read(csv(binary + "\n"));
    assertEquals(255, d.pixel(0, 10));
    assertEquals(0, d.pixel(0, 1));
    // rows of only 0 and 1 before the first fraction are scaled too
    d = CsvDatasetReader.read(csv(binary + "\n" + fractionRow("%.2f") + "\n"));
    assertEquals(255, d.pixel(0, 10));
    assertEquals(128, d.pixel(1, 5));
  }

  @Test
  void theIssuesFloatCsvLoadsScaled() throws IOException {
    Path f = tmp.resolve("floats.csv");
    Files.copy(Path.of("src/test/resources/dev/glassbox/FuzzReadersTestInputs/csv/floats-issue15.csv"), f);
    String first = Files.readAllLines(f).get(0);
    Dataset d = CsvDatasetReader.read(f);
    String[] fields = first.split(",");
    for (int p = 0; p < Dataset.PIXELS; p++) {
      assertEquals(Math.round(Double.parseDouble(fields[p + 1]) * 255), d.pixel(0, p), "pixel " + p);
    }
  }

  @Test
  void fractionsAndBytesInOneFileAreRefusedSayingWhy() throws IOException {
    DataException e = fails(fractionRow("%.1f") + "\n" + row(1) + "\n");
    assertEquals(tmp.resolve("x.csv") + " line 2, column 4: pixel value 2 is above 1, but line 1 has"
        + " fractions such as 0.1: pixels are either integers 0-255 or normalised 0.0-1.0, not both",
        e.getMessage());
    e = fails(row(1) + "\n" + fractionRow("%.1f") + "\n");
    assertEquals(tmp.resolve("x.csv") + " line 2, column 3: pixel value 0.1 is a fraction, but line 1 has"
        + " values above 1 such as 2: pixels are either integers 0-255 or normalised 0.0-1.0, not both",
        e.getMessage());
    e = fails(rowWith(3, 1, "1.5") + "\n");
    assertTrue(e.getMessage().endsWith("line 1, column 2: pixel value 1.5 is not an integer 0-255"
        + " (nor a fraction 0.0-1.0)"), e.getMessage());
  }

  @Test
  void errorLinesCountTheLinesOfAQuotedMultiLineHeader() throws IOException {
    // the header's first field spans lines 1-2, so the good row is line 3 and the bad one line 4
    DataException e = fails("\"la\nbel\"" + CsvDatasetWriter.headerRow(true).substring(5) + "\n" + row(1) + "\n"
        + rowWith(1, 5, "x") + "\n");
    assertTrue(e.getMessage().contains(" line 4, column 6: pixel value \"x\""), e.getMessage());
    // and in a data row: a quoted field with a CRLF inside, then an error on the next line
    e = fails(rowWith(1, 3, "\"3\r\n\"") + "\r\n" + rowWith(1, 5, "x") + "\r\n");
    assertTrue(e.getMessage().contains(" line 1, column 4: pixel value \"3"), e.getMessage());
    e = fails(row(1) + "\n\n" + rowWith(1, 5, "x") + "\n");
    assertTrue(e.getMessage().contains(" line 3, column 6"), e.getMessage());
  }

  @Test
  void gzipWithTrailingGarbageIsRefused() throws IOException {
    Path f = tmp.resolve("g.csv");
    Files.copy(Path.of("src/test/resources/dev/glassbox/FuzzReadersTestInputs/csv/gzip-trailing-garbage-issue15.csv"), f);
    DataException e = assertThrows(DataException.class, () -> CsvDatasetReader.read(f));
    assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("after the end of the gzip data"), e.getMessage());
  }

  @Test
  void writerRoundTripsWithAndWithoutHeader() {
    Dataset d = Files2.tiny(12);
    for (boolean header : new boolean[] {false, true}) {
      Path f = tmp.resolve("rt" + header + ".csv.gz");
      CsvDatasetWriter.write(d, f, header);
      Dataset back = CsvDatasetReader.read(f);
      assertArrayEquals(d.pixelArray(), back.pixelArray());
      assertArrayEquals(d.labelArray(), back.labelArray());
    }
  }
}
