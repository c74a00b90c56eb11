package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history CSV with its speed columns: written, read back, old files, bad files. */
class HistoryCsvTest {
  @Test
  void speedsGoOutAsBookNumberedColumnsAndComeBack(@TempDir Path dir) throws Exception {
    History h = new History();
    h.add(new EpochResult(1, 0.5, 0.9, 0.89, 1.5, 0.1, LayerSpeeds.of(0.000580716, 0.0719233, 0.342447)));
    h.add(new EpochResult(2, 0.4, 0.91, 0.9, 1.4, 0.1, LayerSpeeds.of(1.23456789e-7, 0.5, 2.0)));
    Path f = dir.resolve("run.history.csv");
    h.write(f);
    String csv = Files.readString(f);
    assertTrue(csv.startsWith("epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds,eta,"
        + "speed_2,speed_3,speed_4\r\n"), csv);
    assertTrue(csv.contains(",0.000580716,0.0719233,0.342447"), csv);
    History back = History.read(f);
    LayerSpeeds s = back.rows().get(1).speeds();
    assertEquals(3, s.layers());
    // six significant digits, however small the speed
    assertEquals(1.23457e-7, s.of(1), 1e-18);
    assertEquals(2.0, s.of(3), 0);
  }

  @Test
  void aHistoryWithoutSpeedsReadsWithNone(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("old.csv");
    Files.writeString(f, "epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds\n"
        + "1,0.149946,0.907000,0.898900,6.278687,0.085902\n");
    EpochResult r = History.read(f).rows().get(0);
    assertTrue(r.speeds().isEmpty());
    assertTrue(Double.isNaN(r.eta()), "a history from before the η column has no η");
    // and it is written back without speed columns, its η left empty
    History h = History.read(f);
    h.write(dir.resolve("again.csv"));
    assertTrue(Files.readString(dir.resolve("again.csv")).startsWith(
        "epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds,eta\r\n"
            + "1,0.149946,0.907000,0.898900,6.278687,0.085902,\r\n"));
  }

  @Test
  void aBadSpeedIsNamedByLineAndColumnAndAGapInTheColumnsIsRefused(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds,speed_2,speed_3\n"
        + "1,0.1,0.9,0.9,1,0.1,0.01,0.1\n2,0.1,0.9,0.9,1,0.1,0.01,fast\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> History.read(bad));
    assertTrue(e.getMessage().contains("line 3, column speed_3") && e.getMessage().contains("\"fast\""), e.getMessage());
    Path gap = dir.resolve("gap.csv");
    Files.writeString(gap, "epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds,speed_2,speed_4\n"
        + "1,0.1,0.9,0.9,1,0.1,0.01,0.1\n");
    e = assertThrows(IllegalArgumentException.class, () -> History.read(gap));
    assertTrue(e.getMessage().contains("speed_3 is missing") && e.getMessage().contains("gap.csv line 1"), e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
    // found by FuzzReadersTest#history: the JDK's MalformedInputException said only "Input length = 1"
    Path f = dir.resolve("binary.history.csv");
    Files.copy(Path.of("src/test/resources/dev/glassbox/FuzzReadersTestInputs/history/not-utf8-fuzz.history.csv"), f);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> History.read(f));
    assertEquals(f + ": not a glassbox history (not UTF-8 text)", e.getMessage());
  }
}
