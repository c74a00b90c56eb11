package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Init;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 1: a kill between the model's and the history's renames never pairs a new model
 * with an old history: the model records its history's SHA-256 and a history that differs is left out.
 */
class SavedRunTest {
  @TempDir Path dir;

  private static Network net(long seed) {
    Network n = new Network(new int[] {4, 3, 2}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    Init.GAUSSIAN.apply(n, seed);
    return n;
  }

  private static History history(int epochs, double acc) {
    History h = new History();
    for (int e = 1; e <= epochs; e++) {
      h.add(new EpochResult(e, 0.5 / e, acc, acc, 1, 0.1, LayerSpeeds.of(new double[] {0.1, 0.2})));
    }
    return h;
  }

  @Test
  void aModelAndItsHistoryLoadTogether() throws Exception {
    Path m = dir.resolve("m.safetensors");
    Path h = dir.resolve("m.history.csv");
    SavedRun.save(net(1), Map.of(), history(3, 0.9), m, h);
    SavedRun.Paired p = SavedRun.historyFor(ModelFile.load(m), h);
    assertNull(p.note());
    assertEquals(3, p.history().size());
  }

  @Test
  void aKillBetweenTheRenamesDoesNotPairNewAndOld() throws Exception {
    Path m = dir.resolve("m.safetensors");
    Path h = dir.resolve("m.history.csv");
    SavedRun.save(net(1), Map.of(), history(3, 0.9), m, h);
    Path oldModel = dir.resolve("old.safetensors");
    Path oldHistory = dir.resolve("old.history.csv");
    Files.copy(m, oldModel);
    Files.copy(h, oldHistory);
    SavedRun.save(net(2), Map.of(), history(5, 0.95), m, h);
    // the history is renamed first: a kill before the model's rename leaves the new history beside the old model
    Files.copy(oldModel, m, StandardCopyOption.REPLACE_EXISTING);
    SavedRun.Paired p = SavedRun.historyFor(ModelFile.load(m), h);
    assertNull(p.history());
    assertNotNull(p.note());
    assertTrue(p.note().contains("m.history.csv") && p.note().contains("not saved with this model"), p.note());
    // and the other way round: an old history beside a new model
    SavedRun.save(net(2), Map.of(), history(5, 0.95), m, h);
    Files.copy(oldHistory, h, StandardCopyOption.REPLACE_EXISTING);
    assertNull(SavedRun.historyFor(ModelFile.load(m), h).history());
  }

  @Test
  void aModelWithoutAHistoryChecksumTakesAnyHistory() throws Exception {
    Path m = dir.resolve("m.safetensors");
    Path h = dir.resolve("m.history.csv");
    ModelFile.save(net(1), m, Map.of());
    history(2, 0.8).write(h);
    assertEquals(2, SavedRun.historyFor(ModelFile.load(m), h).history().size());
    assertNull(SavedRun.historyFor(ModelFile.load(m), dir.resolve("none.csv")).history());
  }
}
