package dev.glassbox.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistPreprocessorTest {
  @TempDir Path tmp;

  /** A "7" drawn with thick strokes in a corner of a large canvas. */
  private static BufferedImage seven(int w, int h, Color paper, Color ink, int x, int y, int size) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(paper);
    g.fillRect(0, 0, w, h);
    g.setColor(ink);
    g.setStroke(new BasicStroke(size / 8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(x, y, x + size * 2 / 3, y);
    g.drawLine(x + size * 2 / 3, y, x + size / 4, y + size);
    g.dispose();
    return img;
  }

  /** Centre of mass (pixel centres at i + 0.5) and ink bounding box of an MNIST image. */
  private static double[] stats(byte[] px) {
    double m = 0;
    double mx = 0;
    double my = 0;
    int x0 = 28;
    int x1 = -1;
    int y0 = 28;
    int y1 = -1;
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        int v = px[y * 28 + x] & 0xFF;
        m += v;
        mx += v * (x + 0.5);
        my += v * (y + 0.5);
        if (v > 0) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    return new double[] {mx / m, my / m, x1 - x0 + 1, y1 - y0 + 1};
  }

  private static void assertMnistLike(byte[] px) {
    double[] s = stats(px);
    assertEquals(14.0, s[0], 1.0, "centre of mass x");
    assertEquals(14.0, s[1], 1.0, "centre of mass y");
    assertTrue(s[2] <= 20 && s[3] <= 20, "fits the 20x20 box: " + s[2] + "x" + s[3]);
    assertTrue(Math.max(s[2], s[3]) >= 19, "the longer side fills the box: " + s[2] + "x" + s[3]);
    int max = 0;
    for (byte b : px) {
      max = Math.max(max, b & 0xFF);
    }
    assertEquals(255, max, "ink stretched to full brightness");
  }

  @Test
  void offCentreWhiteOnBlackIsCentred() {
    byte[] px = MnistPreprocessor.preprocess(seven(28, 28, Color.BLACK, Color.WHITE, 1, 2, 12));
    assertMnistLike(px);
  }

  @Test
  void largeBlackOnWhiteIsInvertedCroppedAndCentred() {
    byte[] px = MnistPreprocessor.preprocess(seven(400, 300, Color.WHITE, Color.BLACK, 250, 20, 120));
    assertMnistLike(px);
    assertEquals(0, px[0], "background is black after inversion");
  }

  @Test
  void colouredPhotoLikeImageWorks() {
    byte[] px = MnistPreprocessor.preprocess(
        seven(200, 260, new Color(210, 200, 180), new Color(30, 40, 120), 10, 120, 90));
    assertMnistLike(px);
  }

  @Test
  void blankImageIsRefused() {
    BufferedImage img = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
    DataException e = assertThrows(DataException.class, () -> MnistPreprocessor.preprocess(img));
    assertTrue(e.getMessage().contains("blank"), e.getMessage());
  }

  @Test
  void blankImageFileIsNamed() throws IOException {
    Path f = tmp.resolve("white.png");
    BufferedImage img = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
    img.getGraphics().fillRect(0, 0, 50, 50);
    javax.imageio.ImageIO.write(img, "png", f.toFile());
    DataException e = assertThrows(DataException.class, () -> MnistPreprocessor.preprocess(f));
    assertTrue(e.getMessage().startsWith(f + ": the image is blank"), e.getMessage());
  }

  @Test
  void unreadableImageFileIsNamed() throws IOException {
    Path f = Files.writeString(tmp.resolve("fake.png"), "not a png");
    DataException e = assertThrows(DataException.class, () -> MnistPreprocessor.preprocess(f));
    assertTrue(e.getMessage().startsWith(f + ": is not a readable image"), e.getMessage());
  }

  @Test
  void aBlank28x28ImageInAFolderIsRefusedNamingTheFile() throws IOException {
    // 28x28 images skip preprocessing (taken as MNIST-formatted), but blank ones are still refused
    Path own = Files.createDirectories(tmp.resolve("own"));
    Files.copy(Path.of("src/test/resources/dev/glassbox/FuzzReadersTestInputs/image/digit.png"), own.resolve("a.png"));
    javax.imageio.ImageIO.write(new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY), "png",
        own.resolve("b-black.png").toFile());
    DataException e = assertThrows(DataException.class, () -> ImageFolderReader.readUnlabeled(own, "own"));
    assertEquals(own.resolve("b-black.png") + ": the image is blank: no digit stands out from the background",
        e.getMessage());
    // white paper with no ink (inverted to black), in a labeled folder
    Files.delete(own.resolve("b-black.png"));
    Path labeled = Files.createDirectories(tmp.resolve("labeled/7"));
    Files.copy(own.resolve("a.png"), labeled.resolve("a.png"));
    BufferedImage white = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
    white.getGraphics().fillRect(0, 0, 28, 28);
    javax.imageio.ImageIO.write(white, "png", labeled.resolve("white.png").toFile());
    e = assertThrows(DataException.class, () -> ImageFolderReader.readLabeled(labeled.getParent(), "l"));
    assertTrue(e.getMessage().startsWith(labeled.resolve("white.png") + ": the image is blank"), e.getMessage());
    // the digit alone still loads as it is
    assertEquals(1, ImageFolderReader.readUnlabeled(own, "own").size());
  }
}
