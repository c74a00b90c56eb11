package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {
  @TempDir Path tmp;

  @Test
  void printsCountsAndWritesTheGrid() throws IOException {
    Path png = tmp.resolve("grid.png");
    Run r = Run.of("data", "--data", "data", "--limit", "300", "--out", png.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("MNIST IDX files (gzip)"), r.out());
    assertTrue(r.out().matches("(?s).*\\ntrain( +\\d+){10} +300\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\\ntotal( +\\d+){10} +900\\n.*"), r.out());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1252, img.getWidth());
    assertEquals(456, img.getHeight());
    assertEquals(0, Main.run("data", "--data", "data", "--limit", "10", "--out", png.toString(), "--seed", "2"),
        "Main.run works and re-running overwrites the PNG");
  }

  @Test
  void fullCountsMatchMnist() throws IOException {
    Run r = Run.of("data", "--out", tmp.resolve("g.png").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(
        "test           980   1135   1032   1010    982    892    958   1028    974   1009    10000"), r.out());
    assertTrue(r.out().contains("validation     991   1064"), r.out());
  }

  @Test
  void badFileGivesOneLineAndExitOne() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.csv"), "1,2,x\n");
    Run r = Run.of("data", "--data", bad.toString(), "--out", tmp.resolve("g.png").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + bad + " line 1: expected 785 columns"), r.err());
    assertTrue(!r.err().contains("at dev.glassbox"), "no stack trace without --debug");
  }

  @Test
  void missingDataPathIsClear() {
    Path missing = tmp.resolve("none");
    Run r = Run.of("data", "--data", missing.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + missing + ": no such file or folder"), r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, Run.of("data", "--bogus").code());
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : new String[] {"data", "convert", "bench-load"}) {
      Run r = Run.of(cmd, "--help");
      assertEquals(0, r.code(), cmd);
      assertTrue(r.out().contains("Usage: glassbox " + cmd), r.out());
    }
  }
}
