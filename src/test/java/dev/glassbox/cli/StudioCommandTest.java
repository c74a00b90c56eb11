package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.training.EpochResult;
import dev.glassbox.training.History;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studio --headless} trains and writes the dashboard; {@code --history} shows a CSV. */
class StudioCommandTest {
  @TempDir Path dir;

  @Test
  void headlessTrainsAndWritesTheDashboard() throws Exception {
    Path out = dir.resolve("report.png");
    Run r = Run.of("studio", "--headless", "--epochs", "1", "--limit", "1000", "--layers", "784,16,10",
        "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("epoch 1: cost"), r.out());
    BufferedImage img = ImageIO.read(out.toFile());
    assertEquals(1280, img.getWidth());
    assertEquals(800, img.getHeight());
  }

  @Test
  void historyIsShownWithoutTraining() throws Exception {
    History h = new History();
    h.add(new EpochResult(1, 0.1, 0.90, 0.89, 1, 0.1));
    h.add(new EpochResult(2, 0.08, 0.93, 0.92, 1, 0.1));
    Path csv = dir.resolve("run.history.csv");
    h.write(csv);
    Path out = dir.resolve("h.png");
    Run r = Run.of("studio", "--headless", "--history", csv.toString(), "--limit", "100", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 epochs"), r.out());
    assertTrue(out.toFile().length() > 1000);
  }

  @Test
  void trainWritesEachLayersSpeedIntoTheHistoryAndTheStudioDrawsItAtAnySize() throws Exception {
    Path model = dir.resolve("deep.safetensors");
    Run t = Run.of("train", "--epochs", "2", "--limit", "500", "--layers", "784,20,20,10", "--cost", "cross-entropy",
        "--init", "scaled", "--eta", "0.1", "--out", model.toString());
    assertEquals(0, t.code(), t.err());
    Path csv = dir.resolve("deep.history.csv");
    String header = java.nio.file.Files.readAllLines(csv).get(0);
    assertTrue(header.endsWith(",speed_2,speed_3,speed_4"), header);
    History h = History.read(csv);
    assertEquals(3, h.rows().get(1).speeds().layers());
    Path out = dir.resolve("wide.png");
    Run r = Run.of("studio", "--headless", "--history", csv.toString(), "--limit", "100", "--size", "1600x900",
        "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    BufferedImage img = ImageIO.read(out.toFile());
    assertEquals(1600, img.getWidth());
    assertEquals(900, img.getHeight());
    Run bad = Run.of("studio", "--headless", "--size", "wide", "--limit", "100");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--size"), bad.err());
  }

  @Test
  void aBadOptionIsNamed() {
    Run r = Run.of("studio", "--headless", "--eta", "fast", "--limit", "100");
    assertEquals(2, r.code(), "a usage error");
    assertTrue(r.err().contains("--eta"), r.err());
    Run l = Run.of("studio", "--headless", "--layers", "784,x,10", "--limit", "100");
    assertEquals(2, l.code(), "a value that does not make sense is a usage error too");
    assertTrue(l.err().contains("--layers"), l.err());
  }

  @Test
  void withoutADisplayTheWindowsSaySoInOneLine() {
    Run r = Run.of("studio", "--limit", "100");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no display"), r.err());
    Run b = Run.of("browse", "--limit", "100");
    assertEquals(1, b.code());
    assertTrue(b.err().contains("no display"), b.err());
  }
}
