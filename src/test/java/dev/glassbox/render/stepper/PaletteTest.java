package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.render.shared.Legend;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Phase;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import processing.core.PGraphics;

/**
 * The one palette: its sign pair stays apart for colour-blind readers, its diverging map is
 * monotone in |v| and symmetric in sign, its phase colours keep away from the sign hues, and the
 * network view really draws a negative δ and a positive δ in different hues.
 */
class PaletteTest {
  // Machado, Oliveira & Fernandes (2009), severity 1.0, acting on linear RGB
  private static final double[][] PROTANOPIA = {
    {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
  private static final double[][] DEUTERANOPIA = {
    {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
  private static final double[][] TRITANOPIA = {
    {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};
  private static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

  private static double linear(int c8) {
    double c = c8 / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** CIELAB (D65) of colour {@code rgb} as seen through the simulation matrix {@code m}. */
  static double[] lab(int rgb, double[][] m) {
    double[] v = {linear((rgb >> 16) & 255), linear((rgb >> 8) & 255), linear(rgb & 255)};
    double[] s = new double[3];
    for (int i = 0; i < 3; i++) {
      s[i] = Math.max(0, Math.min(1, m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2]));
    }
    double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
    double y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
    double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
    return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
  }

  private static double f(double t) {
    return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
  }

  private static double deltaE(double[] a, double[] b) {
    return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
  }

  private static double hueAngle(int rgb) {
    double[] l = lab(rgb, NORMAL);
    return Math.toDegrees(Math.atan2(l[2], l[1]));
  }

  private static double hueDistance(int a, int b) {
    double d = Math.abs(hueAngle(a) - hueAngle(b)) % 360;
    return Math.min(d, 360 - d);
  }

  @Test
  void theSignPairStaysApartForColourBlindReaders() {
    for (double[][] m : new double[][][] {NORMAL, PROTANOPIA, DEUTERANOPIA, TRITANOPIA}) {
      for (double size : new double[] {1, 0.5, 0.25}) {
        double[] pos = lab(Palette.diverging(size), m);
        double[] neg = lab(Palette.diverging(-size), m);
        // far apart in colour: ΔE 2.3 is a just-noticeable difference
        assertTrue(deltaE(pos, neg) > 80 * size, "ΔE " + deltaE(pos, neg) + " at |t| = " + size);
      }
      if (m != TRITANOPIA) {
        // red-green blindness keeps the blue-yellow axis: positive is yellowish, negative bluish
        double[] pos = lab(Palette.POSITIVE, m);
        double[] neg = lab(Palette.NEGATIVE, m);
        assertTrue(pos[2] > 40 && neg[2] < -30, "b* " + pos[2] + " vs " + neg[2]);
      }
    }
    // and the pair is not red against green: neither hue lies in green's range (CIELAB hue 110-170°)
    for (int c : new int[] {Palette.POSITIVE, Palette.NEGATIVE}) {
      double h = (hueAngle(c) + 360) % 360;
      assertTrue(h < 110 || h > 170, Integer.toHexString(c) + " hue " + h);
    }
  }

  @Test
  void theDivergingMapIsMonotoneInMagnitudeAndSymmetricInSign() {
    assertEquals(Palette.BACKGROUND, Palette.diverging(0));
    assertEquals(Palette.POSITIVE, Palette.diverging(1));
    assertEquals(Palette.NEGATIVE, Palette.diverging(-1));
    assertEquals(Palette.POSITIVE, Palette.diverging(7), "clamped");
    double lastPos = -1;
    double lastNeg = -1;
    for (int i = 1; i <= 100; i++) {
      double t = i / 100.0;
      double lp = lab(Palette.diverging(t), NORMAL)[0];
      double ln = lab(Palette.diverging(-t), NORMAL)[0];
      assertTrue(lp > lastPos && ln > lastNeg, "lightness rises with |t| at " + t);
      assertEquals(lp, ln, 2.0, "equal lightness at ±" + t);
      if (t >= 0.2) {
        assertTrue(hueDistance(Palette.diverging(t), Palette.POSITIVE) < 20, "positive keeps its hue at " + t);
        assertTrue(hueDistance(Palette.diverging(-t), Palette.NEGATIVE) < 20, "negative keeps its hue at " + t);
      }
      lastPos = lp;
      lastNeg = ln;
    }
    // the image pixels: same map, opaque, sign from v and size from |v| / max
    assertEquals(Palette.argb(Palette.POSITIVE), Palette.signedPixel(3, 3));
    assertEquals(Palette.argb(Palette.NEGATIVE), Palette.signedPixel(-3, 3));
    assertEquals(Palette.argb(Palette.BACKGROUND), Palette.signedPixel(0, 3));
    assertEquals(Palette.signedPixel(-1, 3) & 0xFFFFFF, Palette.diverging(-Math.sqrt(1 / 3.0)));
    assertEquals(Palette.POSITIVE, Palette.sign(1e-300));
    assertEquals(Palette.NEGATIVE, Palette.sign(-1e-300));
  }

  @Test
  void everyMeaningHasItsOwnColourAndThePhasesAvoidTheSignHues() {
    int[] meanings = {Palette.POSITIVE, Palette.NEGATIVE, Palette.FORWARD, Palette.COST, Palette.BACKWARD,
        Palette.UPDATE, Palette.TARGET};
    Set<Integer> distinct = new HashSet<>();
    for (int c : meanings) {
      distinct.add(c);
    }
    assertEquals(meanings.length, distinct.size(), "no colour carries two meanings");
    for (Phase p : Phase.values()) {
      int c = Palette.of(p);
      for (int s : new int[] {Palette.POSITIVE, Palette.NEGATIVE}) {
        assertTrue(hueDistance(c, s) > 25, p + " " + Integer.toHexString(c) + " vs sign " + Integer.toHexString(s));
        assertTrue(deltaE(lab(c, NORMAL), lab(s, NORMAL)) > 40, p + " is far from " + Integer.toHexString(s));
      }
    }
    // the phases tell apart from each other too
    for (Phase a : Phase.values()) {
      for (Phase b : Phase.values()) {
        assertTrue(a == b || deltaE(lab(Palette.of(a), NORMAL), lab(Palette.of(b), NORMAL)) > 30, a + " vs " + b);
      }
    }
    assertTrue(hueDistance(Palette.TARGET, Palette.POSITIVE) > 15
        && deltaE(lab(Palette.TARGET, NORMAL), lab(Palette.POSITIVE, NORMAL)) > 30, "target is not orange");
    // unsigned amounts are grey, rising in lightness
    for (int i = 0; i < 10; i++) {
      int a = Palette.ramp(i / 10.0);
      int b = Palette.ramp((i + 1) / 10.0);
      assertTrue(Palette.luminance(b) > Palette.luminance(a));
      assertTrue(Math.abs(lab(b, NORMAL)[1]) < 3 && Math.abs(lab(b, NORMAL)[2]) < 3, "grey: no hue");
    }
  }

  @Test
  void theNetworkViewRingsANegativeAndAPositiveDeltaInDifferentHues() {
    Trace t = StepperSceneTest.trace(new int[] {784, 30, 10}, 0);
    StepperState s = new StepperState(t, Granularity.PER_LAYER, "test", "untrained");
    s.seek(s.stepper().size() - 1);
    StepperScene scene = new StepperScene(t.sizes());
    PGraphics g = StepperSceneTest.draw(scene, s);
    NetworkLayout lay = scene.network().layout();
    int out = t.outputLayer();
    int pos = -1;
    int neg = -1;
    for (int j = 0; j < t.size(out); j++) {
      double d = t.delta(out, j);
      pos = d > 0 && (pos < 0 || d > t.delta(out, pos)) ? j : pos;
      neg = d < 0 && (neg < 0 || d < t.delta(out, neg)) ? j : neg;
    }
    assertTrue(pos >= 0 && neg >= 0, "an untrained net has δ of both signs in its output layer");
    int p = ringPixel(g, lay, out, pos);
    int n = ringPixel(g, lay, out, neg);
    assertTrue(((p >> 16) & 255) > (p & 255) + 60, "positive δ ringed orange: " + Integer.toHexString(p));
    assertTrue((n & 255) > ((n >> 16) & 255) + 60, "negative δ ringed blue: " + Integer.toHexString(n));
    assertNotEquals(p & 0xFFFFFF, n & 0xFFFFFF);
  }

  // the brightest pixel on the δ ring left of neuron j of layer l (the ring is r + 3 from the
  // centre; left, since neighbouring rings touch above and below)
  private static int ringPixel(PGraphics g, NetworkLayout lay, int l, int j) {
    int y = Math.round(lay.y(l, j));
    float left = lay.x(l, j) - lay.radius(l) - 3;
    int best = 0;
    for (int x = Math.round(left) - 1; x <= Math.round(left) + 1; x++) {
      int c = g.pixels[y * g.pixelWidth + x];
      if (Palette.luminance(c) > Palette.luminance(best)) {
        best = c;
      }
    }
    return best;
  }

  @Test
  void theLegendNamesEveryColourWithOneMeaning() {
    String text = Legend.describe();
    for (int c : new int[] {Palette.POSITIVE, Palette.NEGATIVE, Palette.FORWARD, Palette.COST, Palette.BACKWARD,
        Palette.UPDATE, Palette.TARGET}) {
      assertTrue(text.contains(String.format("#%06X", c)), Integer.toHexString(c) + " in\n" + text);
    }
    Set<Integer> colours = new HashSet<>();
    for (Legend.Entry e : Legend.entries()) {
      assertTrue(colours.add(e.rgb()), "one line per colour: " + e.name());
    }
    // drawn, it takes the height it reports and paints the swatches
    PGraphics g = Offscreen.create(420, 400);
    g.beginDraw();
    g.background(Palette.argb(Palette.PANEL));
    float h = Legend.display(g, 10, 10, 400);
    g.endDraw();
    g.loadPixels();
    assertTrue(h > 9 * 18 && h < 380, "height " + h);
    Set<Integer> seen = new HashSet<>();
    for (int px : g.pixels) {
      seen.add(px & 0xFFFFFF);
    }
    for (int c : new int[] {Palette.POSITIVE, Palette.NEGATIVE, Palette.FORWARD, Palette.COST, Palette.BACKWARD,
        Palette.UPDATE, Palette.TARGET}) {
      assertTrue(seen.contains(c), "swatch " + Integer.toHexString(c));
    }
    for (int y = Math.round(10 + h) + 2; y < 400; y++) {
      for (int x = 0; x < 420; x++) {
        assertEquals(Palette.PANEL, g.pixels[y * 420 + x] & 0xFFFFFF, "nothing below the reported height");
      }
    }
  }
}
