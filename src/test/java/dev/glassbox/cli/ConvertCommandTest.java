package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.CsvDatasetReader;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.Mnist;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path tmp;

  private static byte[] gunzip(Path f) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }

  private static void assertSameImages(Dataset expected, Dataset actual) {
    assertEquals(expected.size(), actual.size());
    byte[] a = new byte[Dataset.PIXELS];
    byte[] b = new byte[Dataset.PIXELS];
    for (int i = 0; i < expected.size(); i++) {
      expected.copyImageBytes(i, a, 0);
      actual.copyImageBytes(i, b, 0);
      assertArrayEquals(a, b, "image " + i);
      assertEquals(expected.label(i), actual.label(i), "label " + i);
    }
  }

  @Test
  void mnistFolderToCsvKeepsTheFacts() {
    Path out = tmp.resolve("csv");
    assertEquals(0, Run.of("convert", "--from", "data", "--to", out.toString()).code());
    Dataset train = CsvDatasetReader.read(out.resolve("mnist_train.csv"));
    Dataset test = CsvDatasetReader.read(out.resolve("mnist_test.csv"));
    assertArrayEquals(Mnist.FIRST_TRAIN, Mnist.firstLabels(train, 10));
    assertArrayEquals(Mnist.FIRST_TEST, Mnist.firstLabels(test, 10));
    assertArrayEquals(Mnist.TRAIN_COUNTS, train.countsPerDigit());
    assertArrayEquals(Mnist.TEST_COUNTS, test.countsPerDigit());
    assertSameImages(Mnist.train(), train);
    assertSameImages(Mnist.test(), test);
  }

  @Test
  void idxToCsvWithHeaderAndBackIsByteIdentical() throws IOException {
    Path csv = tmp.resolve("t10k.csv");
    Run r = Run.of("convert", "--from", "data/t10k-images-idx3-ubyte.gz", "--to", csv.toString(), "--header");
    assertEquals(0, r.code(), r.err());
    try (Stream<String> lines = Files.lines(csv)) {
      assertTrue(lines.findFirst().orElseThrow().startsWith("label,pixel0,pixel1,"));
    }
    Dataset test = CsvDatasetReader.read(csv);
    assertArrayEquals(Mnist.FIRST_TEST, Mnist.firstLabels(test, 10));
    assertArrayEquals(Mnist.TEST_COUNTS, test.countsPerDigit());

    Path images = tmp.resolve("idx/t10k-images-idx3-ubyte");
    assertEquals(0, Run.of("convert", "--from", csv.toString(), "--to", images.toString()).code());
    assertArrayEquals(gunzip(Path.of("data/t10k-images-idx3-ubyte.gz")), Files.readAllBytes(images));
    assertArrayEquals(gunzip(Path.of("data/t10k-labels-idx1-ubyte.gz")),
        Files.readAllBytes(tmp.resolve("idx/t10k-labels-idx1-ubyte")));
  }

  @Test
  void refusesToOverwriteUnlessForced() throws IOException {
    Path csv = Files.writeString(tmp.resolve("out.csv"), "keep me");
    Run r = Run.of("convert", "--from", "data/t10k-images-idx3-ubyte.gz", "--to", csv.toString(), "--limit", "3");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + csv + ": already exists; use --force"), r.err());
    assertEquals("keep me", Files.readString(csv));
    Run forced = Run.of("convert", "--from", "data/t10k-images-idx3-ubyte.gz", "--to", csv.toString(),
        "--limit", "3", "--force");
    assertEquals(0, forced.code(), forced.err());
    assertEquals(3, CsvDatasetReader.read(csv).size());
  }

  @Test
  void failedConvertLeavesNoFile() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.csv"), "1," + "0,".repeat(783) + "300\n");
    Path images = tmp.resolve("o-images-idx3-ubyte.gz");
    Run r = Run.of("convert", "--from", bad.toString(), "--to", images.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + bad + " line 1, column 785: pixel value 300"), r.err());
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(1, left.count(), "only the input remains");
    }
    assertFalse(Files.exists(images));
  }
}
