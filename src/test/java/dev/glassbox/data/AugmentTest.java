package dev.glassbox.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The distortions of {@link Augment}: deterministic, identity at zero strength, and as documented. */
class AugmentTest {
  private static final int N = Dataset.COLS;
  private static final Dataset TRAIN = Mnist.train().limit(200);

  private static byte[] image(int i) {
    byte[] b = new byte[Dataset.PIXELS];
    TRAIN.copyImageBytes(i, b, 0);
    return b;
  }

  @Test
  void anImageDependsOnlyOnSeedEpochAndIndexNotOnWhoMakesItOrWhen() {
    for (Augment a : Augment.values()) {
      Distorted d = new Distorted(TRAIN, a, 42);
      byte[] all = new byte[TRAIN.size() * Dataset.PIXELS];
      d.fill(3, 0, TRAIN.size(), all, a.distortion(), new DistortionRandom());
      // two "threads" with their own distortions, the second range first
      byte[] split = new byte[all.length];
      d.fill(3, 77, TRAIN.size(), split, a.distortion(), new DistortionRandom());
      d.fill(3, 0, 77, split, a.distortion(), new DistortionRandom());
      assertArrayEquals(all, split, a.id());
      assertArrayEquals(Arrays.copyOfRange(all, 5 * 784, 6 * 784), d.image(3, 5), a.id());
      byte[] other = new byte[all.length];
      d.fill(4, 0, TRAIN.size(), other, a.distortion(), new DistortionRandom());
      byte[] otherSeed = new byte[all.length];
      new Distorted(TRAIN, a, 43).fill(3, 0, TRAIN.size(), otherSeed, a.distortion(), new DistortionRandom());
      if (a == Augment.NONE) {
        assertArrayEquals(TRAIN.pixelArray(), all);
        assertArrayEquals(all, other);
      } else {
        assertFalse(Arrays.equals(all, other), a.id() + ": another epoch, other distortions");
        assertFalse(Arrays.equals(all, otherSeed), a.id() + ": another seed, other distortions");
        assertFalse(Arrays.equals(TRAIN.pixelArray(), all), a.id() + " changes the images");
      }
    }
  }

  @Test
  void zeroStrengthLeavesTheImageAsItIs() {
    for (int i = 0; i < 20; i++) {
      byte[] src = image(i);
      byte[] out = new byte[784];
      new AffineDistortion().transform(src, 0, out, 0, 0, 1, 0, 0);
      assertArrayEquals(src, out, "affine with no rotation, scale 1, no shift");
      new ElasticDistortion(4, 0).apply(src, 0, out, 0, new DistortionRandom().start(1, 1, i));
      assertArrayEquals(src, out, "elastic with α = 0");
    }
  }

  @Test
  void aWholePixelShiftMovesTheInkByThatMuch() {
    for (int i = 0; i < 20; i++) {
      byte[] src = image(i);
      byte[] out = new byte[784];
      new AffineDistortion().transform(src, 0, out, 0, 0, 1, 2, -1);
      for (int y = 0; y < N; y++) {
        for (int x = 0; x < N; x++) {
          int from = x - 2 >= 0 && y + 1 < N ? src[(y + 1) * N + x - 2] & 0xFF : 0;
          assertEquals(from, out[y * N + x] & 0xFF, "pixel " + x + "," + y + " of image " + i);
        }
      }
      // a half-pixel shift moves the centre of mass by half a pixel (the ink stays inside)
      new AffineDistortion().transform(src, 0, out, 0, 0, 1, 0.5, 0);
      assertEquals(centreX(src) + 0.5, centreX(out), 0.02, "image " + i);
    }
  }

  private static double centreX(byte[] img) {
    double m = 0;
    double mx = 0;
    for (int p = 0; p < 784; p++) {
      m += img[p] & 0xFF;
      mx += (p % N) * (img[p] & 0xFF);
    }
    return mx / m;
  }

  @Test
  void pixelsStayWithinTheSourceRange() {
    byte[] white = new byte[784];
    Arrays.fill(white, (byte) 255);
    byte[] out = new byte[784];
    // a rotated, zoomed all-ink image stays 255 wherever its source is inside the image (within
    // 13 px of the centre): no wrap-around past 255
    new AffineDistortion().transform(white, 0, out, 0, 0.2, 1.1, 0, 0);
    for (int p = 0; p < 784; p++) {
      if (Math.hypot(p % N - 13.5, p / N - 13.5) <= 13) {
        assertEquals(255, out[p] & 0xFF, "pixel " + p);
      }
    }
    DistortionRandom r = new DistortionRandom();
    for (Augment a : Augment.values()) {
      Distortion d = a.distortion();
      for (int i = 0; i < 100; i++) {
        byte[] src = image(i);
        int max = 0;
        for (byte b : src) {
          max = Math.max(max, b & 0xFF);
        }
        d.apply(src, 0, out, 0, r.start(9, 1, i));
        for (int p = 0; p < 784; p++) {
          int v = out[p] & 0xFF;
          assertTrue(v <= max, a.id() + " image " + i + " pixel " + p + " = " + v + " > source max " + max);
        }
      }
    }
  }

