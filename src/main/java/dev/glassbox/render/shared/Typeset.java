package dev.glassbox.render.shared;

import dev.glassbox.notation.TextMode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import processing.core.PGraphics;

/**
 * Mathematics typeset by JLaTeXMath into Java2D. Parsing a formula costs about a millisecond, so
 * formulas are measured once and drawn from cached bitmaps (made at the canvas's scale, so a zoomed
 * window stays sharp); a frame only blits them.
 */
public final class Typeset {
  private static final int CACHED = 4096;
  private static final Map<String, TeXIcon> ICONS = lru(CACHED);
  private static final Map<String, BufferedImage> IMAGES = lru(1024);

  private Typeset() {}

  private static <V> Map<String, V> lru(int max) {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> e) {
        return size() > max;
      }
    };
  }

  /** {@code s} as LaTeX text mode: the characters TeX treats specially are escaped. */
  public static String text(String s) {
    return TextMode.latex(s);
  }

  // the formula at a size; a formula JLaTeXMath cannot read is shown as its own text
  private static synchronized TeXIcon icon(String latex, float size) {
    String key = size + "|" + latex;
    TeXIcon icon = ICONS.get(key);
    if (icon == null) {
      try {
        icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
      } catch (RuntimeException e) {
        icon = new TeXFormula(TextMode.latex(latex.replaceAll("[\\\\{}]", ""))).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
      }
      ICONS.put(key, icon);
    }
    return icon;
  }

  /** Width in pixels of {@code latex} set at {@code size} pixels. */
  public static float width(String latex, float size) {
    return icon(latex, size).getIconWidth();
  }

  /** Height in pixels (ascent plus descent) of {@code latex} set at {@code size}. */
  public static float height(String latex, float size) {
    return icon(latex, size).getIconHeight();
  }

  /**
   * Draws {@code latex} at {@code size} in colour {@code rgb} with its top-left corner at (x, y)
   * on a Java2D canvas (other renderers are left alone).
   */
  public static void draw(PGraphics g, String latex, float size, int rgb, float x, float y) {
    if (!(g.getNative() instanceof Graphics2D g2)) {
      return;
    }
    AffineTransform at = g2.getTransform();
    double scale = Math.max(0.25, Math.hypot(at.getScaleX(), at.getShearY()));
    BufferedImage img = image(latex, size, rgb, scale);
    g2.translate(x, y);
    g2.scale(1 / scale, 1 / scale);
    g2.drawImage(img, 0, 0, null);
    g2.setTransform(at);
  }

  private static synchronized BufferedImage image(String latex, float size, int rgb, double scale) {
    String key = size + "|" + rgb + "|" + scale + "|" + latex;
    BufferedImage img = IMAGES.get(key);
    if (img == null) {
      TeXIcon icon = icon(latex, (float) (size * scale));
      icon.setForeground(new Color(rgb));
      img = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
          BufferedImage.TYPE_INT_ARGB);
      Graphics2D ig = img.createGraphics();
      ig.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      ig.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      ig.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      icon.paintIcon(null, ig, 0, 0);
      ig.dispose();
      IMAGES.put(key, img);
    }
    return img;
  }
}
