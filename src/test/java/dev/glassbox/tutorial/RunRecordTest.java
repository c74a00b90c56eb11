package dev.glassbox.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.io.Sha256;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.History;
import dev.glassbox.training.LayerSpeeds;
import dev.glassbox.training.SavedRun;
import dev.glassbox.training.TrainingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run record reads back only when its command, its model metadata and its history agree; every
 * disagreement, and a missing or corrupt record, is an error naming the file. The committed
 * records of tutorial 7 pass the same checks.
 */
class RunRecordTest {
  private static final String HOW = "record it again";
  private static final String COMMAND = "./glassbox train --cost cross-entropy --eta 0.5 --epochs 3 --threads 1";
  @TempDir Path dir;

  // a three-epoch history, best at epoch 2, and the metadata train would save with it
  private Path json;
  private Path csv;

  private Map<String, String> write(String command) throws IOException {
    History h = new History();
    double[] val = {0.9, 0.95, 0.94};
    for (int e = 1; e <= 3; e++) {
      h.add(new EpochResult(e, 1.0 / e, val[e - 1], val[e - 1] - 0.01, 2.0, 0.1, LayerSpeeds.of(new double[] {0.1, 0.2}),
          0.5));
    }
    csv = dir.resolve("r.history.csv");
    h.write(csv);
    TrainingConfig c = TrainingConfig.nielsen().withEta(0.5).withEpochs(3);
    Map<String, String> meta = new LinkedHashMap<>(c.describe());
    meta.put("cost", "cross-entropy");
    meta.put("best_epoch", "2");
    meta.put("epochs_run", "3");
    meta.put("validation_accuracy", "0.95");
    meta.put("test_accuracy", "0.94");
    meta.put(SavedRun.HISTORY_SHA256, Sha256.hex(Files.readAllBytes(csv)));
    json = dir.resolve("r.json");
    RunRecord.write(json, "r", command, meta, "r.history.csv");
    return meta;
  }

  @Test
  void aConsistentRecordReadsBack() throws IOException {
    write(COMMAND);
    RunRecord r = RunRecord.read(json, HOW);
    assertEquals("r", r.name());
    assertEquals(2, r.best().epoch());
    assertEquals(0.95, r.best().validationAccuracy(), 1e-12);
    assertEquals(List.of("--cost", "cross-entropy", "--eta", "0.5", "--epochs", "3", "--threads", "1"), r.args());
    assertEquals(0.5, r.config().eta());
  }

  @Test
  void aMissingRecordIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RunRecord.read(dir.resolve("gone.json"), HOW));
    assertTrue(e.getMessage().contains("gone.json: no such run record; record it again"), e.getMessage());
  }

  @Test
  void aCorruptRecordIsNamed() throws IOException {
    write(COMMAND);
    Files.writeString(json, "{\"name\": \"r\", \"command\": ", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRecord.read(json, HOW));
    assertTrue(e.getMessage().startsWith(json + ": not a run record"), e.getMessage());
  }

  @Test
  void aChangedHistoryIsNotTheRecordedOne() throws IOException {
    write(COMMAND);
    String text = Files.readString(csv).replace("0.950000", "0.960000");
    Files.writeString(csv, text);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRecord.read(json, HOW));
    assertTrue(e.getMessage().contains(csv + " is not the history recorded in " + json), e.getMessage());
  }

  @Test
  void aMissingHistoryIsNamed() throws IOException {
    write(COMMAND);
    Files.delete(csv);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRecord.read(json, HOW));
    assertTrue(e.getMessage().contains(csv + ": no such history"), e.getMessage());
  }

  @Test
  void aCommandThatDisagreesWithTheRunIsRefused() throws IOException {
    write(COMMAND.replace("--eta 0.5", "--eta 0.3"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRecord.read(json, HOW));
    assertTrue(e.getMessage().contains("the command gives eta 0.3 but the run recorded 0.5"), e.getMessage());
  }

  @Test
  void metadataThatDisagreesWithTheHistoryIsRefused() throws IOException {
    Map<String, String> meta = write(COMMAND);
    meta.put("best_epoch", "3");
    RunRecord.write(json, "r", COMMAND, meta, "r.history.csv");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRecord.read(json, HOW));
    assertTrue(e.getMessage().contains("metadata.best_epoch is 3 but " + csv + " says 2.0"), e.getMessage());
  }

  @Test
  void aRecordWithoutTheHistoryChecksumIsRefused() throws IOException {
    Map<String, String> meta = write(COMMAND);
    meta.remove(SavedRun.HISTORY_SHA256);
    RunRecord.write(json, "r", COMMAND, meta, "r.history.csv");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRecord.read(json, HOW));
    assertTrue(e.getMessage().contains("metadata.history_sha256 is missing"), e.getMessage());
  }

  @Test
  void theCommittedRunsOfTutorial7Check() throws IOException {
    List<RunRecord> runs = FrontierRuns.load(Path.of(""));
    assertEquals(FrontierRuns.ALL.size(), runs.size());
    for (RunRecord r : runs) {
      assertEquals(FrontierRuns.named(r.name()).command(), r.command());
    }
  }

  @Test
  void aRecordOfAnotherCommandThanPlannedIsRefused() throws IOException {
    Path home = dir.resolve("home");
    Path real = Path.of("");
    FrontierRuns.Planned relu = FrontierRuns.named("relu");
    // copy the project's records and models into a scratch home, then change one record's command
    for (FrontierRuns.Planned p : FrontierRuns.ALL) {
      Path from = p.shipped() != null ? real.resolve(p.shipped()) : p.record(real);
      Path to = p.shipped() != null ? home.resolve(p.shipped()) : p.record(home);
      Files.createDirectories(to.getParent());
      Files.copy(from, to);
      String hist = p.shipped() != null ? from.getFileName().toString().replace(".safetensors", ".history.csv")
          : p.historyName();
      Files.copy(from.resolveSibling(hist), to.resolveSibling(hist));
    }
    Path record = relu.record(home);
    // the thread count changes no result, so only the comparison with the plan can catch it
    Files.writeString(record, Files.readString(record).replace("--threads 1", "--threads 2"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrontierRuns.load(home));
    assertTrue(e.getMessage().startsWith(record + " records the run relu as"), e.getMessage());
    assertTrue(e.getMessage().endsWith("record it again with ./glassbox tutorials --record-runs=relu"), e.getMessage());
  }
}
