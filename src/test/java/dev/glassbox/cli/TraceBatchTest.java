package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trace --batch M}: the file holds each image's gradients, the batch's sums, means and step,
 * and read back from the JSON they add up bit for bit: the per-sample gradients summed in batch
 * order are the sums, the sums over m the means, and w - (η/m) Σ the weights after.
 */
class TraceBatchTest {
  private static double d(JsonArray a, int i) {
    return a.get(i).getAsDouble();
  }

  @Test
  void theExportedGradientsAddUpToTheExportedSumsMeansAndStep(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("t.json");
    Path csv = dir.resolve("csv");
    Run r = Run.of("trace", "--image", "20", "--batch", "5", "--out", json.toString(), "--csv", csv.toString());
    assertEquals(0, r.code(), r.err());
    JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
    JsonObject b = o.getAsJsonObject("batch");
    int m = b.get("m").getAsInt();
    assertEquals(5, m);
    double etaOverM = b.get("etaOverM").getAsDouble();
    assertEquals(b.get("eta").getAsDouble() / m, etaOverM);
    JsonArray samples = b.getAsJsonArray("samples");
    for (int s = 0; s < m; s++) {
      assertEquals(20 + s, samples.get(s).getAsJsonObject().get("index").getAsInt());
    }
    // the traced image is the batch's first: the same gradients
    assertEquals(o.getAsJsonArray("layers").get(0).getAsJsonObject().get("nablaW"),
        samples.get(0).getAsJsonObject().getAsJsonArray("layers").get(0).getAsJsonObject().get("nablaW"));
    JsonArray layers = b.getAsJsonArray("layers");
    int checked = 0;
    int nonZero = 0;
    for (int i = 0; i < layers.size(); i++) {
      JsonObject layer = layers.get(i).getAsJsonObject();
      JsonArray before = o.getAsJsonArray("layers").get(i).getAsJsonObject().getAsJsonArray("weightsBefore");
      JsonArray sum = layer.getAsJsonArray("nablaWSum");
      for (int j = 0; j < sum.size(); j++) {
        JsonArray row = sum.get(j).getAsJsonArray();
        for (int k = 0; k < row.size(); k++) {
          double total = 0;
          for (int s = 0; s < m; s++) {
            total += d(samples.get(s).getAsJsonObject().getAsJsonArray("layers").get(i).getAsJsonObject()
                .getAsJsonArray("nablaW").get(j).getAsJsonArray(), k);
          }
          assertEquals(Double.doubleToLongBits(total), Double.doubleToLongBits(d(row, k)));
          assertEquals(Double.doubleToLongBits(total / m),
              Double.doubleToLongBits(d(layer.getAsJsonArray("nablaWMean").get(j).getAsJsonArray(), k)));
          double w = d(before.get(j).getAsJsonArray(), k);
          assertEquals(Double.doubleToLongBits(w - etaOverM * total),
              Double.doubleToLongBits(d(layer.getAsJsonArray("weightsAfter").get(j).getAsJsonArray(), k)));
          checked++;
          nonZero += total != 0 ? 1 : 0;
        }
      }
    }
    assertEquals(784 * 30 + 30 * 10, checked);
    assertTrue(nonZero > 1000, "non-zero sums: " + nonZero);
    // CSV: each sample's ∂C_x/∂b, the sum and the mean, one row per neuron
    List<String> bias = Files.readAllLines(csv.resolve("batch").resolve("layer3_nablaB.csv"));
    assertEquals("j,sample0,sample1,sample2,sample3,sample4,sum,mean", bias.get(0));
    assertEquals(11, bias.size());
    assertTrue(Files.isRegularFile(csv.resolve("batch").resolve("layer2_nablaW_sample4.csv")));
    // and the terminal summary
    assertTrue(r.out().contains("mini-batch of m = 5 test images 20-24"), r.out());
    assertTrue(r.out().contains("Σₓ ∂Cₓ/∂b²"), r.out());
  }

  @Test
  void renderDrawsTheViewAtAStep(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("b.png");
    Run r = Run.of("render", "--image", "8", "--batch", "11", "--pin", "3:5", "--out", png.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(1280, javax.imageio.ImageIO.read(png.toFile()).getWidth());
    Run last = Run.of("render", "--image", "8", "--batch", "--out", png.toString());
    assertEquals(0, last.code(), last.err());
    Run bad = Run.of("render", "--image", "8", "--batch", "13", "--out", png.toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("--batch 13 is outside 1..12"), bad.err());
  }

  @Test
  void aBatchOutsideTheTestSetIsAUsageError(@TempDir Path dir) {
    Run zero = Run.of("trace", "--image", "0", "--batch", "0", "--out", dir.resolve("a.json").toString());
    assertEquals(2, zero.code(), zero.err());
    assertTrue(zero.err().contains("--batch must be 1..100, got 0"), zero.err());
    Run past = Run.of("trace", "--image", "9998", "--batch", "5", "--out", dir.resolve("b.json").toString());
    assertEquals(2, past.code(), past.err());
    assertTrue(past.err().contains("runs past the last test image (9999)"), past.err());
    assertTrue(!Files.exists(dir.resolve("b.json")), "nothing written");
  }
}
