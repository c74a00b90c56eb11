package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistPreprocessor;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.own.OwnDigits;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PredictionTest {
  private static final Network NET =
      ModelFile.load(Path.of("data/models/default.safetensors")).network();

  @Test
  void drawnDigitsAreRecognisedAfterPreprocessing() {
    int right = 0;
    int[] digits = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    for (int d : digits) {
      byte[] px = new byte[Dataset.PIXELS];
      MnistPreprocessor.prepare(OwnDigits.draw(d, 0, 120, 0.6, 0.45, 0.55, 0.05, 0.1, d % 3 == 0, d),
          px, 0);
      Prediction p = Prediction.ofPixels(NET, px);
      right += p.digit() == d ? 1 : 0;
    }
    assertTrue(right >= 8, right + " of 10 synthetic digits recognised");
  }

  @Test
  void sigmoidOutputsAreNormalisedAndTopIsOrdered() {
    double[] x = new double[784];
    x[300] = 1;
    x[301] = 0.5;
    Prediction p = Prediction.of(NET, x);
    assertTrue(p.normalised());
    double sum = 0;
    for (double v : p.probabilities()) {
      sum += v;
    }
    assertEquals(1.0, sum, 1e-12);
    int[] top = p.top(3);
    assertEquals(p.digit(), top[0]);
    assertTrue(p.probabilities()[top[0]] >= p.probabilities()[top[1]]);
    assertTrue(p.probabilities()[top[1]] >= p.probabilities()[top[2]]);
    double total = 0;
    for (double a : p.output()) {
      total += a;
    }
    assertEquals(p.output()[3] / total, p.probabilities()[3], 1e-12);
    assertArrayEquals(p.output(), dev.glassbox.trace.explore.Imagine.outputs(NET, x), "one feedforward, same numbers");
  }
}
