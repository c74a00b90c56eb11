package dev.glassbox.tutorial;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.training.EpochResult;
import dev.glassbox.training.History;
import dev.glassbox.training.LayerSpeeds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tutorial 7's hand-written claims hold for the committed runs, and a run that contradicts one
 * stops the generator with the claim named.
 */
class FrontierStoryTest {
  static List<RunRecord> runs;

  @BeforeAll
  static void load() throws IOException {
    runs = FrontierRuns.load(Path.of(""));
  }

  // a short experiment ending at this validation accuracy, with all its training images right
  private static Experiment experiment(String name, double validation) {
    History h = new History();
    h.add(new EpochResult(1, 0.1, validation, 1.0, 1, 0.1, LayerSpeeds.of(new double[] {0.1, 0.1}), 0.5));
    return new Experiment(name, Experiment.dropout(0, 1), h, List.of());
  }

  private static final List<Experiment> DROPOUT_HELPS =
      List.of(experiment("no dropout", 0.87), experiment("dropout 0.5", 0.88));

  @Test
  void theCommittedRunsBearTheStoryOut() {
    assertDoesNotThrow(() -> FrontierStory.check(runs, DROPOUT_HELPS));
  }

  @Test
  void dropoutThatDoesNotHelpOnTheSmallSplitIsCaught() {
    List<Experiment> swapped = List.of(DROPOUT_HELPS.get(1), DROPOUT_HELPS.get(0));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> FrontierStory.check(runs, swapped));
    assertTrue(e.getMessage().startsWith("tutorial 7 says on the small split"), e.getMessage());
    assertTrue(e.getMessage().endsWith(": rewrite it"), e.getMessage());
  }

  @Test
  void distortionsThatDoNotBeatNoneAreCaught() {
    List<RunRecord> changed = new ArrayList<>();
    RunRecord plain = runs.stream().filter(r -> r.name().equals("plain")).findFirst().orElseThrow();
    for (RunRecord r : runs) {
      // the affine run's place taken by the undistorted run's history
      changed.add(r.name().equals("affine")
          ? new RunRecord("affine", r.command(), r.metadata(), plain.history(), r.historyFile()) : r);
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FrontierStory.check(changed, DROPOUT_HELPS));
    assertTrue(e.getMessage().startsWith("tutorial 7 says affine distortions beat none, but affine reached"),
        e.getMessage());
  }
}
