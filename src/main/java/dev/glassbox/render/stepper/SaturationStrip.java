package dev.glassbox.render.stepper;

import dev.glassbox.network.Activation;
import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Num;
import dev.glassbox.trace.explain.StepKind;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * Saturation at a glance: for each layer a row of cells δ_j (in the sign colours, orange + and
 * blue −, brightness |δ_j| on one log scale across all layers, so errors that vanish towards the
 * input show as dark) and a row σ'(z_j) (the forward colour, 1 at the function's largest slope:
 * 0.25 for σ), with the layer's mean |δ| printed.
 */
public final class SaturationStrip {
  private final float x;
  private final float y;
  private final float w;
  private final float h;

  /** A strip in the rectangle (x, y, w, h). */
  public SaturationStrip(float x, float y, float w, float h) {
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
  }

  /** Draws the strip; a layer's rows fill in once the cursor has computed them. */
  public void display(PGraphics g, StepperState s) {
    Trace t = s.trace();
    int layers = t.layers() - 1;
    double maxDelta = 1e-300;
    for (int l = 1; l <= layers; l++) {
      for (int j = 0; j < t.size(l); j++) {
        maxDelta = Math.max(maxDelta, Math.abs(t.delta(l, j)));
      }
    }
    g.pushStyle();
    g.noStroke();
    g.textFont(Fonts.of(11));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    Palette.fill(g, Palette.DIM);
    g.text("saturation: |δ| (log scale) and σ'(z) per neuron", x, y);
    float block = (w - 10 * (layers - 1)) / layers;
    float row = (h - 30) / 2;
    for (int l = 1; l <= layers; l++) {
      float bx = x + (l - 1) * (block + 10);
      int n = t.size(l);
      float cw = Math.min(12, (block - 40) / n);
      boolean aKnown = s.index().reached(StepKind.ACTIVATION, l, n - 1, s.cursor());
      boolean dKnown = s.index().deltaReached(l, n - 1, s.cursor());
      Activation f = t.activationFunction(l);
      double slope = f.steepest();
      Palette.fill(g, Palette.DIM);
      g.text("L" + (l + 1), bx, y + 15);
      double sum = 0;
      for (int j = 0; j < n; j++) {
        double d = t.delta(l, j);
        sum += Math.abs(d);
        // top row: |δ|, bottom row: σ'(z)
        Palette.fill(g, dKnown ? Palette.diverging(Math.copySign(Palette.logScale(d, maxDelta), d)) : 0x23262F);
        g.rect(bx + 24 + j * cw, y + 15, Math.max(cw - 1, 0.8f), row - 1);
        double sp = f.elementwise() ? f.derivative(t.z(l, j), t.a(l, j)) / slope : 0;
        Palette.fill(g, aKnown && f.elementwise() ? Palette.mix(Palette.BACKGROUND, Palette.FORWARD, sp) : 0x23262F);
        g.rect(bx + 24 + j * cw, y + 15 + row, Math.max(cw - 1, 0.8f), row - 1);
      }
      Palette.fill(g, dKnown ? Palette.BACKWARD : Palette.DIM);
      g.text(dKnown ? "mean |δ| " + Num.format(sum / n) : "δ not computed yet", bx + 24, y + 17 + 2 * row);
    }
    g.popStyle();
  }
}
