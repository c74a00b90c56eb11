package dev.glassbox.trace.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.trace.DefaultExample;
import dev.glassbox.trace.Samples;
import dev.glassbox.trace.Trace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A nudge on the bundled model's default example: the actual ΔC and backprop's ∂C/∂p · Δp agree
 * to first order and part for big nudges; the nudged trace is a fresh trace of the changed network,
 * bit for bit; the displayed lines check.
 */
class NudgeTest {
  private static Network net;
  private static byte[] pixels;
  private static int label;
  private static Trace t;

  @BeforeAll
  static void defaultExample() throws Exception {
    net = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    Dataset test = DataLoader.load(Path.of("data")).test();
    int index = DefaultExample.pick(net, test).index();
    pixels = new byte[Dataset.PIXELS];
    test.copyImageBytes(index, pixels, 0);
    label = test.label(index);
    t = Trace.record(net, image(pixels), 0, 3.0, 0, 0, 50000);
  }

  private static Inputs image(byte[] px) {
    return Inputs.fromPixels(px, 1, px.length, new byte[] {(byte) label});
  }

  /** The weight of the first hidden layer with the largest |∂C/∂w|: one the cost feels. */
  private static Nudge.Target steepestWeight(int l) {
    Nudge.Target best = null;
    for (int j = 0; j < t.size(l); j++) {
      for (int k = 0; k < t.size(l - 1); k++) {
        if (best == null || Math.abs(t.nablaW(l, j, k)) > Math.abs(best.gradientIn(t))) {
          best = Nudge.Target.weight(l, j, k);
        }
      }
    }
    return best;
  }

  private static Nudge.Target steepestPixel() {
    double[] g = t.inputGradient();
    int best = 0;
    for (int k = 1; k < g.length; k++) {
      best = Math.abs(g[k]) > Math.abs(g[best]) ? k : best;
    }
    return Nudge.Target.pixel(best);
  }

  /** The hidden neuron with the largest |δ| (= |∂C/∂b|), as the stepper pins it. */
  private static Nudge.Target steepestHiddenBias() {
    int best = 0;
    for (int j = 1; j < t.size(1); j++) {
      best = Math.abs(t.nablaB(1, j)) > Math.abs(t.nablaB(1, best)) ? j : best;
    }
    return Nudge.Target.bias(1, best);
  }

  private static List<Nudge.Target> targets() {
    return List.of(steepestWeight(1), steepestWeight(2), Nudge.Target.bias(2, label), steepestHiddenBias(),
        steepestPixel());
  }

  @Test
  void actualOverPredictedTendsToOneAsTheNudgeShrinks() {
    for (Nudge.Target p : targets()) {
      assertTrue(p.gradientIn(t) != 0, p + " is felt by the cost");
      for (double sign : new double[] {1, -1}) {
        double previous = Double.POSITIVE_INFINITY;
        for (double d = 0.1; d >= 1e-5; d /= 10) {
          Nudge.Result r = Nudge.by(t, p, sign * d);
          assertTrue(r.roundOff() < 1e-6 * Math.abs(r.predictedChange()), p + " Δ = " + d + " is above round-off");
          double off = Math.abs(r.ratio() - 1);
          // first order: the gap actual - predicted is O(Δ²), so |ratio - 1| falls about tenfold (at least threefold)
          assertTrue(off < 0.35 * previous, p + " Δ = " + sign * d + ": |ratio - 1| " + off
              + " after " + previous);
          previous = off;
        }
        assertTrue(previous < 1e-4, p + ": at Δ = 1e-5 the ratio is " + (1 - previous) + " off by " + previous);
      }
    }
  }

