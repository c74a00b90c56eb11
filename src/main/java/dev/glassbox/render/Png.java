package dev.glassbox.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import processing.core.PGraphics;

/** Saves any finished {@link PGraphics} as a PNG file (written to a temp file, then moved). */
public final class Png {
  private Png() {}

  /** Writes the canvas's pixels to {@code file}; call after {@code endDraw()}. */
  public static void save(PGraphics g, Path file) {
    g.loadPixels();
    BufferedImage img = new BufferedImage(g.pixelWidth, g.pixelHeight, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, g.pixelWidth, g.pixelHeight, g.pixels, 0, g.pixelWidth);
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      // a plain new file (not createTempFile, whose owner-only permissions would stick)
      Path tmp = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
      try {
        if (!ImageIO.write(img, "png", tmp.toFile())) {
          throw new IOException("no PNG writer available");
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
