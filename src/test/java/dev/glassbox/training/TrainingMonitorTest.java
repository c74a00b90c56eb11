package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The hand-over between the training thread and a reader: consistent, cheap, pausable. */
class TrainingMonitorTest {
  @Test
  void finalSnapshotMatchesTheRunsHistory() {
    TrainingSnapshot s = SmallRun.finalSnapshot();
    assertEquals(Progress.State.FINISHED, s.progress().state());
    assertEquals(2, s.history().size());
    assertEquals(s.history().get(1).validationAccuracy(), s.validation().accuracy(), 0);
    assertEquals(s.history().get(1).testAccuracy(), s.test().accuracy(), 0);
    assertTrue(s.cost().size() >= 2 * Trainer.REPORTS * 3 / 4,
        "about " + Trainer.REPORTS + " smoothed cost points per epoch: " + s.cost().size() + " in 2");
    assertEquals(2.0, s.cost().x(s.cost().size() - 1), 1e-6);
    assertTrue(s.best() != null && s.evaluated() != null);
    assertEquals(2, s.last().epoch());
    assertEquals(s.history().get(0).validationAccuracy() < s.history().get(1).validationAccuracy() ? 2 : 1,
        s.best().epoch(), "the best is the epoch of the best validation accuracy");
  }

  @Test
  void eachLayerHasASpeedCurveBesideTheCostAndItsEpochMeansInTheHistory() {
    TrainingSnapshot s = SmallRun.finalSnapshot();
    assertEquals(2, s.speeds().size());
    for (Curve c : s.speeds()) {
      assertEquals(s.cost().size(), c.size(), "a speed point with every cost point");
      for (int i = 0; i < c.size(); i++) {
        assertTrue(c.y(i) > 0 && Double.isFinite(c.y(i)));
        assertEquals(s.cost().x(i), c.x(i), 0);
      }
    }
    for (EpochResult r : s.history()) {
      assertEquals(2, r.speeds().layers());
      assertTrue(r.speeds().of(1) > 0 && r.speeds().of(2) > 0);
    }
  }

  @Test
  void aReaderSeesOnlyWholeConsistentSnapshotsWhileTrainingRuns() throws Exception {
    TrainingConfig c = SmallRun.config().withEpochs(3);
    BackgroundTraining t = new BackgroundTraining(c, c.newNetwork(), SmallRun.split());
    AtomicReference<String> problem = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      int lastCurve = 0;
      int lastHistory = 0;
      while (t.alive() || lastHistory < 3) {
        TrainingSnapshot s = t.monitor().latest();
        Curve cv = s.cost();
        for (int i = 0; i < cv.size(); i++) {
          if (!Double.isFinite(cv.y(i))) {
            problem.set("a cost point not yet written: " + i);
          }
        }
        if (cv.size() < lastCurve || s.history().size() < lastHistory) {
          problem.set("went backwards");
        }
        if (s.weights() != null && s.weights().w().length != 784 * 16) {
          problem.set("weights of the wrong size");
        }
        if (s.history().size() > 0 && s.validation() == null) {
          problem.set("history without its evaluation");
        }
        lastCurve = cv.size();
        lastHistory = s.history().size();
        if (!t.alive() && s.progress().state() == Progress.State.FINISHED) {
          break;
        }
      }
    });
    t.start();
    reader.start();
    t.join();
    reader.join(10_000);
    assertNull(problem.get());
    assertEquals(3, t.monitor().latest().history().size());
  }

  @Test
  void pauseHoldsTrainingBetweenBatchesUntilResume() throws Exception {
    TrainingConfig c = SmallRun.config().withEpochs(1);
    BackgroundTraining t = new BackgroundTraining(c, c.newNetwork(), SmallRun.split());
    t.pause();
    t.start();
    long until = System.currentTimeMillis() + 10_000;
    while (t.monitor().latest().progress().state() != Progress.State.PAUSED
        && System.currentTimeMillis() < until) {
      Thread.sleep(5);
    }
    Progress p = t.monitor().latest().progress();
    assertEquals(Progress.State.PAUSED, p.state());
    Thread.sleep(150);
    assertEquals(p.batch(), t.monitor().latest().progress().batch(), "no batch while paused");
    assertTrue(t.alive());
    t.resume();
    t.join();
    assertEquals(Progress.State.FINISHED, t.monitor().latest().progress().state());
  }

  @Test
  void stopWhilePausedEndsTheRun() throws Exception {
    TrainingConfig c = SmallRun.config().withEpochs(5);
    BackgroundTraining t = new BackgroundTraining(c, c.newNetwork(), SmallRun.split());
    t.pause();
    t.start();
    while (t.monitor().latest().progress().state() != Progress.State.PAUSED) {
      Thread.sleep(5);
    }
    t.stop();
    t.join();
    assertEquals(Progress.State.STOPPED, t.monitor().latest().progress().state());
    assertFalse(t.monitor().paused());
  }

  @Test
  void aHistoryAloneGivesALoadedSnapshot() {
    History h = new History();
    h.add(new EpochResult(1, 0.2, 0.9, 0.89, 1, 0.1));
    TrainingSnapshot s = TrainingSnapshot.ofHistory(h);
    assertEquals(Progress.State.LOADED, s.progress().state());
    assertEquals(1, s.epochSpan());
    assertNull(s.shown());
  }
}
