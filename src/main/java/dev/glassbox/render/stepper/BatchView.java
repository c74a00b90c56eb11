package dev.glassbox.render.stepper;

import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Value;
import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.MathLayout;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Rect;
import dev.glassbox.render.shared.Typeset;
import dev.glassbox.trace.MiniBatch;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.BatchText;
import java.util.ArrayList;
import java.util.List;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * The mini-batch view over the stepper (key s): a column per image (its thumbnail, its answer and
 * cost, its ∂C_x/∂w for all the neuron's incoming weights as a signed picture, its ∂C_x/∂w_{jk} and
 * ∂C_x/∂b_j as signed bars with their numbers), then a column for the mean and one for the update,
 * and under them the checked arithmetic of {@link BatchText}. A column fills in as the cursor
 * reaches it. Every number is a {@link Value} of the view's formula, so the bars, the pictures and
 * the equations agree.
 */
public final class BatchView {
  private static final float PAD = 14;
  private static final float LABEL_W = 150;
  private static final float HEAD = 48;
  /** Room under a bar for its number. */
  private static final float NUMBER = 20;
  private static final float GAP = 10;
  private static final float TITLE = 17;
  private static final float BODY = 15;
  /** The overlay of a 1280x800 window, where the view has its natural size. */
  private static final float NATURAL_W = 1260;
  private static final float NATURAL_H = 690;

  private Object picturesKey;
  private PImage[] pictures;
  private PImage[] thumbnails;
  private PImage[] dimmed;
  private String[] costs;
  private Object layoutKey;
  private MathLayout.Result[] laidOut;

  /** Where the rows and columns sit in the view's rectangle. */
  record Geometry(Rect r, int m, float columnWidth, int scale, float barHeight, float imagesY, float pictureY,
      float weightY, float biasY, Rect equations) {
    /** The left edge of column i (0 .. m-1 the images, m the mean, m + 1 the update). */
    float columnX(int i) {
      return r.x() + PAD + LABEL_W + i * columnWidth;
    }

    float thumb() {
      return 28f * scale;
    }

    /** The bottom of the bar rows' numbers: where the columns end. */
    float columnsBottom() {
      return biasY + barHeight + NUMBER;
    }
  }

  /** The rows and columns for m images in {@code r}. */
  static Geometry geometry(Rect r, int m) {
    float cw = Math.min(132, (r.w() - 2 * PAD - LABEL_W) / (m + 2));
    // pixels per image pixel: as large as the column allows, smaller on a short screen
    int byWidth = (int) ((cw - 8) / 28);
    int byHeight = r.h() >= 760 ? 3 : r.h() >= 600 ? 2 : 1;
    int scale = Math.max(1, Math.min(4, Math.min(byWidth, byHeight)));
    float thumb = 28f * scale;
    float bar = r.h() >= 600 ? 44 : 34;
    float gap = r.h() >= 600 ? GAP : GAP - 3;
    float imagesY = r.y() + PAD + HEAD;
    // each row is at least as tall as its label in the label column
    float pictureY = imagesY + Math.max(thumb, 40) + 36 + gap;
    float weightY = pictureY + Math.max(thumb, 44) + gap;
    float biasY = weightY + bar + NUMBER + gap;
    float eqY = biasY + bar + NUMBER + gap;
    Rect eq = new Rect(r.x() + PAD, eqY, r.w() - 2 * PAD, r.bottom() - PAD - eqY);
    return new Geometry(r, m, cw, scale, bar, imagesY, pictureY, weightY, biasY, eq);
  }

  /**
   * How much larger than its natural size the view is drawn in a rectangle {@code w x h}: 1 up to
   * about the overlay of a 1280x800 window, more on a larger one (up to 1.6), so that a big screen
   * shows the same view, larger.
   */
  static float magnification(float w, float h) {
    return Math.max(1f, Math.min(1.6f, Math.min(w / NATURAL_W, h / NATURAL_H)));
  }

  /** Draws the view of {@code b} over the rectangle {@code outer}. */
  public void display(PGraphics g, BatchState b, Rect outer) {
    float f = magnification(outer.w(), outer.h());
    g.pushMatrix();
    g.translate(outer.x(), outer.y());
    g.scale(f);
    draw(g, b, new Rect(0, 0, outer.w() / f, outer.h() / f));
    g.popMatrix();
  }

