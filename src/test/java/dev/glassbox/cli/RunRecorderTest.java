package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glassbox.training.EpochResult;
import dev.glassbox.training.History;
import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.LayerSpeeds;
import dev.glassbox.training.SavedRun;
import dev.glassbox.training.TrainingConfig;
import dev.glassbox.tutorial.FrontierRuns;
import dev.glassbox.tutorial.RunRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tutorials --record-runs} records the runs it is asked for, and refuses, as a usage error
 * before anything trains, a name it does not know or a shipped model (made by its own command).
 */
class RunRecorderTest {
  @Test
  void allMeansEveryRecordedRunAndNoShippedModel() {
    List<FrontierRuns.Planned> all = RunRecorder.select("all");
    assertEquals(FrontierRuns.recorded(), all);
    assertTrue(all.stream().noneMatch(p -> p.name().equals("best") || p.name().equals("default")));
    assertEquals(List.of("relu", "plateau"), RunRecorder.select("relu, plateau").stream()
        .map(FrontierRuns.Planned::name).toList());
  }

  @Test
  void anUnknownRunIsAUsageErrorListingTheRuns() {
    Run r = Run.of("tutorials", "--record-runs=nope");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--record-runs: no run named nope (the runs: default, ch3,"), r.err());
  }

  @Test
  void aShippedModelIsNotRecordedHere() {
    Run r = Run.of("tutorials", "--record-runs=best");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("the run best is the shipped model data/models/best.safetensors: make it again with"
        + " ./glassbox train"), r.err());
  }

  @TempDir Path home;

  // what train saves for the run ch3 after `epochs` of its epochs, best at the last one
  private void saveCh3(int epochs) throws IOException {
    FrontierRuns.Planned p = FrontierRuns.named("ch3");
    List<String> a = List.of(p.args().split(" "));
    Map<Hyperparameter, String> given = new EnumMap<>(Hyperparameter.class);
    for (int i = 0; i < a.size(); i += 2) {
      Hyperparameter h = Hyperparameter.byName(a.get(i));
      if (h != null) {
        given.put(h, a.get(i + 1));
      }
    }
    TrainingConfig c = TrainingConfig.parse(given, 1);
    History h = new History();
    for (int e = 1; e <= epochs; e++) {
      h.add(new EpochResult(e, 1.0 / e, 0.9 + e / 1000.0, 0.89 + e / 1000.0, 1, 0.1,
          LayerSpeeds.of(new double[] {0.1, 0.1}), 0.5));
    }
    Map<String, String> facts = new LinkedHashMap<>(c.describe());
    facts.put("best_epoch", Integer.toString(epochs));
    facts.put("epochs_run", Integer.toString(epochs));
    facts.put("validation_accuracy", Double.toString(h.best().validationAccuracy()));
    facts.put("test_accuracy", Double.toString(h.best().testAccuracy()));
    Path model = home.resolve(a.get(a.indexOf("--out") + 1));
    SavedRun.save(c.newNetwork(), facts, h, model, model.resolveSibling("ch3.history.csv"));
  }

  @Test
  void aWholeRunIsRecordedAndReadsBack() throws IOException {
    saveCh3(30);
    RunRecorder.keep(FrontierRuns.named("ch3"), home);
    RunRecord r = RunRecord.read(FrontierRuns.named("ch3").record(home), "again");
    assertEquals(FrontierRuns.named("ch3").command(), r.command());
    assertEquals(30, r.best().epoch());
  }

  @Test
  void aRunCutShortIsNotRecorded() throws IOException {
    saveCh3(2);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RunRecorder.keep(FrontierRuns.named("ch3"), home));
    assertTrue(e.getMessage().endsWith("holds 2 of 30 epochs and was not stopped early: the run was cut short, so ch3"
        + " was not recorded"), e.getMessage());
    assertTrue(!FrontierRuns.named("ch3").record(home).toFile().exists());
  }
}