  @Test
  void otherActivationsAndCostsToo() {
    Object[][] kinds = {{Activation.SIGMOID, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD},
      {Activation.TANH, Activation.SIGMOID, Cost.CROSS_ENTROPY}, {Activation.RELU, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD}};
    int compared = 0;
    for (Object[] k : kinds) {
      Network small = Samples.network(new int[] {12, 7, 5}, (Activation) k[0], (Activation) k[1], (Cost) k[2], 11);
      Trace tr = Trace.record(small, Samples.random(1, 12, 5, 3), 0, 0.5, 0, 0, 100);
      for (Nudge.Target p : List.of(Nudge.Target.weight(2, tr.label(), 3), Nudge.Target.bias(1, 4), Nudge.Target.pixel(5))) {
        String what = java.util.Arrays.toString(k) + " " + p;
        if (p.gradientIn(tr) == 0) {
          continue; // a ReLU that is off, or a zero pixel: nothing to compare
        }
        double off = Math.abs(Nudge.by(tr, p, 1e-4).ratio() - 1);
        assertTrue(off < Math.abs(Nudge.by(tr, p, 1e-2).ratio() - 1) && off < 1e-2, what + ": " + off);
        assertEquals(List.of(), NudgeText.of(Nudge.by(tr, p, 0.7)).formula().mismatches(), what);
        compared++;
      }
    }
    assertTrue(compared >= 7, compared + " of 9 nudges had a slope to compare");
  }

  @Test
  void bigNudgesPart() {
    for (Nudge.Target p : List.of(steepestWeight(1), steepestWeight(2), Nudge.Target.bias(2, label))) {
      Nudge.Result small = Nudge.by(t, p, 1e-3);
      Nudge.Result big = Nudge.by(t, p, 3);
      assertTrue(Math.abs(big.ratio() - 1) > 0.1, p + ": Δ = 3 still agrees, ratio " + big.ratio());
      assertTrue(Math.abs(big.ratio() - 1) > 100 * Math.abs(small.ratio() - 1), p + ": big " + big.ratio()
          + " small " + small.ratio());
    }
    // a pixel holds ink 0..1: from its value to the far end of that range
    Nudge.Target px = steepestPixel();
    double x = px.valueIn(t);
    Nudge.Result full = Nudge.to(t, px, x < 0.5 ? 1 : 0);
    Nudge.Result small = Nudge.by(t, px, x < 0.5 ? 1e-3 : -1e-3);
    assertTrue(Math.abs(full.ratio() - 1) > 100 * Math.abs(small.ratio() - 1), "pixel: full " + full.ratio()
        + " small " + small.ratio());
  }

  @Test
  void theNudgedTraceIsAFreshTraceOfTheChangedNetworkBitForBit() {
    Nudge.Target w = steepestWeight(1);
    Network changed = net.copy();
    changed.setWeight(w.layer(), w.j(), w.k(), net.weight(w.layer(), w.j(), w.k()) + 0.37);
    assertSameTrace(Trace.record(changed, image(pixels), 0, 3.0, 0, 0, 50000), Nudge.by(t, w, 0.37).nudged());

    Nudge.Target out = steepestWeight(2);
    changed = net.copy();
    changed.setWeight(out.layer(), out.j(), out.k(), -1.25);
    assertSameTrace(Trace.record(changed, image(pixels), 0, 3.0, 0, 0, 50000), Nudge.to(t, out, -1.25).nudged());

    changed = net.copy();
    changed.setBias(2, label, net.bias(2, label) - 0.8);
    assertSameTrace(Trace.record(changed, image(pixels), 0, 3.0, 0, 0, 50000),
        Nudge.by(t, Nudge.Target.bias(2, label), -0.8).nudged());

    Nudge.Target px = steepestPixel();
    double[] x = t.x();
    x[px.k()] = 0.25;
    assertSameTrace(Trace.record(net, Inputs.single(x, label), 0, 3.0, 0, 0, 50000), Nudge.to(t, px, 0.25).nudged());
  }

  @Test
  void aNudgeOfZeroIsTheTraceItself() {
    for (Nudge.Target p : targets()) {
      Nudge.Result r = Nudge.by(t, p, 0);
      assertSameTrace(t, r.nudged());
      assertEquals(0.0, r.actualChange(), p.toString());
    }
  }

