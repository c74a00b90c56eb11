package dev.glassbox.render.stepper;

import dev.glassbox.data.DataException;
import dev.glassbox.data.MnistPreprocessor;
import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * Draw-your-own-digit: a square canvas the mouse draws on in white on black, and beside it the
 * 28x28 MNIST form of the drawing made by {@link MnistPreprocessor} (the image-folder loader's code).
 */
public final class DrawCanvas {
  /** Side of the drawing area in pixels. */
  public static final int SIDE = 336;
  private static final float BRUSH = 24f;

  private final float x;
  private final float y;
  private final BufferedImage paper = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
  private final PImage shown = new PImage(SIDE, SIDE, PConstants.RGB);
  private byte[] mnist;
  private PImage preview;
  private int target = -1;
  private int predicted = -1;
  private double[] outputs;
  private boolean dirty = true;

  /** A canvas with its top-left corner at (x, y). */
  public DrawCanvas(float x, float y) {
    this.x = x;
    this.y = y;
    clear();
  }

  /** Wipes the drawing. */
  public void clear() {
    Graphics2D g = paper.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, SIDE, SIDE);
    g.dispose();
    mnist = null;
    dirty = true;
    predicted = -1;
    outputs = null;
  }

  /**
   * What the network answers for the drawing as it stands, from a trace of it (the window traces
   * the drawing after each stroke): the predicted digit and the output activations a^L.
   */
  public void setPrediction(int digit, double[] outputLayer) {
    predicted = digit;
    outputs = outputLayer == null ? null : outputLayer.clone();
  }

  /** Whether (px, py) is on the drawing area. */
  public boolean contains(float px, float py) {
    return px >= x && px < x + SIDE && py >= y && py < y + SIDE;
  }

  /** Draws a round-ended stroke from (x0, y0) to (x1, y1), screen coordinates. */
  public void stroke(float x0, float y0, float x1, float y1) {
    Graphics2D g = paper.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(BRUSH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(Math.round(x0 - x), Math.round(y0 - y), Math.round(x1 - x), Math.round(y1 - y));
    g.dispose();
    dirty = true;
  }

  /** The drawing in MNIST form (784 bytes, 0 background .. 255 ink), or null while it is blank. */
  public byte[] mnist() {
    update();
    return mnist == null ? null : mnist.clone();
  }

  /** The target digit the user chose (0-9), or -1 to use the network's prediction. */
  public int target() {
    return target;
  }

  /** Sets the target digit (-1: the prediction). */
  public void setTarget(int digit) {
    target = digit;
  }

  // redo the MNIST form and the screen copy after new strokes
  private void update() {
    if (!dirty) {
      return;
    }
    dirty = false;
    paper.getRGB(0, 0, SIDE, SIDE, shown.pixels, 0, SIDE);
    shown.updatePixels();
    try {
      mnist = MnistPreprocessor.preprocess(paper);
    } catch (DataException blank) {
      mnist = null;
    }
    preview = null;
    if (mnist != null) {
      int s = 6;
      preview = new PImage(28 * s, 28 * s, PConstants.RGB);
      for (int py = 0; py < 28 * s; py++) {
        for (int px = 0; px < 28 * s; px++) {
          int v = mnist[(py / s) * 28 + px / s] & 0xFF;
          preview.pixels[py * 28 * s + px] = 0xFF000000 | (v << 16) | (v << 8) | v;
        }
      }
      preview.updatePixels();
    }
  }

  /** Draws the canvas, the MNIST preview and the instructions over a {@code w x h} area at (ax, ay). */
  public void display(PGraphics g, float ax, float ay, float w, float h) {
    update();
    g.pushStyle();
    Palette.fill(g, Palette.BACKGROUND, 245);
    g.noStroke();
    g.rect(ax, ay, w, h);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Fonts.of(20));
    Palette.fill(g, Palette.TEXT);
    g.text("Draw a digit", x, y - 64);
    g.textFont(Fonts.of(13));
    Palette.fill(g, Palette.DIM);
    g.text("Draw with the mouse. Enter: step through it · x: clear · 0-9: the target digit · d: back",
        x, y - 36);
    g.image(shown, x, y);
    Palette.stroke(g, Palette.FORWARD);
    g.noFill();
    g.rect(x - 1, y - 1, SIDE + 1, SIDE + 1);
    float px = x + SIDE + 40;
    g.noStroke();
    Palette.fill(g, Palette.DIM);
    g.text("MNIST form (28x28): cropped, scaled to 20x20,", px, y);
    g.text("centred by mass, as the image-folder loader does", px, y + 16);
    if (preview != null) {
      g.image(preview, px, y + 40);
      Palette.stroke(g, Palette.LINE);
      g.noFill();
      g.rect(px - 1, y + 39, 28 * 6 + 1, 28 * 6 + 1);
    } else {
      Palette.fill(g, Palette.DIM);
      g.text("(nothing drawn yet)", px, y + 40);
    }
    Palette.fill(g, Palette.TARGET);
    g.noStroke();
    g.textFont(Fonts.of(14));
    g.text("target: " + (target < 0 ? "the network's prediction (press 0-9 to set)" : Integer.toString(target)),
        px, y + 230);
    if (outputs != null) {
      // the live answer: a^L of the drawing, one bar per digit
      Palette.fill(g, Palette.TEXT);
      g.text("the network says " + predicted, px, y + 256);
      g.textFont(Fonts.of(12));
      for (int d = 0; d < outputs.length; d++) {
        float by = y + 282 + d * 16;
        Palette.fill(g, d == predicted ? Palette.FORWARD : Palette.DIM);
        g.text(d + "  " + dev.glassbox.trace.explain.Num.format(outputs[d]), px, by);
        g.rect(px + 90, by + 3, (float) (120 * Math.max(0, Math.min(1, outputs[d]))), 9);
      }
    }
    g.popStyle();
  }
}
