package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/** The draw mode shows the network's live answer as a bar per digit, taken from a trace. */
class DrawCanvasTest {
  private static int pixel(PGraphics g, int x, int y) {
    g.loadPixels();
    return g.pixels[y * g.width + x] & 0xFFFFFF;
  }

  @Test
  void thePredictedDigitsBarIsDrawnAsLongAsItsActivation() {
    DrawCanvas canvas = new DrawCanvas(60, 140);
    canvas.stroke(200, 200, 300, 400);
    double[] a = new double[10];
    a[7] = 1.0;
    a[2] = 0.25;
    canvas.setPrediction(7, a);
    PGraphics g = Offscreen.create(1280, 800);
    g.beginDraw();
    canvas.display(g, 0, 0, 1280, 800);
    g.endDraw();
    float px = 60 + DrawCanvas.SIDE + 40 + 90;
    int y7 = 140 + 282 + 7 * 16 + 7;
    int y2 = 140 + 282 + 2 * 16 + 7;
    // a^L_7 = 1 fills 120 px in the forward colour; a^L_2 = 0.25 fills 30 px
    assertEquals(Palette.FORWARD, pixel(g, (int) px + 110, y7));
    assertNotEquals(Palette.FORWARD, pixel(g, (int) px + 110, y2));
    assertNotEquals(pixel(g, (int) px + 130, y7), pixel(g, (int) px + 10, y2), "the 0.25 bar is drawn");
    canvas.clear();
    PGraphics h = Offscreen.create(1280, 800);
    h.beginDraw();
    canvas.display(h, 0, 0, 1280, 800);
    h.endDraw();
    assertNotEquals(Palette.FORWARD, pixel(h, (int) px + 110, y7), "clearing removes the answer");
  }
}
