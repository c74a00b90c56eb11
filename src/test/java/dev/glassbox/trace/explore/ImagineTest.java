package dev.glassbox.trace.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.trace.Trace;
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
  void digitPriorIsTheCovarianceOfAllImages() {
    // three tiny "images" with a few inked pixels, labels irrelevant
    byte[] px = new byte[3 * 784];
    px[100] = (byte) 255;
    px[101] = (byte) 128;
    px[784 + 100] = (byte) 51;
    px[784 + 400] = (byte) 200;
    px[2 * 784 + 101] = (byte) 255;
    px[2 * 784 + 400] = (byte) 10;
    Dataset ds = new Dataset("tiny", null, px, new byte[] {1, 2, 3});
    DigitPrior p = DigitPrior.of(ds);
    for (int k : new int[] {0, 100, 101, 400}) {
      for (int l : new int[] {0, 100, 101, 400}) {
        double mk = 0;
        double ml = 0;
        for (int i = 0; i < 3; i++) {
          mk += ds.pixel(i, k) / 255.0 / 3;
          ml += ds.pixel(i, l) / 255.0 / 3;
        }
        double c = 0;
        for (int i = 0; i < 3; i++) {
          c += (ds.pixel(i, k) / 255.0 - mk) * (ds.pixel(i, l) / 255.0 - ml) / 3;
        }
        assertEquals(c, p.covariance()[k * 784 + l], 1e-12, k + "," + l);
        assertEquals(mk, p.mean()[k], 1e-12);
      }
    }
  }

  @Test
  void withTheDigitPriorEveryDigitFormsAndTheBlankBorderStaysBlank() {
    DigitPrior prior = DigitPrior.of(DataLoader.load(Path.of("data")).train().limit(5000));
    Imagine.Settings s = new Imagine.Settings(300, 0.05, 1, 0, 4, 12, 3, 1);
    for (int digit = 0; digit < 10; digit++) {
      Imagine.Result r = Imagine.digit(NET, digit, prior.mean(), prior, s);
      // (this network already calls the mean digit an 8, a^L_8 = 0.9995: that one can only rise a little)
      assertTrue(r.activation() > 0.9 && r.activation() >= r.startActivation(),
          digit + ": " + r.startActivation() + " -> " + r.activation());
      assertEquals(digit, argmax(r.output()), "the network answers the imagined digit");
      for (int k = 0; k < 784; k++) {
        assertTrue(r.x()[k] >= 0 && r.x()[k] <= 1, "pixel " + k + " = " + r.x()[k]);
        if (prior.covariance()[k * 784 + k] == 0) {
          // a pixel that never varies in the training digits is never moved by the filtered step
          assertEquals(prior.mean()[k], r.x()[k], 1e-12, "pixel " + k);
        }
      }
    }
  }

  @Test
  void theFilteredStepIsTheCovarianceTimesTheGradient() {
    DigitPrior prior = DigitPrior.of(DataLoader.load(Path.of("data")).train().limit(500));
    double[] g = Trace.inputGradient(NET, prior.mean(), 7);
    double[] v = new double[784];
    prior.filter(g, v);
    for (int k : new int[] {300, 406, 490}) {
      double sum = 0;
      for (int l = 0; l < 784; l++) {
        sum += prior.covariance()[l * 784 + k] * g[l];  // Σ is symmetric: column k = row k
      }
      assertEquals(sum, v[k], 1e-12);
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
    double[] g = Trace.inputGradient(NET, x, 4);
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
