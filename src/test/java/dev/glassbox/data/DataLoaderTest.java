package dev.glassbox.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLoaderTest {
  @TempDir Path tmp;

  @Test
  void missingPathIsNamed() {
    Path p = tmp.resolve("nope");
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(p));
    assertEquals(p + ": no such file or folder", e.getMessage());
  }

  @Test
  void folderWithoutDataIsExplained() {
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(tmp));
    assertTrue(e.getMessage().startsWith(tmp + ": holds no data this program can read"), e.getMessage());
  }

  @Test
  void csvFolderWithTrainAndTest() {
    CsvDatasetWriter.write(Files2.tiny(60), tmp.resolve("mnist_train.csv"), false);
    CsvDatasetWriter.write(Files2.tiny(20), tmp.resolve("mnist_test.csv"), true);
    MnistSplit s = DataLoader.load(tmp);
    assertEquals(50, s.train().size());
    assertEquals(10, s.validation().size());
    assertEquals(20, s.test().size());
    assertEquals("CSV files", DataLoader.describe(tmp));
  }

  @Test
  void kaggleUnlabeledTestCsvIsNotPartOfTheSplit() throws IOException {
    CsvDatasetWriter.write(Files2.tiny(12), tmp.resolve("train.csv"), true);
    Dataset unlabeled = new Dataset("u", null, new byte[3 * Dataset.PIXELS], null);
    CsvDatasetWriter.write(unlabeled, tmp.resolve("test.csv"), true);
    assertTrue(Files.readString(tmp.resolve("test.csv")).startsWith("pixel0,pixel1"));
    MnistSplit s = DataLoader.load(tmp);
    assertFalse(s.hasTest());
    assertFalse(DataLoader.readDataset(tmp.resolve("test.csv")).labeled());
  }

  @Test
  void singleCsvHasNoTestAndLimitApplies() {
    Path f = tmp.resolve("digits.csv");
    CsvDatasetWriter.write(Files2.tiny(600), f, false);
    MnistSplit s = DataLoader.load(f, 50);
    assertEquals(50, s.train().size());
    assertEquals(50, s.validation().size());
    assertNull(s.test());
    assertEquals(500 % 10, s.validation().label(0), "validation starts after the first 5/6");
  }

  @Test
  void unlabeledSourceCannotTrain() {
    Path f = tmp.resolve("predict.csv");
    CsvDatasetWriter.write(new Dataset("u", null, new byte[2 * Dataset.PIXELS], null), f, false);
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(f));
    assertTrue(e.getMessage().startsWith(f + ": has no labels"), e.getMessage());
  }

  @Test
  void idxFilePairIsFoundByName() {
    Path images = tmp.resolve("mine-images-idx3-ubyte");
    IdxWriter.write(Files2.tiny(6), images, tmp.resolve("mine-labels-idx1-ubyte"));
    assertEquals(6, DataLoader.readDataset(images).size());
    assertEquals(5, DataLoader.load(images).train().size());
  }

  private static void digitPng(Path file, int size, boolean darkInk) throws IOException {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(darkInk ? Color.WHITE : Color.BLACK);
    g.fillRect(0, 0, size, size);
    g.setColor(darkInk ? Color.BLACK : Color.WHITE);
    g.fillRect(size / 3, size / 5, size / 6, size / 2);
    g.dispose();
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
  }

  @Test
  void labeledImageTreeWithTrainAndTest() throws IOException {
    for (int d = 0; d < 10; d++) {
      for (int k = 0; k < 3; k++) {
        digitPng(tmp.resolve("trainingSet/trainingSet/" + d + "/img" + k + ".png"), 28, false);
      }
      digitPng(tmp.resolve("testing/" + d + "/t.jpg".replace("jpg", "png")), 64, true);
    }
    MnistSplit s = DataLoader.load(tmp);
    assertEquals(25, s.train().size());
    assertEquals(5, s.validation().size());
    assertEquals(10, s.test().size());
    int[] counts = new int[10];
    for (int d = 0; d < 10; d++) {
      counts[d] = s.train().countsPerDigit()[d] + s.validation().countsPerDigit()[d];
    }
    assertEquals(java.util.Arrays.toString(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}),
        java.util.Arrays.toString(counts));
  }

  @Test
  void flatFolderIsUnlabeled() throws IOException {
    digitPng(tmp.resolve("own/a.png"), 100, true);
    digitPng(tmp.resolve("own/b.png"), 40, true);
    Dataset d = DataLoader.readDataset(tmp.resolve("own"));
    assertFalse(d.labeled());
    assertEquals(2, d.size());
    assertThrows(DataException.class, () -> DataLoader.load(tmp.resolve("own")));
  }

  @Test
  void badImageInAFolderAbortsTheLoadAndIsNamed() throws IOException {
    digitPng(tmp.resolve("3/good.png"), 28, false);
    Path bad = Files.writeString(tmp.resolve("3/bad.png"), "oops");
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(tmp));
    assertTrue(e.getMessage().startsWith(bad + ": is not a readable image"), e.getMessage());
  }
}
