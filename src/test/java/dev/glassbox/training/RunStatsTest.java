package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStatsTest {
  @TempDir Path tmp;

  @Test
  void meanAndVarianceOfTheLastEpochsByHand() throws IOException {
    Path f = Files.writeString(tmp.resolve("h.csv"), String.join("\n",
        "epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds",
        "1,0.5,0.80,0.79,1,0.1",
        "2,0.4,0.95,0.90,1,0.1",
        "3,0.3,0.90,0.91,1,0.1",
        "4,0.2,0.92,0.92,1,0.1",
        "5,0.1,0.94,0.93,1,0.1", ""));
    RunStats s = RunStats.of(History.read(f), 3);
    // last three: 0.90, 0.92, 0.94 -> mean 0.92, variance ((0.02)² + 0 + (0.02)²) / 3
    assertEquals(5, s.epochs());
    assertEquals(0.95, s.best(), 1e-12);
    assertEquals(2, s.bestEpoch());
    assertEquals(3, s.last());
    assertEquals(0.92, s.mean(), 1e-12);
    assertEquals(0.0008 / 3, s.variance(), 1e-12);
    assertEquals(Math.sqrt(0.0008 / 3), s.std(), 1e-12);
    RunStats all = RunStats.of(History.read(f), 10);
    assertEquals(5, all.last(), "K longer than the run covers the whole run");
    assertEquals((0.80 + 0.95 + 0.90 + 0.92 + 0.94) / 5, all.mean(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> RunStats.of(History.read(f), 0));
  }
}
