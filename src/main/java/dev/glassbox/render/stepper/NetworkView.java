package dev.glassbox.render.stepper;

import dev.glassbox.network.Activation;
import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Num;
import dev.glassbox.trace.explain.StepKind;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * The network: the input image (784 pixels drawn as the digit), a column of neurons per later layer
 * filling in the forward colour with their activation as the forward pass reaches them, a ring per
 * neuron for its error δ once backprop reaches it (orange for δ > 0, blue for δ < 0, brighter and
 * thicker for larger |δ|), the output layer labelled 0-9 with activation
 * bars and the target marked, and the edges of {@link EdgeView}. Numbers come from the trace.
 */
public final class NetworkView {
  private static final int EMPTY = 0x262A35;

  private final NetworkLayout layout;
  private Trace cached;
  private PImage image;
  private PImage gradientImage;
  private float[][] brightness;
  private double[] maxDelta;
  private LayerLabels labels;

  /** A view drawing into the layout's rectangle. */
  public NetworkView(NetworkLayout layout) {
    this.layout = layout;
  }

  /** The geometry (for hit tests and tests). */
  public NetworkLayout layout() {
    return layout;
  }

  /** The labels of the last frame drawn (for tests), or null before the first. */
  LayerLabels labels() {
    return labels;
  }

  // per-trace pictures and scales, made once
  private void prepare(Trace t) {
    if (t == cached) {
      return;
    }
    cached = t;
    int px1 = layout.pixel();
    int side = 28 * px1;
    image = new PImage(side, side, PConstants.RGB);
    double[] x = t.x();
    for (int py = 0; py < side; py++) {
      for (int px = 0; px < side; px++) {
        int v = (int) Math.round(255 * x[(py / px1) * 28 + px / px1]);
        image.pixels[py * side + px] = 0xFF000000 | (v << 16) | (v << 8) | v;
      }
    }
    image.updatePixels();
    // -∂C/∂x: orange where more ink would lower the cost, blue where less would; scaled to its largest
    double[] dx = t.inputGradient();
    double max = 1e-300;
    for (double v : dx) {
      max = Math.max(max, Math.abs(v));
    }
    gradientImage = new PImage(side, side, PConstants.RGB);
    for (int py = 0; py < side; py++) {
      for (int px = 0; px < side; px++) {
        gradientImage.pixels[py * side + px] =
            Palette.signedPixel(-dx[(py / px1) * 28 + px / px1], max);
      }
    }
    gradientImage.updatePixels();
    brightness = new float[t.layers()][];
    maxDelta = new double[t.layers()];
    for (int l = 1; l < t.layers(); l++) {
      brightness[l] = brightness(t, l);
      for (int j = 0; j < t.size(l); j++) {
        maxDelta[l] = Math.max(maxDelta[l], Math.abs(t.delta(l, j)));
      }
    }
  }

  // activation -> 0..1 brightness from the function's range: (0,1) as it is (σ, softmax), a
  // symmetric bounded range by |a| (tanh), an unbounded one by a / max |a| (ReLU)
  private static float[] brightness(Trace t, int l) {
    double[] a = t.a(l);
    float[] b = new float[a.length];
    double max = 1e-12;
    for (double v : a) {
      max = Math.max(max, Math.abs(v));
    }
    Activation f = t.activationFunction(l);
    for (int j = 0; j < a.length; j++) {
      double v = Double.isInfinite(f.highest()) ? a[j] / max : f.lowest() < 0 ? Math.abs(a[j]) : a[j];
      b[j] = (float) Math.max(0, Math.min(1, v));
    }
    return b;
  }

  /** Draws the network as it is at the state's cursor. */
  public void display(PGraphics g, StepperState s) {
    Trace t = s.trace();
    prepare(t);
    g.pushStyle();
    EdgeView.display(g, s, layout);
    headings(g, t, s.inputGradient(), s.inputGradientPending());
    // the input image over the edges' ends, crisp, with a thin frame
    g.image(s.inputGradient() ? gradientImage : image, layout.imageX(), layout.imageY());
    g.noFill();
    Palette.stroke(g, Palette.LINE);
    g.strokeWeight(1);
    g.rect(layout.imageX() - 1, layout.imageY() - 1, layout.imageSide() + 1, layout.imageSide() + 1);
    for (int l = 1; l < t.layers(); l++) {
      neurons(g, s, l);
    }
    output(g, s);
    pinMarker(g, s);
    g.popStyle();
  }

  // "layer 2 · hidden (30)" above each column, the book's numbers; a grid says how it is numbered
  private void headings(PGraphics g, Trace t, boolean gradient, boolean pending) {
    labels = new LayerLabels(layout);
    labels.input(g, gradient ? "-∂C/∂x: orange = more ink helps"
        : pending ? "-∂C/∂x: not computed yet (backward pass)" : "layer 1 · input x (784 pixels)",
        "28 × 28 pixels: x_0 … x_783, row by row");
    for (int l = 1; l < t.layers(); l++) {
      String what = l == t.outputLayer() ? "output" : "hidden";
      String dropped = t.masked(l) ? " · " + t.droppedCount(l) + " dropped" : "";
      labels.layer(g, l, "layer " + (l + 1) + " · " + what + " (" + t.size(l) + ")" + dropped,
          "0-" + (t.size(l) - 1) + " in rows of " + layout.perRow(l));
    }
  }