  @Test
  void theFastElasticKernelAgreesWithThePlainOne() {
    for (double sigma : new double[] {1.5, 4, 6}) {
      ElasticDistortion fast = new ElasticDistortion(sigma, 34);
      double[] fx = new double[784];
      double[] fy = new double[784];
      byte[] out = new byte[784];
      for (int i = 0; i < 30; i++) {
        byte[] src = image(i);
        fast.apply(src, 0, out, 0, new DistortionRandom().start(5, 2, i));
        fast.lastField(fx, fy);
        double[][] plain = ElasticReference.field(new DistortionRandom().start(5, 2, i), sigma, 34);
        for (int p = 0; p < 784; p++) {
          assertEquals(plain[0][p], fx[p], 1e-12, "Δx at " + p);
          assertEquals(plain[1][p], fy[p], 1e-12, "Δy at " + p);
        }
        assertArrayEquals(ElasticReference.distort(src, new DistortionRandom().start(5, 2, i), sigma, 34), out,
            "σ = " + sigma + ", image " + i);
      }
    }
  }

  @Test
  void thePaddedSamplerAgreesWithThePlainOne() {
    DistortionRandom r = new DistortionRandom().start(1, 1, 1);
    PaddedImage padded = new PaddedImage();
    for (int i = 0; i < 20; i++) {
      byte[] src = image(i);
      padded.load(src, 0);
      for (int k = 0; k < 2000; k++) {
        double x = r.uniform(-3, 31);
        double y = r.uniform(-3, 31);
        assertEquals(Bilinear.sample(src, 0, x, y), padded.sample(x, y), 0.0, x + "," + y);
      }
      for (int y = 0; y < N; y++) { // whole pixels, the edges included
        for (int x = 0; x < N; x++) {
          assertEquals(src[y * N + x] & 0xFF, padded.sample(x, y), 0.0);
        }
      }
    }
  }

  @Test
  void aLargerSigmaGivesASmootherField() {
    double previous = Double.POSITIVE_INFINITY;
    for (double sigma : new double[] {1, 2, 4, 6}) {
      double rough = roughness(sigma);
      // white noise smoothed by a Gaussian of σ: neighbours correlate by ρ = exp(-1/(4σ²)), so
      // E(f(x+1) - f(x))² / E f² = 2(1 - ρ); the zero border makes it a little different
      double expected = 2 * (1 - Math.exp(-1 / (4 * sigma * sigma)));
      assertEquals(expected, rough, 0.2 * expected, "σ = " + sigma);
      assertTrue(rough < previous, "σ = " + sigma + " is smoother than the smaller σ");
      previous = rough;
    }
  }

  // mean squared difference of horizontal neighbours over the mean square, interior pixels
  private static double roughness(double sigma) {
    ElasticDistortion e = new ElasticDistortion(sigma, 1);
    double[] fx = new double[784];
    double[] fy = new double[784];
    byte[] out = new byte[784];
    double diff = 0;
    double sq = 0;
    for (int i = 0; i < 200; i++) {
      e.apply(image(0), 0, out, 0, new DistortionRandom().start(1, 1, i));
      e.lastField(fx, fy);
      for (int y = 8; y < 20; y++) {
        for (int x = 8; x < 20; x++) {
          diff += Math.pow(fx[y * N + x + 1] - fx[y * N + x], 2);
          sq += fx[y * N + x] * fx[y * N + x];
        }
      }
    }
    return diff / sq;
  }

  @Test
  void simardsSettingsMoveAPixelAboutOneAndAHalfPixels() {
    ElasticDistortion e = new ElasticDistortion();
    double[] fx = new double[784];
    double[] fy = new double[784];
    byte[] out = new byte[784];
    double sq = 0;
    int count = 0;
    for (int i = 0; i < 300; i++) {
      e.apply(image(0), 0, out, 0, new DistortionRandom().start(2, 1, i));
      e.lastField(fx, fy);
      for (int y = 12; y < 16; y++) {
        for (int x = 12; x < 16; x++) {
          sq += fx[y * N + x] * fx[y * N + x] + fy[y * N + x] * fy[y * N + x];
          count += 2;
        }
      }
    }
    // α √(1/3) / (2σ√π): uniform noise has variance 1/3, a 2D Gaussian's Σg² is 1/(4πσ²)
    double expected = 34 * Math.sqrt(1 / 3.0) / (2 * 4 * Math.sqrt(Math.PI));
    assertEquals(expected, Math.sqrt(sq / count), 0.15 * expected);
  }

  @Test
  void idsRoundTripAndUnknownOnesAreNamed() {
    for (Augment a : Augment.values()) {
      assertEquals(a, Augment.parse(a.id().toUpperCase()));
      assertTrue(a.description().startsWith(a.id()), a.description());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Augment.parse("warp"));
    assertTrue(e.getMessage().contains("\"warp\"") && e.getMessage().contains("elastic"), e.getMessage());
  }
}
