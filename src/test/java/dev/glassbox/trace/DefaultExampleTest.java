package dev.glassbox.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The default example's rule, on a network whose costs are known, and on the bundled model. */
class DefaultExampleTest {
  /**
   * A 784,10 sigmoid network that answers 3 as strongly as pixel 0 is inked: z_3 = 20 x_0 - 10,
   * every other z_j = -10. For label 3, pixel 0 = 255 costs 2e-9, 170 costs 6e-4, 128 (a_3 = 0.51)
   * costs 0.12 and 0 (every a_j equal) costs 0.5.
   */
  private static Network network() {
    Network net = new Network(new int[] {784, 10}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    for (int j = 0; j < 10; j++) {
      net.setBias(1, j, -10);
    }
    net.setWeight(1, 3, 0, 20);
    return net;
  }

  private static Dataset images(int... pixel0) {
    byte[] px = new byte[pixel0.length * Dataset.PIXELS];
    byte[] labels = new byte[pixel0.length];
    for (int i = 0; i < pixel0.length; i++) {
      px[i * Dataset.PIXELS] = (byte) pixel0[i];
      labels[i] = 3;
    }
    return new Dataset("test", null, px, labels);
  }

  private static double cost(Network net, Dataset d, int i) {
    byte[] px = new byte[Dataset.PIXELS];
    d.copyImageBytes(i, px, 0);
    return Trace.record(net, Inputs.fromPixels(px, 1, Dataset.PIXELS, new byte[] {3}), 0, 3, 0, 0, 1).cost();
  }

  @Test
  void picksTheFirstImageWhoseCostIsAboveTheThreshold() {
    Network net = network();
    Dataset d = images(255, 170, 128, 0, 128);
    DefaultExample.Pick p = DefaultExample.pick(net, d);
    assertEquals(2, p.index());
    assertEquals(DefaultExample.Reason.UNSURE, p.reason());
    assertEquals(cost(net, d, 2), p.cost(), 1e-12);
    assertTrue(p.cost() > 0.1 && p.cost() < 0.15, "cost " + p.cost());
    assertTrue(cost(net, d, 1) < 0.1, "the one before is confident");
  }

  @Test
  void aWrongAnswerIsAboveTheThresholdToo() {
    DefaultExample.Pick p = DefaultExample.pick(network(), images(255, 200, 0));
    assertEquals(2, p.index());
    assertTrue(p.cost() > 0.25, "cost " + p.cost());
  }

  @Test
  void withoutAnUnsureImageItTakesTheLargestCost() {
    DefaultExample.Pick p = DefaultExample.pick(network(), images(255, 170, 200, 255));
    assertEquals(1, p.index());
    assertEquals(DefaultExample.Reason.LARGEST_COST, p.reason());
    assertTrue(p.note().contains("no test image has a cost C above 0.1"), p.note());
  }

  @Test
  void scansPastTheFirstBatch() {
    int[] pixel0 = new int[250];
    java.util.Arrays.fill(pixel0, 255);
    pixel0[237] = 128;
    assertEquals(237, DefaultExample.pick(network(), images(pixel0)).index());
  }

  @Test
  void withTheBundledModelTheDefaultExampleHasVisibleDeltas() throws Exception {
    Network net = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    Dataset test = DataLoader.load(Path.of("data")).test();
    DefaultExample.Pick p = DefaultExample.pick(net, test);
    byte[] px = new byte[Dataset.PIXELS];
    test.copyImageBytes(p.index(), px, 0);
    Trace t = Trace.record(net, Inputs.fromPixels(px, 1, Dataset.PIXELS, new byte[] {(byte) test.label(p.index())}),
        0, 3, 0, 0, 50000);
    assertEquals(t.cost(), p.cost(), 1e-12);
    for (int l = 1; l <= t.outputLayer(); l++) {
      double largest = 0;
      for (double d : t.delta(l)) {
        largest = Math.max(largest, Math.abs(d));
      }
      assertTrue(largest >= 1e-3, "layer " + l + ": largest |δ| " + largest);
    }
  }
}
