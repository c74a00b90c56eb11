package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.Trace;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * Three 28x28 pictures of a first-layer neuron's 784 incoming weights: the weights w (orange
 * positive, blue negative), their gradients ∂C/∂w (BP4) and the change the update applies. Each is
 * scaled to its own largest magnitude, which is printed under it.
 */
final class NeuronImages {
  /** Screen pixels per weight. */
  static final int SCALE = 3;

  private Trace trace;
  private int neuron = -1;
  private final PImage[] images = new PImage[3];
  private final double[] max = new double[3];

  /** Height the three images take, labels included. */
  static int height() {
    return 28 * SCALE + 34;
  }

  // builds the three pictures once per (trace, neuron)
  private void prepare(Trace t, int j) {
    if (t == trace && j == neuron) {
      return;
    }
    trace = t;
    neuron = j;
    double[][] v = new double[3][784];
    for (int k = 0; k < 784; k++) {
      v[0][k] = t.before().weight(1, j, k);
      v[1][k] = t.nablaW(1, j, k);
      v[2][k] = t.after().weight(1, j, k) - t.before().weight(1, j, k);
    }
    for (int i = 0; i < 3; i++) {
      max[i] = 0;
      for (double x : v[i]) {
        max[i] = Math.max(max[i], Math.abs(x));
      }
      images[i] = picture(v[i], max[i]);
    }
  }

  // the palette's signed pixels (orange +, blue −, background 0); crisp enlarged pixels
  private static PImage picture(double[] v, double max) {
    int side = 28 * SCALE;
    PImage img = new PImage(side, side, PConstants.RGB);
    for (int py = 0; py < side; py++) {
      for (int px = 0; px < side; px++) {
        double x = v[(py / SCALE) * 28 + px / SCALE];
        img.pixels[py * side + px] = Palette.signedPixel(x, max);
      }
    }
    img.updatePixels();
    return img;
  }

  /**
   * Draws the three pictures of neuron j of layer 1 with the top-left corner at (x, y);
   * {@code known[i]} says whether picture i has been computed at the cursor (else an empty frame).
   */
  void display(PGraphics g, Trace t, int j, float x, float y, boolean[] known) {
    prepare(t, j);
    String[] names = {"w (weights)", "∂C/∂w (BP4)", "Δw (update)"};
    g.textFont(Fonts.of(11));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    for (int i = 0; i < 3; i++) {
      float ix = x + i * (28 * SCALE + 26);
      Palette.fill(g, Palette.DIM);
      g.text(names[i], ix, y);
      if (known[i]) {
        g.image(images[i], ix, y + 15);
        g.text("max |·| " + dev.glassbox.trace.explain.Num.format(max[i]), ix, y + 18 + 28 * SCALE);
      } else {
        // not computed yet: an empty frame
        g.noFill();
        Palette.stroke(g, Palette.LINE);
        g.rect(ix, y + 15, 28 * SCALE - 1, 28 * SCALE - 1);
        g.noStroke();
        g.text("not computed yet", ix, y + 18 + 28 * SCALE);
      }
    }
  }
}
