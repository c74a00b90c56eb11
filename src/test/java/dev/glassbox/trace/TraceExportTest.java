package dev.glassbox.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Network;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON and CSV exports hold the trace's numbers exactly, in the documented layout. */
class TraceExportTest {
  private static final int[] SIZES = {7, 5, 3};

  private static Trace trace() {
    Network net = Samples.network(SIZES, Activation.SIGMOID, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD, 11);
    return Trace.record(net, Samples.random(4, 7, 3, 12), 2, 0.5, 1.0, 0, 100);
  }

  @Test
  void jsonRoundTripsEveryNumberAndRecomputesZ() throws Exception {
    Trace t = trace();
    StringWriter w = new StringWriter();
    TraceExport.writeJson(t, "test", w);
    JsonObject o = JsonParser.parseString(w.toString()).getAsJsonObject();
    assertEquals("glassbox-trace", o.get("format").getAsString());
    assertEquals(TraceExport.VERSION, o.get("version").getAsInt());
    assertEquals(t.cost(), o.get("cost").getAsDouble(), 0.0);
    assertEquals(t.predicted(), o.get("prediction").getAsInt());
    // did it help? the cost after the step is a second trace's cost on the updated weights
    Trace second = Trace.record(t.networkAfter(), Samples.random(4, 7, 3, 12), 2, 0.5, 1.0, 0, 100);
    assertEquals(second.cost(), o.get("costAfter").getAsDouble(), 0.0);
    assertEquals(second.predicted(), o.get("predictionAfter").getAsInt());
    for (int j = 0; j < SIZES[2]; j++) {
      assertEquals(second.output()[j], o.getAsJsonArray("outputAfter").get(j).getAsDouble(), 0.0);
    }
    assertEquals(2, o.getAsJsonObject("sample").get("index").getAsInt());
    assertEquals("log-likelihood", o.getAsJsonObject("network").get("cost").getAsString());
    JsonArray x = o.getAsJsonObject("sample").getAsJsonArray("x");
    JsonArray layers = o.getAsJsonArray("layers");
    assertEquals(SIZES.length - 1, layers.size());
    for (int l = 1; l < SIZES.length; l++) {
      JsonObject layer = layers.get(l - 1).getAsJsonObject();
      assertEquals(l + 1, layer.get("bookLayer").getAsInt());
      JsonArray nablaW = layer.getAsJsonArray("nablaW");
      JsonArray wBefore = layer.getAsJsonArray("weightsBefore");
      JsonArray wAfter = layer.getAsJsonArray("weightsAfter");
      assertEquals(SIZES[l], nablaW.size());
      for (int j = 0; j < SIZES[l]; j++) {
        assertEquals(t.delta(l, j), layer.getAsJsonArray("delta").get(j).getAsDouble(), 0.0);
        assertEquals(t.nablaB(l, j), layer.getAsJsonArray("nablaB").get(j).getAsDouble(), 0.0);
        assertEquals(t.after().bias(l, j), layer.getAsJsonArray("biasesAfter").get(j).getAsDouble(), 0.0);
        for (int k = 0; k < SIZES[l - 1]; k++) {
          assertEquals(t.nablaW(l, j, k), nablaW.get(j).getAsJsonArray().get(k).getAsDouble(), 0.0);
          assertEquals(t.before().weight(l, j, k), wBefore.get(j).getAsJsonArray().get(k).getAsDouble(), 0.0);
          assertEquals(t.after().weight(l, j, k), wAfter.get(j).getAsJsonArray().get(k).getAsDouble(), 0.0);
        }
      }
    }
    // what the numpy snippet in docs/formats.md does: z^2 = w^2 x + b^2
    JsonObject first = layers.get(0).getAsJsonObject();
    for (int j = 0; j < SIZES[1]; j++) {
      double z = first.getAsJsonArray("biasesBefore").get(j).getAsDouble();
      JsonArray row = first.getAsJsonArray("weightsBefore").get(j).getAsJsonArray();
      for (int k = 0; k < SIZES[0]; k++) {
        z += row.get(k).getAsDouble() * x.get(k).getAsDouble();
      }
      assertEquals(first.getAsJsonArray("z").get(j).getAsDouble(), z, 1e-12);
    }
  }

  @Test
  void csvFilesPerQuantityAndLayer(@TempDir Path dir) throws Exception {
    Trace t = trace();
    List<Path> files = TraceCsv.write(t, dir);
    for (String name : new String[] {"summary.csv", "layer1_a.csv", "layer2_z.csv", "layer3_delta.csv",
        "layer3_nablaW.csv", "layer2_w_before.csv", "layer2_b_after.csv"}) {
      assertTrue(files.contains(dir.resolve(name)), name);
      assertTrue(Files.isRegularFile(dir.resolve(name)), name);
    }
    try (Reader r = Files.newBufferedReader(dir.resolve("layer3_nablaW.csv"))) {
      List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
      assertEquals(SIZES[2], rows.size());
      for (CSVRecord rec : rows) {
        int j = Integer.parseInt(rec.get("j"));
        for (int k = 0; k < SIZES[1]; k++) {
          assertEquals(t.nablaW(2, j, k), Double.parseDouble(rec.get("k" + k)), 0.0);
        }
      }
    }
    try (Reader r = Files.newBufferedReader(dir.resolve("summary.csv"))) {
      List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
      String after = rows.stream().filter(rec -> rec.get("key").equals("cost_after")).findFirst().orElseThrow().get("value");
      assertEquals(t.costAfter(), Double.parseDouble(after), 0.0);
    }
    try (Reader r = Files.newBufferedReader(dir.resolve("layer2_z.csv"))) {
      List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
      for (CSVRecord rec : rows) {
        assertEquals(t.z(1, Integer.parseInt(rec.get("j"))), Double.parseDouble(rec.get("z")), 0.0);
      }
    }
  }
}
