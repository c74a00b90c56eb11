package dev.glassbox.render.chart;

import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * A view: a contact sheet of your own digits, one cell per picture: the original (scaled down to
 * fit), the 28x28 image the network sees (scaled up, crisp pixels) and the network's answer.
 */
public final class ContactSheet {
  /**
   * One picture.
   *
   * @param name the file name
   * @param original the picture as read (not modified)
   * @param pixels the preprocessed 784 bytes (not modified)
   * @param answer the predicted digit, drawn large
   * @param detail a short line under it, e.g. the top three probabilities
   */
  public record Entry(String name, BufferedImage original, byte[] pixels, int answer, String detail) {}

  private static final int BOX = 84;
  private static final int SCALE = 3;
  private static final int GAP = 10;
  private static final int TEXT = 150;
  private static final int TITLE = 34;
  private final List<Entry> entries;
  private final int cols;
  private final String title;

  /** @param cols cells per row */
  public ContactSheet(List<Entry> entries, int cols, String title) {
    this.entries = List.copyOf(entries);
    this.cols = Math.max(1, Math.min(cols, entries.size()));
    this.title = title;
  }

  private int cellWidth() {
    return BOX + GAP + 28 * SCALE + GAP + TEXT;
  }

  private int cellHeight() {
    return BOX + 22;
  }

  /** Width in pixels. */
  public int width() {
    return GAP + cols * (cellWidth() + GAP);
  }

  /** Height in pixels. */
  public int height() {
    int rows = (entries.size() + cols - 1) / cols;
    return TITLE + rows * (cellHeight() + GAP) + GAP;
  }

  /** Draws the sheet with its top-left corner at {@code (x, y)}. */
  public void display(PGraphics g, float x, float y) {
    g.pushStyle();
    g.noStroke();
    g.fill(24);
    g.rect(x, y, width(), height());
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Offscreen.font(16));
    g.fill(235);
    g.text(title, x + GAP, y + 8);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      float cx = x + GAP + (i % cols) * (cellWidth() + GAP);
      float cy = y + TITLE + (i / cols) * (cellHeight() + GAP);
      // the original, scaled down to fit the box (on white, as paper)
      g.fill(255);
      g.rect(cx, cy, BOX, BOX);
      g.image(fitted(e.original()), cx, cy);
      // what the network sees: 28x28, each pixel 3x3
      float px = cx + BOX + GAP;
      g.image(digit(e.pixels()), px, cy);
      // the answer, in the forward colour (what the forward pass says)
      float tx = px + 28 * SCALE + GAP;
      g.fill(Palette.argb(Palette.FORWARD));
      g.textFont(Offscreen.font(40));
      g.text(String.valueOf(e.answer()), tx, cy);
      g.fill(210);
      g.textFont(Offscreen.font(12));
      g.text(e.detail(), tx, cy + 50, TEXT, 36);
      g.fill(160);
      g.text(e.name(), cx, cy + BOX + 4);
    }
    g.popStyle();
  }

  /** The picture scaled (smoothly) to fit BOX x BOX, centred, on white. */
  private static PImage fitted(BufferedImage src) {
    BufferedImage box = new BufferedImage(BOX, BOX, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = box.createGraphics();
    g2.setColor(java.awt.Color.WHITE);
    g2.fillRect(0, 0, BOX, BOX);
    g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    double s = Math.min((double) BOX / src.getWidth(), (double) BOX / src.getHeight());
    int w = (int) Math.round(src.getWidth() * s);
    int h = (int) Math.round(src.getHeight() * s);
    g2.drawImage(src, (BOX - w) / 2, (BOX - h) / 2, w, h, null);
    g2.dispose();
    PImage img = new PImage(BOX, BOX, PConstants.RGB);
    img.loadPixels();
    box.getRGB(0, 0, BOX, BOX, img.pixels, 0, BOX);
    img.updatePixels();
    return img;
  }

  /** 784 bytes as a white-on-black image, each pixel SCALE x SCALE. */
  private static PImage digit(byte[] pixels) {
    int side = 28 * SCALE;
    PImage img = new PImage(side, side, PConstants.RGB);
    img.loadPixels();
    for (int py = 0; py < side; py++) {
      for (int px = 0; px < side; px++) {
        int v = pixels[(py / SCALE) * 28 + px / SCALE] & 0xFF;
        img.pixels[py * side + px] = 0xFF000000 | (v << 16) | (v << 8) | v;
      }
    }
    img.updatePixels();
    return img;
  }
}