  @Test
  void theTracedNetworkIsNotChanged() {
    Network before = t.networkBefore();
    double[] x = t.x();
    for (Nudge.Target p : targets()) {
      Nudge.by(t, p, 2.5);
    }
    assertTrue(before.sameParameters(t.networkBefore()));
    assertTrue(before.sameParameters(net));
    assertArrayEquals(x, t.x());
  }

  private static void assertSameTrace(Trace fresh, Trace nudged) {
    assertEquals(fresh.cost(), nudged.cost(), 0.0, "C");
    assertEquals(fresh.predicted(), nudged.predicted());
    assertArrayEquals(fresh.x(), nudged.x(), 0.0, "x");
    for (int l = 1; l <= fresh.outputLayer(); l++) {
      assertArrayEquals(fresh.z(l), nudged.z(l), 0.0, "z " + l);
      assertArrayEquals(fresh.a(l), nudged.a(l), 0.0, "a " + l);
      assertArrayEquals(fresh.delta(l), nudged.delta(l), 0.0, "δ " + l);
      assertArrayEquals(fresh.nablaWBook(l), nudged.nablaWBook(l), 0.0, "∂C/∂w " + l);
    }
    assertArrayEquals(fresh.inputGradient(), nudged.inputGradient(), 0.0, "∂C/∂x");
  }

  @Test
  void everyDisplayedLineChecks() {
    for (Nudge.Target p : targets()) {
      for (double d : new double[] {2.5, 0.1, -0.01, 1e-4, 1e-9}) {
        NudgeText.Comparison c = NudgeText.of(Nudge.by(t, p, d));
        assertEquals(List.of(), c.formula().mismatches(), p + " by " + d + ":\n" + c.formula().text());
        assertEquals(4, c.lines().size(), c.formula().text());
        assertEquals(c.lines().size(), c.captions().size());
      }
    }
    NudgeText.Comparison small = NudgeText.of(Nudge.by(t, steepestWeight(1), 1e-4));
    assertTrue(small.verdict().startsWith("They agree to"), small.verdict());
    NudgeText.Comparison big = NudgeText.of(Nudge.by(t, steepestWeight(1), 3));
    assertTrue(big.verdict().startsWith("They part"), big.verdict());
  }

  @Test
  void aNudgeBelowTheRoundOffOfCSaysSo() {
    Nudge.Result r = Nudge.by(t, steepestWeight(1), 1e-15);
    assertTrue(r.roundOff() > 0.01 * Math.abs(r.predictedChange()), "round-off " + r.roundOff());
    assertTrue(NudgeText.verdict(r).startsWith("Too small a change to measure"), NudgeText.verdict(r));
    assertEquals(List.of(), NudgeText.of(r).formula().mismatches());
  }

  @Test
  void aWeightFromABlankPixelHasNoEffect() {
    int k = 0;
    while (pixels[k] != 0) {
      k++;
    }
    Nudge.Result r = Nudge.by(t, Nudge.Target.weight(1, 0, k), 1.5);
    assertEquals(0.0, r.gradient());
    assertEquals(0.0, r.actualChange());
    NudgeText.Comparison c = NudgeText.of(r);
    assertEquals(3, c.lines().size(), "no ratio of 0 / 0");
    assertEquals(List.of(), c.formula().mismatches());
    assertTrue(c.verdict().contains("no effect"), c.verdict());
  }

  @Test
  void indicesOutsideTheNetworkAreNamed() {
    int[] sizes = t.sizes();
    assertNull(Nudge.Target.weight(1, 29, 783).problem(sizes));
    assertNotNull(Nudge.Target.weight(1, 30, 0).problem(sizes));
    assertTrue(Nudge.Target.weight(2, 0, 30).problem(sizes).contains("0..29"));
    assertTrue(Nudge.Target.bias(3, 0).problem(sizes).contains("2..3"));
    assertTrue(Nudge.Target.pixel(784).problem(sizes).contains("0..783"));
    assertThrows(IllegalArgumentException.class, () -> Nudge.by(t, Nudge.Target.bias(0, 0), 1));
    assertThrows(IllegalArgumentException.class, () -> Nudge.to(t, Nudge.Target.pixel(3), Double.NaN));
  }
}
