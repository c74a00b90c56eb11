package dev.glassbox.render.shared;

import dev.glassbox.io.AtomicFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import processing.core.PGraphics;

/** Saves any finished {@link PGraphics} as a PNG file (written to a temp file, then moved). */
public final class Png {
  private Png() {}

  /** Draws a {@code width} x {@code height} picture offscreen with {@code draw} and saves it to {@code file}. */
  public static void draw(Path file, int width, int height, java.util.function.Consumer<PGraphics> draw) {
    PGraphics g = Offscreen.create(width, height);
    g.beginDraw();
    draw.accept(g);
    g.endDraw();
    save(g, file);
  }

  /** Writes the canvas's pixels to {@code file}; call after {@code endDraw()}. */
  public static void save(PGraphics g, Path file) {
    g.loadPixels();
    BufferedImage img = new BufferedImage(g.pixelWidth, g.pixelHeight, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, g.pixelWidth, g.pixelHeight, g.pixels, 0, g.pixelWidth);
    try {
      AtomicFile.write(file, out -> {
        if (!ImageIO.write(img, "png", out)) {
          throw new IOException("no PNG writer available");
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