  // each neuron filled by its activation (once reached), ringed by its δ (once reached)
  private void neurons(PGraphics g, StepperState s, int l) {
    Trace t = s.trace();
    StepIndex idx = s.index();
    int cursor = s.cursor();
    float tt = EdgeView.ease(s.progress());
    float r = layout.radius(l);
    boolean square = layout.compact(l);
    g.strokeWeight(1);
    // round neurons are drawn smooth; the compact squares need no anti-aliasing
    Palette.antialias(g, !square);
    for (int j = 0; j < t.size(l); j++) {
      float x = layout.x(l, j);
      float y = layout.y(l, j);
      float shown = idx.shown(StepKind.ACTIVATION, l, j, cursor, tt);
      boolean zKnown = idx.reached(StepKind.WEIGHTED_INPUT, l, j, cursor);
      // the body: dark until a is known, then the forward colour by a
      Palette.fill(g, Palette.mix(EMPTY, Palette.FORWARD, brightness[l][j] * shown));
      Palette.stroke(g, zKnown ? Palette.FORWARD : Palette.LINE, zKnown ? 200 : 255);
      if (square) {
        g.rect(x - r, y - r, 2 * r, 2 * r);
      } else {
        g.ellipse(x, y, 2 * r, 2 * r);
      }
      // dropout's mask is drawn before the pass starts: a dropped neuron is crossed out (a = 0, δ = 0)
      if (t.dropped(l, j)) {
        Palette.stroke(g, Palette.DIM);
        float c = r * 0.8f;
        g.line(x - c, y - c, x + c, y + c);
        g.line(x - c, y + c, x + c, y - c);
      }
      // the error: a ring in δ's sign colour, brighter for larger |δ| (log scale within the layer)
      float d = idx.deltaShown(l, j, cursor, tt);
      if (d > 0) {
        double m = Palette.logScale(t.delta(l, j), maxDelta[l]);
        if (m > 0) {
          g.noFill();
          Palette.stroke(g, Palette.sign(t.delta(l, j)), (float) (255 * d * (0.25 + 0.75 * m)));
          g.strokeWeight((float) (1 + 2.5 * m));
          float rr = r + (square ? 1.5f : 3f);
          if (square) {
            g.rect(x - rr, y - rr, 2 * rr, 2 * rr);
          } else {
            g.ellipse(x, y, 2 * rr, 2 * rr);
          }
          g.strokeWeight(1);
        }
      }
    }
    Palette.antialias(g, false);
  }

  // digits 0-9 beside the output neurons, bars of a^L, the target boxed, the cost underneath
  private void output(PGraphics g, StepperState s) {
    Trace t = s.trace();
    int out = t.outputLayer();
    if (t.size(out) > 30) {
      return;
    }
    float tt = EdgeView.ease(s.progress());
    float r = layout.radius(out);
    g.textFont(Fonts.of(14));
    for (int j = 0; j < t.size(out); j++) {
      float x = layout.x(out, j) + r + 8;
      float y = layout.y(out, j);
      boolean target = j == t.label();
      if (target) {
        // the target y: a yellow box around its digit
        g.noFill();
        Palette.stroke(g, Palette.TARGET);
        g.strokeWeight(1.5f);
        g.rect(x - 3, y - 10, 17, 20, 3);
      }
      g.noStroke();
      Palette.fill(g, target ? Palette.TARGET : Palette.TEXT);
      g.textAlign(PConstants.LEFT, PConstants.CENTER);
      g.text(Integer.toString(j), x + 1, y - 1);
      float shown = s.index().shown(StepKind.ACTIVATION, out, j, s.cursor(), tt);
      if (shown > 0) {
        float bar = 64 * brightness[out][j] * shown;
        Palette.fill(g, j == t.predicted() ? Palette.FORWARD : Palette.mix(Palette.PANEL, Palette.FORWARD, 0.55));
        g.rect(x + 20, y - 4, Math.max(1, bar), 8);
        Palette.fill(g, Palette.DIM);
        g.textFont(Fonts.of(11));
        g.text(Num.format(t.a(out, j)), x + 88, y - 1);
        g.textFont(Fonts.of(14));
      }
    }
    // the cost once computed
    float y = layout.bottom(out) + 22;
    g.textAlign(PConstants.LEFT, PConstants.CENTER);
    g.textFont(Fonts.of(13));
    Palette.fill(g, Palette.TARGET);
    g.text("□ target y = " + t.label(), layout.x(out, 0) - r, y);
    if (s.index().reached(StepKind.COST, out, 0, s.cursor())) {
      Palette.fill(g, Palette.COST);
      g.text("C = " + Num.format(t.cost()), layout.x(out, 0) - r, y + 18);
    }
  }

  // a white ring around the pinned neuron
  private void pinMarker(PGraphics g, StepperState s) {
    if (!s.pinned()) {
      return;
    }
    int l = s.pinLayer();
    int j = s.pinNeuron();
    float r = layout.radius(l) + 6;
    g.noFill();
    g.stroke(255);
    g.strokeWeight(2);
    Palette.antialias(g, true);
    g.ellipse(layout.x(l, j), layout.y(l, j), 2 * r, 2 * r);
    Palette.antialias(g, false);
    g.strokeWeight(1);
  }
}