  private void draw(PGraphics g, BatchState b, Rect r) {
    MiniBatch mb = b.batch();
    BatchText.View v = b.view();
    int m = mb.size();
    Geometry geo = geometry(r, m);
    g.pushStyle();
    g.noStroke();
    Palette.fill(g, Palette.BACKGROUND);
    g.rect(r.x(), r.y(), r.w(), r.h());
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.LINE);
    g.rect(r.x() + 4, r.y() + 4, r.w() - 8, r.h() - 8, 8);
    header(g, b, geo);
    labels(g, v, geo);
    cachePictures(b, geo.scale());
    images(g, b, geo);
    pictures(g, b, geo);
    // with dropout, a sample whose neuron j (or, for the weight, its input k) was dropped has a 0 here
    boolean[] jDropped = new boolean[m];
    boolean[] jkDropped = new boolean[m];
    for (int s = 0; s < m; s++) {
      Trace t = mb.sample(s);
      jDropped[s] = t.dropped(v.layer(), v.neuron());
      jkDropped[s] = jDropped[s] || (v.layer() >= 2 && t.dropped(v.layer() - 1, v.input()));
    }
    bars(g, b, geo, geo.weightY(), v.weight(), jkDropped);
    bars(g, b, geo, geo.biasY(), v.bias(), jDropped);
    equations(g, b, geo);
    g.popStyle();
  }

  private static void header(PGraphics g, BatchState b, Geometry geo) {
    MiniBatch mb = b.batch();
    BatchText.View v = b.view();
    int m = mb.size();
    Rect r = geo.r();
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Fonts.of((int) TITLE));
    Palette.fill(g, Palette.TEXT);
    String images = indexRange(mb);
    g.text("SGD on a mini-batch: m = " + m + " " + b.setName() + " images (" + images + "), one step for neuron "
        + v.neuron() + " of layer " + (v.layer() + 1), r.x() + PAD, r.y() + PAD);
    g.textFont(Fonts.of(13));
    Palette.fill(g, Palette.UPDATE);
    String step = "step " + (b.cursor() + 1) + " of " + b.steps() + ": " + b.stepName();
    g.text(step, r.x() + PAD, r.y() + PAD + 24);
    Palette.fill(g, Palette.DIM);
    g.text("   → next · ← back · ] all · [ first · s or Esc closes · η = " + Value.exact(mb.eta()).text(),
        r.x() + PAD + g.textWidth(step), r.y() + PAD + 24);
  }

  // "8-17", or "9995-9999, 0-4" when the batch wraps around the end of the set
  private static String indexRange(MiniBatch mb) {
    StringBuilder sb = new StringBuilder();
    int start = mb.sample(0).sampleIndex();
    for (int s = 1; s <= mb.size(); s++) {
      int prev = mb.sample(s - 1).sampleIndex();
      if (s == mb.size() || mb.sample(s).sampleIndex() != prev + 1) {
        sb.append(sb.length() == 0 ? "" : ", ").append(start == prev ? "" + start : start + "-" + prev);
        if (s < mb.size()) {
          start = mb.sample(s).sampleIndex();
        }
      }
    }
    return sb.toString();
  }

  // the rows' names in the label column, and the two summary columns' headings
  private static void labels(PGraphics g, BatchText.View v, Geometry geo) {
    float x = geo.r().x() + PAD;
    String b = Integer.toString(v.layer() + 1);
    String j = Integer.toString(v.neuron());
    String w = "w^{" + b + "}_{" + j + ",";
    g.textFont(Fonts.of(13));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    Palette.fill(g, Palette.DIM);
    g.text("image x\nlabel → answer\ncost Cₓ", x, geo.imagesY());
    String all = "\\frac{\\partial C_x}{\\partial " + w + "k}}";
    math(g, all, x, geo.pictureY(), Palette.TEXT);
    Palette.fill(g, Palette.DIM);
    g.text("every k:\n" + (v.layer() == 1 ? "the pixels" : "layer " + v.layer() + "'s\nneurons"),
        x + Typeset.width(all, 14) + 8, geo.pictureY() + 2);
    math(g, "\\frac{\\partial C_x}{\\partial " + w + v.input() + "}}", x, geo.weightY() + 4, Palette.TEXT);
    math(g, "\\frac{\\partial C_x}{\\partial b^{" + b + "}_{" + j + "}} = \\delta^{" + b + "}_{" + j + "}", x,
        geo.biasY() + 4, Palette.TEXT);
    float mx = geo.columnX(geo.m()) + geo.columnWidth() / 2;
    float ux = geo.columnX(geo.m() + 1) + geo.columnWidth() / 2;
    float y = geo.imagesY() + Math.max(0, geo.thumb() / 2 - 22);
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    g.textFont(Fonts.of(14));
    Palette.fill(g, Palette.TEXT);
    g.text("mean", mx, y);
    Palette.fill(g, Palette.UPDATE);
    g.text("update", ux, y);
    float fw = Typeset.width("\\frac{1}{m}\\sum_x", 14);
    math(g, "\\frac{1}{m}\\sum_x", mx - fw / 2, y + 18, Palette.TEXT);
    fw = Typeset.width("-\\frac{\\eta}{m}\\sum_x", 14);
    math(g, "-\\frac{\\eta}{m}\\sum_x", ux - fw / 2, y + 18, Palette.UPDATE);
  }

  private static void math(PGraphics g, String latex, float x, float y, int rgb) {
    Typeset.draw(g, latex, 14, rgb, x, y);
  }

  // each image's thumbnail; its answer and cost once its step is reached; the cursor's column framed
  private void images(PGraphics g, BatchState b, Geometry geo) {
    MiniBatch mb = b.batch();
    float t = geo.thumb();
    for (int s = 0; s < mb.size(); s++) {
      Trace tr = mb.sample(s);
      float x = geo.columnX(s) + (geo.columnWidth() - t) / 2;
      float y = geo.imagesY();
      g.image(b.sampleShown(s) ? thumbnails[s] : dimmed[s], x, y);
      g.textAlign(PConstants.CENTER, PConstants.TOP);
      g.textFont(Fonts.of(12));
      float cx = geo.columnX(s) + geo.columnWidth() / 2;
      if (b.sampleShown(s)) {
        boolean right = tr.predicted() == tr.label();
        Palette.fill(g, right ? Palette.FORWARD : Palette.WRONG);
        g.text(tr.label() + " → " + tr.predicted() + (right ? " ✓" : " ✗"), cx, y + t + 3);
        Palette.fill(g, Palette.COST);
        number(g, costs[s], cx, y + t + 19, geo.columnWidth() - 2);
      } else {
        // not reached: the image faded, its numbers not computed yet
        Palette.fill(g, Palette.DIM);
        g.text("#" + tr.sampleIndex(), cx, y + t + 3);
      }
    }
    // the cursor: the image being added, or the summary column
    int c = Math.min(b.cursor(), mb.size() + 1);
    g.noFill();
    Palette.stroke(g, Palette.UPDATE);
    g.strokeWeight(2);
    g.rect(geo.columnX(c) + 1, geo.imagesY() - 6, geo.columnWidth() - 2, geo.columnsBottom() - geo.imagesY() + 8, 6);
    g.strokeWeight(1);
    g.noStroke();
  }

  // ∂C_x/∂w_{j·} of each image, the mean and the update as signed pictures (shared scale)
  private void pictures(PGraphics g, BatchState b, Geometry geo) {
    MiniBatch mb = b.batch();
    int m = mb.size();
    float t = geo.thumb();
    for (int i = 0; i < m + 2; i++) {
      boolean shown = i < m ? b.sampleShown(i) : i == m ? b.meanShown() : b.updateShown();
      float x = geo.columnX(i) + (geo.columnWidth() - t) / 2;
      Palette.stroke(g, Palette.GRID);
      g.noFill();
      g.rect(x - 1, geo.pictureY() - 1, t + 1, t + 1);
      g.noStroke();
      if (shown) {
        g.image(pictures[i], x, geo.pictureY());
        // the weight whose numbers the bars below show
        int side = side(mb.layerSize(b.view().layer() - 1));
        int k = b.view().input();
        float cell = t / side;
        Palette.stroke(g, 0xFFFFFF);
        g.rect(x + (k % side) * cell - 1, geo.pictureY() + (k / side) * cell - 1, cell + 1, cell + 1);
        g.noStroke();
      } else {
        notYet(g, geo, i, geo.pictureY() + t / 2 - 8);
      }
    }
  }

  // the digits and the gradient pictures, made once per batch and scale (a frame only draws them)
  private void cachePictures(BatchState b, int scale) {
    Object key = java.util.Arrays.asList(b, scale);
    if (key.equals(picturesKey)) {
      return;
    }
    picturesKey = key;
    pictures = makePictures(b, scale);
    thumbnails = new PImage[b.batch().size()];
    dimmed = new PImage[thumbnails.length];
    costs = new String[thumbnails.length];
    int px = 28 * scale;
    for (int s = 0; s < thumbnails.length; s++) {
      double[] x = b.batch().sample(s).x();
      PImage img = new PImage(px, px, PConstants.RGB);
      PImage dim = new PImage(px, px, PConstants.RGB);
      img.loadPixels();
      dim.loadPixels();
      for (int i = 0; i < px * px; i++) {
        int ink = Palette.ramp(x[(i / px / scale) * 28 + (i % px) / scale]);
        img.pixels[i] = Palette.argb(ink);
        // a digit not reached yet: faded into the panel (opaque, so cheap to draw)
        dim.pixels[i] = Palette.argb(Palette.mix(Palette.PANEL, ink, 0.35));
      }
      img.updatePixels();
      dim.updatePixels();
      thumbnails[s] = img;
      dimmed[s] = dim;
      costs[s] = Value.of(b.batch().sample(s).cost()).text();
    }
  }

  // a grid side for n values: 28 for the 784 pixels
  private static int side(int n) {
    return (int) Math.ceil(Math.sqrt(n));
  }

  private static PImage[] makePictures(BatchState b, int scale) {
    MiniBatch mb = b.batch();
    int l = b.view().layer();
    int j = b.view().neuron();
    int in = mb.layerSize(l - 1);
    int m = mb.size();
    double[][] rows = new double[m + 2][in];
    double max = 0;
    double maxChange = 0;
    for (int k = 0; k < in; k++) {
      for (int s = 0; s < m; s++) {
        rows[s][k] = mb.nablaW(s, l, j, k);
        max = Math.max(max, Math.abs(rows[s][k]));
      }
      rows[m][k] = mb.nablaWMean(l, j, k);
      rows[m + 1][k] = mb.weightChange(l, j, k);
      maxChange = Math.max(maxChange, Math.abs(rows[m + 1][k]));
    }
    int side = side(in);
    int px = 28 * scale;
    PImage[] out = new PImage[m + 2];
    for (int i = 0; i < m + 2; i++) {
      PImage img = new PImage(px, px, PConstants.RGB);
      img.loadPixels();
      for (int y = 0; y < px; y++) {
        for (int x = 0; x < px; x++) {
          int k = (y * side / px) * side + x * side / px;
          double v = k < in ? rows[i][k] : 0;
          // the images and the mean on one scale; the update on its own (it is -η times the mean)
          img.pixels[y * px + x] = k < in ? Palette.signedPixel(v, i == m + 1 ? maxChange : max) : Palette.argb(Palette.PANEL);
        }
      }
      img.updatePixels();
      out[i] = img;
    }
    return out;
  }

  private static void notYet(PGraphics g, Geometry geo, int column, float y) {
    g.textAlign(PConstants.CENTER, PConstants.TOP);
    g.textFont(Fonts.of(12));
    Palette.fill(g, Palette.DIM);
    g.text("…", geo.columnX(column) + geo.columnWidth() / 2, y);
  }

  // one parameter's per-image gradients, mean and change as signed bars with their numbers
  private static void bars(PGraphics g, BatchState b, Geometry geo, float top, BatchText.Column c,
      boolean[] dropped) {
    int m = b.batch().size();
    double max = Math.abs(c.mean().value());
    for (Value v : c.samples()) {
      max = Math.max(max, Math.abs(v.value()));
    }
    double eta = b.batch().eta();
    float barH = geo.barHeight();
    float mid = top + barH / 2;
    Palette.stroke(g, Palette.LINE);
    g.line(geo.columnX(0), mid, geo.columnX(m + 2) - 4, mid);
    g.noStroke();
    for (int i = 0; i < m + 2; i++) {
      boolean shown = i < m ? b.sampleShown(i) : i == m ? b.meanShown() : b.updateShown();
      if (!shown) {
        notYet(g, geo, i, top + barH + 3);
        continue;
      }
      Value v = i < m ? c.samples().get(i) : i == m ? c.mean() : c.change();
      // the update on the scale η times the gradients': its bar is the mean's, flipped
      double scale = i == m + 1 ? eta * max : max;
      float h = scale > 0 ? (float) Math.min(1, Math.abs(v.value()) / scale) * (barH / 2 - 2) : 0;
      float bw = Math.min(26, geo.columnWidth() * 0.35f);
      float x = geo.columnX(i) + (geo.columnWidth() - bw) / 2;
      Palette.fill(g, Palette.sign(v.value()));
      if (v.value() > 0) {
        g.rect(x, mid - h, bw, Math.max(1, h));
      } else if (v.value() < 0) {
        g.rect(x, mid, bw, Math.max(1, h));
      }
      g.textAlign(PConstants.CENTER, PConstants.TOP);
      boolean drop = i < m && dropped[i];
      if (drop) {
        Palette.fill(g, Palette.DIM);
      }
      number(g, drop ? v.text() + " (dropped)" : v.text(), geo.columnX(i) + geo.columnWidth() / 2, top + barH + 3,
          geo.columnWidth() - 2);
    }
  }

  // text shrunk to a width: smaller type, never cut
  private static String fit(PGraphics g, String text, float width) {
    int size = 12;
    while (size > 9 && g.textWidth(text) > width) {
      g.textFont(Fonts.of(--size));
    }
    return text;
  }

  // a number under its bar: on one line, or split before its exponent when even small type is too wide
  private static void number(PGraphics g, String text, float cx, float y, float width) {
    g.textFont(Fonts.of(12));
    String shown = fit(g, text, width);
    int e = shown.indexOf('e');
    if (g.textWidth(shown) > width && e > 0) {
      g.text(shown.substring(0, e), cx, y);
      g.text(shown.substring(e), cx, y + g.textAscent() + g.textDescent());
    } else {
      g.text(shown, cx, y);
    }
  }

  // the arithmetic under the columns, two columns (the weight, the bias) once the sums are reached
  private void equations(PGraphics g, BatchState b, Geometry geo) {
    Rect e = geo.equations();
    MathLayout.Result[] r = layout(b, e.w(), e.h());
    float[] xs = {e.x(), e.x(), e.x() + e.w() / 2 + 10};
    float y0 = e.y();
    for (int part = 0; part < r.length; part++) {
      if (r[part] == null) {
        continue;
      }
      float top = part == 0 ? y0 : y0 + r[0].height() + 8;
      for (MathLayout.Placed p : r[part].lines()) {
        if (top + p.y() + p.height() <= e.bottom() + 1) {
          Typeset.draw(g, p.latex(), p.size(), p.rgb(), xs[part] + p.x(), top + p.y());
        }
      }
    }
  }

  /**
   * The laid-out text for the cursor's step in an area {@code w x h}: [0] the sentence (and, on an
   * image's step, its BP4 line) across the width, [1] the weight's lines and [2] the bias's lines
   * side by side (null before the sums).
   */
  MathLayout.Result[] layout(BatchState b, float w, float h) {
    Object key = java.util.Arrays.asList(b, b.cursor(), w, h);
    if (key.equals(layoutKey)) {
      return laidOut;
    }
    List<MathLayout.Block> top = new ArrayList<>();
    top.add(MathLayout.Block.words(sentence(b), BODY, Palette.DIM));
    BatchText.View v = b.view();
    int m = b.batch().size();
    if (b.cursor() < m) {
      top.add(block(v.perSample().get(b.cursor()), Palette.TEXT));
    }
    MathLayout.Result head = MathLayout.layout(top, w, h);
    MathLayout.Result[] out = {head, null, null};
    if (b.meanShown()) {
      int lines = b.updateShown() ? 4 : 2;
      float half = w / 2 - 10;
      float rest = h - head.height() - 8;
      out[1] = MathLayout.layout(blocks(v.weightLines().subList(0, lines)), half, rest);
      out[2] = MathLayout.layout(blocks(v.biasLines().subList(0, lines)), half, rest);
    }
    layoutKey = key;
    laidOut = out;
    return out;
  }

  private static List<MathLayout.Block> blocks(List<Equation> lines) {
    List<MathLayout.Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      // the update's lines in the update's colour
      out.add(block(lines.get(i), i >= 2 ? Palette.UPDATE : Palette.TEXT).spaced(6));
    }
    return out;
  }

  private static MathLayout.Block block(Equation e, int rgb) {
    return MathLayout.Block.math(e.latexPieces(), BODY, rgb);
  }

  /** The sentence that says what the cursor's step shows and why. */
  static String sentence(BatchState b) {
    int m = b.batch().size();
    if (b.cursor() < m) {
      Trace t = b.batch().sample(b.cursor());
      return "Image " + t.sampleIndex() + " on its own. Its δ times its input gives its ∂Cₓ/∂w, as BP4 did for"
          + " one image in the stepper. An image the network is sure of (small Cₓ) has a tiny δ and adds almost"
          + " nothing.";
    }
    if (!b.updateShown()) {
      return "SGD adds the " + m + " gradients and divides by m = " + m + ". The mean is the gradient of the batch's"
          + " average cost C = (1/m) Σₓ Cₓ. Images that pull the weight opposite ways cancel; what they agree on"
          + " remains.";
    }
    return "One step for the whole batch, Δw = -(η/m) Σₓ ∂Cₓ/∂w = -η × the mean, against the average gradient."
        + " Dividing by m keeps the step's size independent of the batch size, so η means the same for any m.";
  }
}
