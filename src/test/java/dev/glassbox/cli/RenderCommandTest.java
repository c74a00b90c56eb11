package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox render} writes real pictures headless; {@code step} falls back to the terminal. */
class RenderCommandTest {
  @Test
  void renderWritesAPngOfTheWindow(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("frame.png");
    Run r = Run.of("render", "--image", "0", "--step", "8", "--pin", "2:3", "--check", "--out", png.toString());
    assertEquals(0, r.code(), r.err());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1280, img.getWidth());
    assertEquals(800, img.getHeight());
    assertTrue(r.out().contains("step 8/14"), r.out());
  }

  @Test
  void renderWritesAnAnimatedGifOfThePass(@TempDir Path dir) throws Exception {
    Path gif = dir.resolve("pass.gif");
    Run r = Run.of("render", "--image", "1", "--gif", gif.toString(), "--frame-ms", "300");
    assertEquals(0, r.code(), r.err());
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertEquals(28, reader.getNumImages(true));
      assertEquals(1280, reader.getWidth(0));
    }
  }

  @Test
  void renderShowsDidItHelpAfterRepeatedSteps(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("after.png");
    Run r = Run.of("render", "--did-it-help=3", "--out", png.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("(step 14/14: w³, b³; did it help? C = ") && r.out().contains(", SGD step 3 on this image)"),
        r.out());
    assertTrue(javax.imageio.ImageIO.read(png.toFile()).getWidth() == 1280);
    Run bad = Run.of("render", "--did-it-help=0", "--out", png.toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("--did-it-help 0: N must be 1 or more SGD steps"), bad.err());
  }

  @Test
  void renderRejectsAStepOutsideThePass(@TempDir Path dir) {
    Run r = Run.of("render", "--step", "99", "--out", dir.resolve("x.png").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--step 99 is outside 1..14"), r.err());
  }

  @Test
  void withoutADisplayStepSaysSoOnceAndPrintsEveryStep() {
    // surefire runs headless, and stdin is not a terminal
    Run r = Run.of("step", "--image", "0");
    assertEquals(0, r.code(), r.err());
    long notes = r.err().lines().filter(l -> l.contains("stepping in the terminal instead")).count();
    assertEquals(1, notes, r.err());
    assertTrue(r.out().contains("[14/14] update"), r.out());
  }

  @Test
  void noArgumentsRunsTheStepperOnTheDefaultExample() {
    Run r = Run.of();
    assertEquals(0, r.code(), r.err());
    // the bundled model is confident of test images 0-7; image 8 costs 0.78
    assertTrue(r.out().contains("test image 8: the default example, the first test image whose cost C is above 0.1"), r.out());
    assertTrue(r.out().contains("test image 8 · label 5 · the first with C > 0.1 (predicted"), r.out());
    assertTrue(r.err().contains("stepping in the terminal instead"), r.err());
  }

  @Test
  void renderAndTraceTakeTheSameDefaultExample(@TempDir Path dir) {
    Run r = Run.of("render", "--step", "1", "--out", dir.resolve("x.png").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("test image 8: the default example"), r.out());
    Run t = Run.of("trace", "--out", dir.resolve("t.json").toString());
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("(test image 8, label 5"), t.out());
    Run zero = Run.of("step", "--text", "--all", "--image", "0");
    assertTrue(zero.out().startsWith("test image 0 · label 7 (predicted"), zero.out());
  }

  @Test
  void stepBenchPrintsFrameTimes() {
    Run r = Run.of("step", "--bench", "--frames", "5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("784,100,30,10") && r.out().contains("784,300,100,10"), r.out());
    assertTrue(r.out().contains("mean") && r.out().contains("worst"), r.out());
  }
}
