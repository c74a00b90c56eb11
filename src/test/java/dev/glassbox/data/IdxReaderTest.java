package dev.glassbox.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
  @TempDir Path tmp;

  @Test
  void bundledMnistMatchesPublishedFacts() {
    assertEquals(60000, Mnist.train().size());
    assertEquals(10000, Mnist.test().size());
    assertArrayEquals(Mnist.FIRST_TRAIN, Mnist.firstLabels(Mnist.train(), 10));
    assertArrayEquals(Mnist.FIRST_TEST, Mnist.firstLabels(Mnist.test(), 10));
    assertArrayEquals(Mnist.TRAIN_COUNTS, Mnist.train().countsPerDigit());
    assertArrayEquals(Mnist.TEST_COUNTS, Mnist.test().countsPerDigit());
  }

  @Test
  void pixelsAreUnsignedAndScaled() {
    Dataset t = Mnist.train();
    int max = 0;
    for (int p = 0; p < Dataset.PIXELS; p++) {
      max = Math.max(max, t.pixel(0, p));
    }
    assertEquals(255, max, "the first digit has full-ink pixels, read unsigned");
    double[] x = new double[Dataset.PIXELS + 3];
    t.copyImage(0, x, 3);
    for (int p = 0; p < Dataset.PIXELS; p++) {
      assertEquals(t.pixel(0, p) / 255.0, x[3 + p]);
    }
  }

  @Test
  void rawAndGzipReadTheSame() throws IOException {
    Dataset d = Files2.tiny(7);
    Path gzImages = tmp.resolve("a-images-idx3-ubyte.gz");
    Path rawImages = tmp.resolve("b-images-idx3-ubyte");
    IdxWriter.write(d, gzImages, tmp.resolve("a-labels-idx1-ubyte.gz"));
    IdxWriter.write(d, rawImages, tmp.resolve("b-labels-idx1-ubyte"));
    assertTrue(DataFiles.isGzip(gzImages));
    // gzip is recognised by content, not by name: a gzip file without .gz still reads
    Path renamed = tmp.resolve("c-images-idx3-ubyte");
    java.nio.file.Files.copy(gzImages, renamed);
    assertArrayEquals(IdxReader.readImages(rawImages), IdxReader.readImages(renamed));
    assertArrayEquals(d.pixelArray(), IdxReader.readImages(rawImages));
    assertArrayEquals(d.labelArray(), IdxReader.readLabels(tmp.resolve("a-labels-idx1-ubyte.gz")));
  }

  @Test
  void truncatedImagesFileIsRefused() throws IOException {
    byte[] data = Files2.concat(Files2.idxHeader(0x803, 5, 28, 28), new byte[3 * 784 + 100]);
    Path f = Files2.write(tmp.resolve("cut-images-idx3-ubyte"), data);
    DataException e = assertThrows(DataException.class, () -> IdxReader.readImages(f));
    assertTrue(e.getMessage().startsWith(f + " image 4: truncated"), e.getMessage());
    assertTrue(e.getMessage().contains("promises 5 images"), e.getMessage());
  }

  @Test
  void truncatedGzipIsRefused() throws IOException {
    byte[] gz = Files2.gzip(Files2.concat(Files2.idxHeader(0x803, 2, 28, 28), new byte[2 * 784]));
    Path f = Files2.write(tmp.resolve("cut.gz"), java.util.Arrays.copyOf(gz, gz.length - 12));
    DataException e = assertThrows(DataException.class, () -> IdxReader.readImages(f));
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void wrongMagicIsRefused() throws IOException {
    Path f = Files2.write(tmp.resolve("labels-as-images"),
        Files2.concat(Files2.idxHeader(0x801, 3), new byte[3]));
    DataException e = assertThrows(DataException.class, () -> IdxReader.readImages(f));
    assertEquals(f + " header: magic number 0x00000801 is not the IDX images magic 0x00000803"
        + " (this is a labels file)", e.getMessage());
  }

  @Test
  void wrongImageSizeIsRefused() throws IOException {
    Path f = Files2.write(tmp.resolve("small"), Files2.concat(Files2.idxHeader(0x803, 1, 16, 16), new byte[256]));
    DataException e = assertThrows(DataException.class, () -> IdxReader.readImages(f));
    assertEquals(f + " header: images are 16x16, expected 28x28", e.getMessage());
  }

  @Test
  void corruptGzipIsRefused() throws IOException {
    byte[] gz = Files2.gzip(Files2.concat(Files2.idxHeader(0x801, 1000), new byte[1000]));
    gz[gz.length - 6] ^= 0x55; // damage the CRC in the trailer
    Path f = Files2.write(tmp.resolve("bad.gz"), gz);
    DataException e = assertThrows(DataException.class, () -> IdxReader.readLabels(f));
    assertTrue(e.getMessage().startsWith(f + ": corrupt gzip data"), e.getMessage());
  }

  @Test
  void notGzipAtAllAfterTheMagicIsRefused() throws IOException {
    byte[] junk = {0x1f, (byte) 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    Path f = Files2.write(tmp.resolve("junk.gz"), junk);
    DataException e = assertThrows(DataException.class, () -> IdxReader.readLabels(f));
    assertTrue(e.getMessage().startsWith(f.toString() + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("gzip"), e.getMessage());
  }

  @Test
  void imageAndLabelCountsMustAgree() throws IOException {
    Path images = Files2.write(tmp.resolve("x-images-idx3-ubyte"),
        Files2.concat(Files2.idxHeader(0x803, 3, 28, 28), new byte[3 * 784]));
    Path labels = Files2.write(tmp.resolve("x-labels-idx1-ubyte"),
        Files2.concat(Files2.idxHeader(0x801, 2), new byte[2]));
    DataException e = assertThrows(DataException.class, () -> IdxReader.read(images, labels, "x"));
    assertEquals(labels + ": has 2 labels but " + images + " has 3 images; the counts must agree",
        e.getMessage());
  }

  @Test
  void labelOutsideDigitsIsRefused() throws IOException {
    Path labels = Files2.write(tmp.resolve("l"),
        Files2.concat(Files2.idxHeader(0x801, 3), new byte[] {1, 12, 3}));
    DataException e = assertThrows(DataException.class, () -> IdxReader.readLabels(labels));
    assertEquals(labels + " record 2: label 12 is outside 0-9", e.getMessage());
  }

  @Test
  void trailingBytesAreRefused() throws IOException {
    Path labels = Files2.write(tmp.resolve("l"),
        Files2.concat(Files2.idxHeader(0x801, 2), new byte[] {1, 2, 3}));
    DataException e = assertThrows(DataException.class, () -> IdxReader.readLabels(labels));
    assertEquals(labels + ": 1 extra bytes after the 2 labels the header announces", e.getMessage());
  }

  @Test
  void gzipTrailingGarbageIsRefused() throws IOException {
    byte[] gz = Files2.gzip(Files2.concat(Files2.idxHeader(0x801, 2), new byte[] {1, 2}));
    Path f = Files2.write(tmp.resolve("garbage-idx1-ubyte.gz"),
        Files2.concat(gz, "garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    DataException e = assertThrows(DataException.class, () -> IdxReader.readLabels(f));
    assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("after the end of the gzip data"), e.getMessage());
  }

  @Test
  void concatenatedGzipMembersAreOneStream() throws IOException {
    // RFC 1952 allows several members back to back (as `cat a.gz b.gz` makes); they read as one
    byte[] first = Files2.gzip(Files2.idxHeader(0x801, 2));
    byte[] second = Files2.gzip(new byte[] {4, 2});
    Path f = Files2.write(tmp.resolve("two-idx1-ubyte.gz"), Files2.concat(first, second));
    assertArrayEquals(new byte[] {4, 2}, IdxReader.readLabels(f));
  }
}
