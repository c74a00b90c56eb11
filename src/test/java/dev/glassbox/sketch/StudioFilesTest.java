package dev.glassbox.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.training.History;
import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.SmallRun;
import dev.glassbox.training.TrainingSnapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save and Load: the model and the same history CSV the train command writes. */
class StudioFilesTest {
  @TempDir Path dir;

  @Test
  void saveThenLoadGivesTheBestNetworkAndTheHistory() throws Exception {
    TrainingSnapshot s = SmallRun.finalSnapshot();
    Path model = dir.resolve("models/run.safetensors");
    Path csv = StudioFiles.save(s, model);
    assertEquals(dir.resolve("models/run.history.csv"), csv);
    StudioFiles.Loaded m = StudioFiles.load(model);
    assertTrue(m.network().sameParameters(s.bestNetwork()));
    History h = History.read(csv);
    assertEquals(s.history().size(), h.size());
    assertEquals(s.history().get(1).validationAccuracy(), h.rows().get(1).validationAccuracy(), 1e-6);
  }

  @Test
  void nothingToSaveBeforeTheFirstEpoch() {
    assertThrows(IllegalStateException.class,
        () -> StudioFiles.save(TrainingSnapshot.idle(), dir.resolve("m.safetensors")));
  }

  @Test
  void settingsNameTheBadField() {
    StudioSettings s = new StudioSettings();
    s.set(Hyperparameter.ETA, "fast");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::config);
    assertTrue(e.getMessage().startsWith("η (eta)"), e.getMessage());
    s.set(Hyperparameter.ETA, "3");
    s.set(Hyperparameter.LAYERS, "784,x,10");
    assertTrue(assertThrows(IllegalArgumentException.class, s::config).getMessage().startsWith("layers"));
    s.set(Hyperparameter.LAYERS, "784,30,5");
    assertTrue(assertThrows(IllegalArgumentException.class, s::config).getMessage().contains("end with 10"));
    s.set(Hyperparameter.LAYERS, "784,100,30,10");
    assertEquals(4, s.config().sizes().length);
  }

  @Test
  void theModelFieldShowsAFileInTheWorkingFolderRelativeToIt() {
    Path cwd = Path.of("").toAbsolutePath();
    Path inside = cwd.resolve("out").resolve("studio.safetensors");
    assertEquals(Path.of("out", "studio.safetensors").toString(), StudioControls.shown(inside));
    assertEquals(inside.toAbsolutePath().normalize(), Path.of(StudioControls.shown(inside)).toAbsolutePath(),
        "the shown path reads back to the same file");
    assertEquals(dir.resolve("m.safetensors").toString(), StudioControls.shown(dir.resolve("m.safetensors")),
        "a file elsewhere stays as given");
  }
}
