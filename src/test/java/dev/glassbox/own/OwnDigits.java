package dev.glassbox.own;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the hand-drawn digits of {@code data/own}: pen strokes (Java2D paths with a thick round
 * pen) on white paper or a photo-like grey background, in different sizes, positions, slants and
 * pen widths. No MNIST image is used. Run {@code main} with the folder to write to; tests use
 * {@link #draw} for synthetic digits.
 */
public final class OwnDigits {
  private OwnDigits() {}

  /** The strokes of a digit in a unit box (x right, y down), in one of a few styles. */
  static Path2D strokes(int digit, int style) {
    Path2D p = new Path2D.Double();
    switch (digit) {
      case 0 -> {
        p.moveTo(0.5, 0.05);
        p.curveTo(0.05, 0.05, 0.1, 0.95, 0.5, 0.95);
        p.curveTo(0.9, 0.95, 0.95, 0.05, 0.5, 0.05);
      }
      case 1 -> {
        if (style == 1) {
          p.moveTo(0.3, 0.25);
          p.lineTo(0.55, 0.05);
        } else {
          p.moveTo(0.5, 0.05);
        }
        p.lineTo(0.5, 0.95);
        if (style == 1) {
          p.moveTo(0.3, 0.95);
          p.lineTo(0.7, 0.95);
        }
      }
      case 2 -> {
        p.moveTo(0.15, 0.25);
        p.curveTo(0.25, 0.0, 0.85, 0.0, 0.8, 0.3);
        p.curveTo(0.75, 0.55, 0.3, 0.7, 0.12, 0.95);
        if (style == 1) {
          p.curveTo(0.3, 0.85, 0.4, 0.85, 0.45, 0.95);
        }
        p.lineTo(0.9, 0.93);
      }
      case 3 -> {
        p.moveTo(0.15, 0.15);
        p.curveTo(0.4, -0.05, 0.9, 0.05, 0.75, 0.3);
        p.curveTo(0.65, 0.45, 0.45, 0.47, 0.4, 0.48);
        p.curveTo(0.95, 0.5, 0.95, 0.95, 0.5, 0.95);
        p.curveTo(0.35, 0.95, 0.2, 0.9, 0.12, 0.82);
      }
      case 4 -> {
        if (style == 1) {
          p.moveTo(0.2, 0.05);
          p.lineTo(0.15, 0.55);
          p.lineTo(0.85, 0.55);
          p.moveTo(0.68, 0.05);
          p.lineTo(0.68, 0.95);
        } else {
          p.moveTo(0.65, 0.95);
          p.lineTo(0.65, 0.05);
          p.lineTo(0.1, 0.65);
          p.lineTo(0.9, 0.65);
        }
      }
      case 5 -> {
        p.moveTo(0.85, 0.06);
        p.lineTo(0.25, 0.06);
        p.lineTo(0.2, 0.45);
        p.curveTo(0.5, 0.3, 0.9, 0.4, 0.85, 0.7);
        p.curveTo(0.8, 1.0, 0.3, 1.0, 0.12, 0.85);
      }
      case 6 -> {
        p.moveTo(0.75, 0.05);
        p.curveTo(0.3, 0.2, 0.1, 0.6, 0.2, 0.85);
        p.curveTo(0.35, 1.05, 0.85, 0.95, 0.8, 0.68);
        p.curveTo(0.75, 0.42, 0.35, 0.45, 0.2, 0.7);
      }
      case 7 -> {
        p.moveTo(0.1, 0.08);
        p.lineTo(0.9, 0.08);
        p.lineTo(0.4, 0.95);
        if (style == 1) {
          p.moveTo(0.4, 0.5);
          p.lineTo(0.8, 0.5);
        }
      }
      case 8 -> {
        p.moveTo(0.5, 0.48);
        p.curveTo(0.1, 0.4, 0.15, 0.05, 0.5, 0.05);
        p.curveTo(0.85, 0.05, 0.9, 0.4, 0.5, 0.48);
        p.curveTo(0.05, 0.55, 0.1, 0.95, 0.5, 0.95);
        p.curveTo(0.9, 0.95, 0.95, 0.55, 0.5, 0.48);
      }
      case 9 -> {
        p.moveTo(0.8, 0.35);
        p.curveTo(0.7, 0.0, 0.15, 0.05, 0.2, 0.35);
        p.curveTo(0.25, 0.6, 0.75, 0.55, 0.8, 0.35);
        if (style == 1) {
          p.lineTo(0.78, 0.95);
        } else {
          p.curveTo(0.8, 0.6, 0.7, 0.85, 0.5, 0.95);
        }
      }
      default -> throw new IllegalArgumentException("digit " + digit);
    }
    return p;
  }

  /**
   * One digit drawn with a round pen.
   *
   * @param size the side of the picture in pixels
   * @param height the digit's height as a fraction of the picture
   * @param cx centre x as a fraction of the width
   * @param cy centre y as a fraction of the height
   * @param slant shear (positive leans right)
   * @param pen pen width as a fraction of the digit's height
   * @param photo a grey, unevenly lit background with paper grain instead of white paper
   */
  public static BufferedImage draw(int digit, int style, int size, double height, double cx,
      double cy, double slant, double pen, boolean photo, long seed) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    Random random = new Random(seed);
    if (photo) {
      g.setPaint(new GradientPaint(0, 0, new Color(205, 200, 190), size, size, new Color(150, 148, 140)));
    } else {
      g.setColor(Color.WHITE);
    }
    g.fillRect(0, 0, size, size);
    double h = height * size;
    double w = 0.7 * h;
    AffineTransform t = new AffineTransform();
    t.translate(cx * size, cy * size);
    t.shear(-slant, 0);
    t.translate(-w / 2, -h / 2);
    t.scale(w, h);
    g.setColor(photo ? new Color(40, 38, 50) : new Color(20, 20, 60));
    g.setStroke(new BasicStroke((float) (pen * h), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(t.createTransformedShape(strokes(digit, style)));
    g.dispose();
    if (photo) {
      // paper grain: small random brightness changes
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          int c = img.getRGB(x, y);
          int d = (int) Math.round(random.nextGaussian() * 6);
          int r = clamp(((c >> 16) & 0xFF) + d);
          int gr = clamp(((c >> 8) & 0xFF) + d);
          int b = clamp((c & 0xFF) + d);
          img.setRGB(x, y, (r << 16) | (gr << 8) | b);
        }
      }
    }
    return img;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /** Writes the shipped set into the folder given (default data/own). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "data/own");
    Files.createDirectories(dir);
    Object[][] spec = {
      // digit, style, size, height, cx, cy, slant, pen, photo, name
      {0, 0, 200, 0.70, 0.50, 0.50, 0.10, 0.10, false, "0_round"},
      {1, 0, 160, 0.75, 0.45, 0.50, 0.15, 0.09, false, "1_stroke"},
      {1, 1, 240, 0.55, 0.60, 0.40, 0.00, 0.08, true, "1_serif_photo"},
      {2, 0, 200, 0.60, 0.50, 0.55, 0.05, 0.10, false, "2_plain"},
      {2, 1, 300, 0.45, 0.35, 0.35, 0.15, 0.07, true, "2_loop_photo"},
      {3, 0, 220, 0.70, 0.50, 0.50, 0.10, 0.09, false, "3_curly"},
      {4, 0, 200, 0.70, 0.50, 0.50, 0.00, 0.09, false, "4_closed"},
      {4, 1, 180, 0.50, 0.45, 0.55, 0.10, 0.11, true, "4_open_photo"},
      {5, 0, 200, 0.65, 0.50, 0.50, 0.12, 0.10, false, "5_plain"},
      {6, 0, 260, 0.60, 0.55, 0.45, 0.05, 0.09, true, "6_photo"},
      {7, 0, 200, 0.70, 0.50, 0.50, 0.05, 0.09, false, "7_plain"},
      {7, 1, 200, 0.55, 0.45, 0.50, 0.15, 0.10, false, "7_crossed"},
      {8, 0, 200, 0.72, 0.50, 0.50, 0.10, 0.08, false, "8_loops"},
      {9, 0, 220, 0.65, 0.50, 0.50, 0.10, 0.10, false, "9_curved"},
      {9, 1, 160, 0.60, 0.50, 0.45, 0.00, 0.12, true, "9_straight_photo"},
    };
    long seed = 1;
    for (Object[] s : spec) {
      BufferedImage img = draw((int) s[0], (int) s[1], (int) s[2], (double) s[3], (double) s[4],
          (double) s[5], (double) s[6], (double) s[7], (boolean) s[8], seed++);
      ImageIO.write(img, "png", dir.resolve(s[9] + ".png").toFile());
    }
  }
}
