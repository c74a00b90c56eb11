package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.ModelFile;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.Evaluation;
import dev.glassbox.training.Evaluator;
import dev.glassbox.training.Team;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox test} and {@code glassbox lr-find} end to end. */
class TestAndLrFindCommandTest {
  @TempDir Path tmp;

  @Test
  void testReportsWhatTheEvaluatorCountsAndWritesBothPictures() throws Exception {
    Path conf = tmp.resolve("c.png");
    Path mis = tmp.resolve("m.png");
    Run r = Run.of("test", "--limit", "1000", "--confusion", conf.toString(), "--misclassified", mis.toString());
    assertEquals(0, r.code(), r.err());
    // the same model on the same 1000 images, counted directly
    Evaluation e;
    try (Team team = new Team(1)) {
      e = new Evaluator(team).evaluate(ModelFile.load(ModelOptions.defaultModel()).network(),
          Datasets.inputs(dev.glassbox.data.Mnist.test().limit(1000)));
    }
    assertTrue(r.out().contains(e.wrong() + " of 1000 wrong"), r.out());
    Matcher row = Pattern.compile("\\n {8}3((?: +\\d+){10})\\n").matcher(r.out());
    assertTrue(row.find(), r.out());
    String[] cells = row.group(1).trim().split(" +");
    for (int p = 0; p < 10; p++) {
      assertEquals(e.confusion()[3][p], Integer.parseInt(cells[p]), "confusion[3][" + p + "]");
    }
    BufferedImage c = ImageIO.read(conf.toFile());
    BufferedImage m = ImageIO.read(mis.toFile());
    assertTrue(c.getWidth() > 400 && m.getWidth() > 400);
  }

  @Test
  void lrFindPrintsEveryRateAndSuggestsOne() throws Exception {
    Path png = tmp.resolve("lr.png");
    Run r = Run.of("lr-find", "--limit", "1000", "--from", "0.5", "--to", "1.5", "--step", "0.5",
        "--layers", "784,10,10", "--out", png.toString());
    assertEquals(0, r.code(), r.err());
    for (String eta : new String[] {"\n     0.5 ", "\n       1 ", "\n     1.5 "}) {
      assertTrue(r.out().contains(eta), eta + " in " + r.out());
    }
    assertTrue(r.out().contains("Suggested learning rate: "), r.out());
    assertTrue(ImageIO.read(png.toFile()).getHeight() > 0);
    Run bad = Run.of("lr-find", "--from", "2", "--to", "1");
    assertEquals(2, bad.code(), "a range that is not one is a usage error");
    assertTrue(bad.err().contains("--from, --to, --step: need 0 < from <= to"), bad.err());
    Run many = Run.of("lr-find", "--from", "0.001", "--to", "5", "--step", "0.001");
    assertEquals(2, many.code());
    assertTrue(many.err().contains("5000 rates, more than 1000"), many.err());
  }
}
