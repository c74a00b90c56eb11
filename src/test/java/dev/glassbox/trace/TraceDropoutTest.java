package dev.glassbox.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A traced training step with dropout: its mask, its effect on a and δ, and the exports. */
class TraceDropoutTest {
  private static final int[] SIZES = {7, 12, 9, 3};
  private static final Network NET =
      Samples.network(SIZES, Activation.SIGMOID, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD, 11);
  private static final Inputs IN = Samples.random(4, 7, 3, 12);
  private static final Dropout D = new Dropout(0.4, 3, 1);

  @Test
  void droppedNeuronsHaveNoActivationAndNoDeltaAndTheKeptAreScaled() {
    Trace plain = Trace.record(NET, IN, 2, 0.5, 0, 0, 100);
    Trace t = Trace.record(NET, IN, 2, new StepSettings(0.5, 0, 0, 100), D);
    assertEquals(0.4, t.dropoutP());
    assertEquals(0.0, plain.dropoutP());
    assertNull(plain.mask(1));
    assertNull(t.mask(3), "the output layer is never dropped");
    int dropped = 0;
    for (int l = 1; l <= 2; l++) {
      double[] m = t.mask(l);
      for (int j = 0; j < SIZES[l]; j++) {
        assertEquals(D.factor(2, l, j), m[j], "the training mask of row 2");
        assertEquals(m[j] == 0, t.dropped(l, j));
        if (t.dropped(l, j)) {
          dropped++;
          assertEquals(0.0, t.a(l, j));
          assertEquals(0.0, t.delta(l, j));
        }
      }
    }
    assertTrue(dropped > 0 && dropped < 21, dropped + " of 21 dropped");
    for (int j = 0; j < SIZES[1]; j++) {
      // layer 1 sees the same input: a = σ(z) · mask, the same bits
      assertEquals(plain.a(1, j) * t.mask(1)[j], t.a(1, j), 0.0);
    }
    assertFalse(java.util.Arrays.equals(plain.output(), t.output()), "dropout changes the output");
  }

  @Test
  void aBatchOfOneTakesTheMaskOfTheTrainingRowItStandsFor() {
    Trace t = Trace.record(NET, Inputs.single(IN.dense(2), IN.label(2)), 0, new StepSettings(0.5, 0, 0, 100),
        D.asRow(2));
    Trace asTrained = Trace.record(NET, IN, 2, new StepSettings(0.5, 0, 0, 100), D);
    boolean differsFromRow0 = false;
    for (int l = 1; l <= 2; l++) {
      for (int j = 0; j < SIZES[l]; j++) {
        assertEquals(D.factor(2, l, j), t.mask(l, j), "row 2's mask, not row 0's");
        assertEquals(t.activationDerivative(l, j), asTrained.activationDerivative(l, j), 0.0);
        differsFromRow0 |= D.factor(0, l, j) != D.factor(2, l, j);
      }
    }
    assertTrue(differsFromRow0, "rows 0 and 2 have different masks");
    assertEquals(asTrained.cost(), t.cost(), 0.0);
    assertTrue(java.util.Arrays.equals(asTrained.delta(1), t.delta(1)), "the same step, bit for bit");
  }

  @Test
  void theExportsCarryTheMask(@TempDir Path dir) throws Exception {
    Trace t = Trace.record(NET, IN, 2, new StepSettings(0.5, 0, 0, 100), D);
    StringWriter w = new StringWriter();
    TraceExport.writeJson(t, "test", w);
    JsonObject o = JsonParser.parseString(w.toString()).getAsJsonObject();
    assertEquals(0.4, o.get("dropout").getAsDouble());
    JsonArray layers = o.getAsJsonArray("layers");
    JsonArray mask = layers.get(0).getAsJsonObject().getAsJsonArray("mask");
    for (int j = 0; j < SIZES[1]; j++) {
      assertEquals(t.mask(1)[j], mask.get(j).getAsDouble(), 0.0);
    }
    assertFalse(layers.get(2).getAsJsonObject().has("mask"), "no mask on the output layer");
    TraceCsv.write(t, dir);
    assertTrue(Files.readString(dir.resolve("layer3_mask.csv")).startsWith("j,mask\n0,"));
    assertFalse(Files.exists(dir.resolve("layer4_mask.csv")));
    assertTrue(Files.readString(dir.resolve("summary.csv")).contains("dropout,0.4\n"));
  }
}
