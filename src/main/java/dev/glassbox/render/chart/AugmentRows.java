package dev.glassbox.render.chart;

import dev.glassbox.data.Augment;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.Distorted;
import dev.glassbox.data.DistortionRandom;
import dev.glassbox.data.ElasticDistortion;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import java.util.HashMap;
import java.util.Map;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * A view: training images, one per row, each beside the distortions the network trains on in
 * epochs 1, 2, ... under an {@link Augment} (made by the training code's {@link Distorted}, with
 * the run's seed), and for elastic distortion the displacement field of epoch 1 as arrows.
 */
public final class AugmentRows {
  private static final int SIDE = Dataset.COLS;
  private static final int SCALE = 3;
  private static final int CELL = SIDE * SCALE;
  private static final int GAP = 10;
  private static final int CAPTION = 16;
  // arrows every STEP pixels, so the field stays readable
  private static final int STEP = 3;

  private final Distorted distorted;
  private final long seed;
  private final Map<Long, PImage> images = new HashMap<>();
  private final ElasticDistortion elastic = new ElasticDistortion();
  private final double[] fx = new double[Dataset.PIXELS];
  private final double[] fy = new double[Dataset.PIXELS];
  private final byte[] bytes = new byte[Dataset.PIXELS];
  private int capacity = 1;

  /** @param seed the training seed whose distortions to show */
  public AugmentRows(Dataset train, Augment augment, long seed) {
    this.distorted = new Distorted(train, augment, seed);
    this.seed = seed;
  }

  /** How many rows (images) the last page held room for. */
  public int capacity() {
    return capacity;
  }

  /** Draws rows for {@code indices[first ..]} of the training images into (x, y, w, h). */
  public void display(PGraphics g, float x, float y, float w, float h, int[] indices, int first) {
    Augment a = distorted.augment();
    boolean field = a == Augment.ELASTIC;
    Panel.display(g, x, y, w, h, "What the network trains on with train --augment " + a.id()
        + " --seed " + seed + ": each image beside its distortions in epochs 1, 2, ...");
    int cols = (int) ((w - 2 * Panel.PAD + GAP) / (CELL + GAP));
    int epochs = Math.max(1, cols - 1 - (field ? 1 : 0));
    float rowH = CELL + CAPTION + GAP;
    capacity = Math.max(1, (int) ((h - Panel.TITLE - Panel.PAD - 32) / rowH));
    float gx = x + (w - (cols * (CELL + GAP) - GAP)) / 2;
    float gy = y + Panel.TITLE + 6;
    int n = Math.max(0, Math.min(capacity, indices.length - first));
    g.pushStyle();
    g.textFont(Offscreen.font(12));
    for (int r = 0; r < n; r++) {
      int i = indices[first + r];
      float cy = gy + r * rowH;
      Dataset d = distorted.source();
      d.copyImageBytes(i, bytes, 0);
      cell(g, gx, cy, picture(i, 0, bytes), "#" + i + ", label " + d.label(i), Palette.TARGET);
      for (int e = 1; e <= epochs; e++) {
        float cx = gx + e * (CELL + GAP);
        cell(g, cx, cy, picture(i, e, null), "epoch " + e, Palette.DIM);
      }
      if (field) {
        float cx = gx + (epochs + 1) * (CELL + GAP);
        g.tint(90); // the digit dimmed, so the arrows stand out
        cell(g, cx, cy, picture(i, 0, bytes), "field of epoch 1", Palette.DIM);
        g.noTint();
        arrows(g, cx, cy, i);
      }
    }
    g.fill(Palette.argb(Palette.DIM));
    g.textFont(Offscreen.font(11));
    g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
    g.text(a.description() + ".", x + Panel.PAD, y + h - 20);
    g.text("New distortions of every training image each epoch; validation and test images are never"
        + " distorted." + (field ? " Arrows: where a pixel takes its ink from (every " + STEP
        + "rd pixel, true length)." : ""), x + Panel.PAD, y + h - 5);
    g.popStyle();
  }

  private void cell(PGraphics g, float cx, float cy, PImage img, String caption, int colour) {
    g.image(img, cx, cy);
    g.noFill();
    g.stroke(Palette.argb(Palette.GRID));
    g.rect(cx, cy, CELL - 1, CELL - 1);
    g.noStroke();
    g.fill(Palette.argb(colour));
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    g.text(caption, cx + CELL / 2f, cy + CELL + 1);
  }

  // the field of epoch 1 (the same stream as the image captioned "epoch 1"), an arrow from each
  // sampled pixel to the point it reads from, in screen pixels
  private void arrows(PGraphics g, float cx, float cy, int i) {
    byte[] out = new byte[Dataset.PIXELS];
    elastic.apply(bytes, 0, out, 0, new DistortionRandom().start(seed, 1, i));
    elastic.lastField(fx, fy);
    g.stroke(Palette.argb(Palette.POSITIVE));
    g.strokeWeight(1.2f);
    for (int py = 1; py < SIDE; py += STEP) {
      for (int px = 1; px < SIDE; px += STEP) {
        int p = py * SIDE + px;
        float x0 = cx + (px + 0.5f) * SCALE;
        float y0 = cy + (py + 0.5f) * SCALE;
        float x1 = x0 + (float) fx[p] * SCALE;
        float y1 = y0 + (float) fy[p] * SCALE;
        g.line(x0, y0, x1, y1);
        g.point(x1, y1);
      }
    }
    g.noStroke();
    g.fill(Palette.argb(Palette.POSITIVE));
    for (int py = 1; py < SIDE; py += STEP) {
      for (int px = 1; px < SIDE; px += STEP) {
        g.ellipse(cx + (px + 0.5f) * SCALE, cy + (py + 0.5f) * SCALE, 2.5f, 2.5f);
      }
    }
  }

  // image i of epoch e (0: the image as it is, from `plain`), pixel value -> grey, SCALE x SCALE blocks
  private PImage picture(int i, int e, byte[] plain) {
    long key = (long) i * 1000 + e;
    PImage img = images.get(key);
    if (img != null) {
      return img;
    }
    if (images.size() > 4000) {
      images.clear();
    }
    byte[] px = e == 0 ? plain : distorted.image(e, i);
    img = new PImage(CELL, CELL, PConstants.RGB);
    img.loadPixels();
    for (int y = 0; y < CELL; y++) {
      for (int x = 0; x < CELL; x++) {
        int v = px[(y / SCALE) * SIDE + x / SCALE] & 0xFF;
        img.pixels[y * CELL + x] = 0xFF000000 | (v << 16) | (v << 8) | v;
      }
    }
    img.updatePixels();
    images.put(key, img);
    return img;
  }
}
