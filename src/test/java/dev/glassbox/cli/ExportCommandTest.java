package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox export --csv}: the CSV files hold the model's numbers exactly. */
class ExportCommandTest {
  @TempDir Path tmp;

  @Test
  void everyWeightAndBiasIsInTheCsvFiles() throws Exception {
    Run r = Run.of("export", "--csv", tmp.toString());
    assertEquals(0, r.code(), r.err());
    Network net = ModelFile.load(ModelOptions.defaultModel()).network();
    List<String> w3 = Files.readAllLines(tmp.resolve("layer3_w.csv"));
    assertEquals(1 + net.size(2), w3.size(), "a header and one row per output neuron");
    assertEquals(1 + net.size(1), w3.get(0).split(",").length);
    for (int j = 0; j < net.size(2); j++) {
      String[] cells = w3.get(1 + j).split(",");
      assertEquals(j, Integer.parseInt(cells[0]));
      for (int k = 0; k < net.size(1); k++) {
        assertEquals(net.weight(2, j, k), Double.parseDouble(cells[1 + k]), 0.0, "w^3_" + j + "," + k);
      }
    }
    List<String> b2 = Files.readAllLines(tmp.resolve("layer2_b.csv"));
    assertEquals(net.bias(1, 29), Double.parseDouble(b2.get(30).split(",")[1]), 0.0);
    assertTrue(Files.exists(tmp.resolve("layer2_w.csv")));
    Run bad = Run.of("export", "--csv", tmp.toString(), "--model", tmp.resolve("none.safetensors").toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("none.safetensors"), bad.err());
  }

  @Test
  void aFailedExportLeavesThePreviousExportWhole() throws Exception {
    // issue 15: the old export wrote each file straight into place, so a failure part-way left
    // new layer2 files beside old layer3 ones; the failure here is a folder where layer3_b.csv goes
    Path out = tmp.resolve("export");
    assertEquals(0, Run.of("export", "--csv", out.toString()).code());
    Path w2 = out.resolve("layer2_w.csv");
    Files.writeString(w2, "old numbers");
    Files.delete(out.resolve("layer3_b.csv"));
    Files.createDirectories(out.resolve("layer3_b.csv").resolve("blocker"));
    Run r = Run.of("export", "--csv", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("layer3_b.csv") && !r.err().contains(".part") && !r.err().contains("at dev."), r.err());
    assertEquals("old numbers", Files.readString(w2), "nothing was replaced");
  }

  @Test
  void anExportEndsWithAManifestOfEveryFile() throws Exception {
    Run r = Run.of("export", "--csv", tmp.toString());
    assertEquals(0, r.code(), r.err());
    List<String> m = Files.readAllLines(tmp.resolve("manifest.csv"));
    assertEquals(List.of("file,bytes,sha256"), m.subList(0, 1));
    assertEquals(5, m.size(), "four CSV files for 784,30,10, then the manifest itself is not listed");
    for (String row : m.subList(1, m.size())) {
      String[] c = row.split(",");
      byte[] b = Files.readAllBytes(tmp.resolve(c[0]));
      assertEquals(Long.parseLong(c[1]), b.length);
      assertEquals(c[2], dev.glassbox.io.Sha256.hex(b));
    }
  }
}
