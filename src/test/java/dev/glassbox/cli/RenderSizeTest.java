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

/** {@code glassbox render --size WxH --zoom Z}: pictures of the window at any size. */
class RenderSizeTest {
  @Test
  void aPngOfAnySize(@TempDir Path dir) throws Exception {
    for (String size : new String[] {"1024x640", "1920x1080"}) {
      Path png = dir.resolve(size + ".png");
      Run r = Run.of("render", "--step", "8", "--size", size, "--zoom", "1.5", "--out", png.toString());
      assertEquals(0, r.code(), r.err());
      BufferedImage img = ImageIO.read(png.toFile());
      assertEquals(size, img.getWidth() + "x" + img.getHeight());
    }
  }

  @Test
  void aGifOfAnySize(@TempDir Path dir) throws Exception {
    Path gif = dir.resolve("pass.gif");
    Run r = Run.of("render", "--size", "1024x640", "--gif", gif.toString(), "--frame-ms", "100");
    assertEquals(0, r.code(), r.err());
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertEquals(1024, reader.getWidth(0));
      assertEquals(640, reader.getHeight(0));
    }
  }

  @Test
  void aBadSizeIsAUsageError(@TempDir Path dir) {
    Run r = Run.of("render", "--size", "big", "--out", dir.resolve("x.png").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("WxH"), r.err());
    Run z = Run.of("render", "--zoom", "0", "--out", dir.resolve("x.png").toString());
    assertEquals(1, z.code());
    assertTrue(z.err().contains("--zoom"), z.err());
  }
}
