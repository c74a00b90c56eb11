package dev.glassbox.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImagineTest {
  private static final Network NET =
      ModelFile.load(Path.of("data/models/default.safetensors")).network();

  @Test
  void imaginingRaisesTheTargetAndStaysInRange() {
    Imagine.Settings s = new Imagine.Settings(120, 0.05, 0.02, 0.8, 4, 12, 1, 2);
    for (int digit : new int[] {0, 3, 7}) {
      Imagine.Result r = Imagine.digit(NET, digit, null, s);
      assertTrue(r.activation() > r.startActivation() + 0.5,
          digit + ": " + r.startActivation() + " -> " + r.activation());
      assertEquals(digit, argmax(r.output()), "the network answers the imagined digit");
      for (int k = 0; k < r.x().length; k++) {
        assertTrue(r.x()[k] >= 0 && r.x()[k] <= 1, "pixel " + k + " = " + r.x()[k]);
      }
      // the mask: nothing in the outer two-pixel frame
      assertEquals(0.0, r.x()[0]);
      assertEquals(0.0, r.x()[27 * 28 + 27]);
    }
  }

  @Test
  void sameSettingsSamePicture() {
    Imagine.Settings s = new Imagine.Settings(40, 0.05, 0.02, 0.8, 4, 12, 1, 2);
    assertArrayEquals(Imagine.digit(NET, 5, null, s).x(), Imagine.digit(NET, 5, null, s).x());
  }

  @Test
  void inputGradientMatchesFiniteDifferences() {
    double[] x = new double[784];
    for (int k = 0; k < 784; k++) {
      x[k] = ((k * 37) % 100) / 100.0;
    }
    double[] g = InputGradient.of(NET, x, 4);
    for (int k : new int[] {200, 406, 500}) {
      double eps = 1e-5;
      double[] plus = x.clone();
      double[] minus = x.clone();
      plus[k] += eps;
      minus[k] -= eps;
      double numeric = (quadraticCost(plus, 4) - quadraticCost(minus, 4)) / (2 * eps);
      assertEquals(numeric, g[k], 1e-6 + 1e-4 * Math.abs(numeric), "pixel " + k);
    }
  }

  @Test
  void softenedNetworkKeepsTheHiddenLayers() {
    Network p = Imagine.softened(NET, 10);
    assertEquals(Activation.SOFTMAX, p.outputActivation());
    assertEquals(Cost.LOG_LIKELIHOOD, p.cost());
    assertEquals(NET.weight(1, 3, 400), p.weight(1, 3, 400));
    assertEquals(NET.weight(2, 3, 4) / 10, p.weight(2, 3, 4), 1e-15);
  }

  @Test
  void badSettingsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Imagine.Settings(0, 0.05, 0.02, 0.8, 4, 12, 1, 2));
    assertTrue(e.getMessage().contains("--steps"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Imagine.digit(NET, 10, null, Imagine.Settings.defaults()));
  }

  private static double quadraticCost(double[] x, int label) {
    double[] a = Imagine.outputs(NET, x);
    double c = 0;
    for (int j = 0; j < a.length; j++) {
      double d = a[j] - (j == label ? 1 : 0);
      c += 0.5 * d * d;
    }
    return c;
  }

  private static int argmax(double[] a) {
    int b = 0;
    for (int j = 1; j < a.length; j++) {
      b = a[j] > a[b] ? j : b;
    }
    return b;
  }
}
