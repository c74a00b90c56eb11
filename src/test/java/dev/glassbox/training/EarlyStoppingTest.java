package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Early stopping ends a run after {@code patience} epochs without a better validation accuracy,
 * keeping the best epoch; the history records the η each epoch trained at.
 */
class EarlyStoppingTest {
  @TempDir Path dir;

  private static TrainingRun run(TrainingConfig c) {
    var split = SmallRun.split();
    TrainingRun run = new TrainingRun(c, c.newNetwork(), Datasets.inputs(split.train()),
        Datasets.inputs(split.validation()), null);
    run.run(null);
    return run;
  }

  @Test
  void aRunThatCannotImproveStopsAfterPatienceEpochsWithItsScheduledEtas() throws IOException {
    // η so small that no weight changes: the validation accuracy never beats epoch 1's
    double eta = 1e-300;
    TrainingConfig c = SmallRun.config().withEta(eta).withEpochs(20).withSchedule(Schedule.PLATEAU, 1)
        .withPatience(3);
    TrainingRun run = run(c);
    assertEquals(4, run.stoppedEarly());
    assertEquals(4, run.history().size());
    assertEquals(1, run.bestResult().epoch());
    double[] etas = run.history().rows().stream().mapToDouble(EpochResult::eta).toArray();
    assertArrayEquals(new double[] {eta, eta, eta / 2, eta / 4}, etas);
    Path csv = dir.resolve("h.csv");
    run.history().write(csv);
    assertEquals("eta", Files.readAllLines(csv).get(0).split(",")[6]);
    double[] read = History.read(csv).rows().stream().mapToDouble(EpochResult::eta).toArray();
    assertArrayEquals(etas, read, 0.0, "the η of each epoch, to every digit");
  }

  @Test
  void theScheduledEtaIsTheOneSgdSteps() {
    TrainingConfig c = SmallRun.config().withThreads(1);
    TrainingRun constant = run(c);
    TrainingRun step = run(c.withSchedule(Schedule.STEP, 1).withPatience(50));
    assertEquals(0, step.stoppedEarly());
    EpochResult c1 = constant.history().rows().get(0);
    EpochResult s1 = step.history().rows().get(0);
    EpochResult c2 = constant.history().rows().get(1);
    EpochResult s2 = step.history().rows().get(1);
    assertEquals(c1.trainCost(), s1.trainCost(), 0.0, "epoch 1 trains at η in both");
    assertEquals(c.eta() / 2, s2.eta());
    assertEquals(c.eta(), c2.eta());
    assertNotEquals(c2.trainCost(), s2.trainCost(), "epoch 2 steps by η/2");
  }

  @Test
  void theStudioSaysStoppedEarlyNotFinished() {
    TrainingConfig c = SmallRun.config().withEta(1e-300).withEpochs(20).withPatience(2);
    BackgroundTraining t = new BackgroundTraining(c, c.newNetwork(), SmallRun.split());
    t.runHere();
    Progress p = t.monitor().latest().progress();
    assertEquals(Progress.State.STOPPED_EARLY, p.state());
    assertEquals("STOPPED EARLY", p.state().word());
    assertEquals(3, t.monitor().latest().history().size());
  }
}
