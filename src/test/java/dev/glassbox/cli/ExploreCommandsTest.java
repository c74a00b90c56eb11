package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** imagine, predict, sweep and compare end to end, and their bad-input messages. */
class ExploreCommandsTest {
  @TempDir Path tmp;

  @Test
  void imagineOneDigitAndExplain() throws IOException {
    Path png = tmp.resolve("i.png");
    Run r = Run.of("imagine", "--digit", "3", "--start", "blank", "--steps", "60", "--out", png.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("network answers 3"), r.out());
    assertTrue(ImageIO.read(png.toFile()).getWidth() > 200);
    Path ex = tmp.resolve("e.png");
    r = Run.of("imagine", "--explain", "0", "--out", ex.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Test image 0 (label 7): network answers 7"), r.out());
    assertTrue(Files.size(ex) > 1000);
  }

  @Test
  void imagineNeedsOneOfDigitAllExplain() {
    assertEquals(2, Run.of("imagine").code());
    assertEquals(2, Run.of("imagine", "--digit", "3", "--all").code());
    Run r = Run.of("imagine", "--digit", "3", "--start", "grey", "--steps", "1", "--out", tmp.resolve("x.png").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: --start must be blank or mean, got \"grey\""), r.err());
  }

  @Test
  void predictOwnDigitsWritesTheSheet() throws IOException {
    Path sheet = tmp.resolve("p.png");
    Run r = Run.of("predict", "data/own", "--sheet", sheet.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("the sigmoid outputs a^L normalised to sum 1"), r.out());
    var m = java.util.regex.Pattern.compile("(\\d+) of (\\d+) agree").matcher(r.out());
    assertTrue(m.find(), r.out());
    int agree = Integer.parseInt(m.group(1));
    int of = Integer.parseInt(m.group(2));
    assertTrue(of >= 10 && agree * 4 >= of * 3, agree + " of " + of);
    BufferedImage img = ImageIO.read(sheet.toFile());
    assertTrue(img.getHeight() > 300, "one row per three pictures");
  }

  @Test
  void predictBadInputs() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Run r = Run.of("predict", empty.toString(), "--sheet", tmp.resolve("p.png").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + empty + ": holds no PNG or JPEG images"), r.err());
    Path bad = Files.writeString(tmp.resolve("bad.png"), "not an image");
    r = Run.of("predict", bad.toString(), "--sheet", tmp.resolve("p.png").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + bad + ": is not a readable image"), r.err());
    Path missing = tmp.resolve("none.png");
    r = Run.of("predict", missing.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + missing + ": no such file or folder"), r.err());
    BufferedImage blank = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
    Path blankFile = tmp.resolve("blank.png");
    ImageIO.write(blank, "png", blankFile.toFile());
    r = Run.of("predict", blankFile.toString(), "--sheet", tmp.resolve("p.png").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + blankFile + ": the image is blank"), r.err());
  }

  @Test
  void sweepTableMatchesTheCsvAndSavesTheBest() throws IOException {
    Path csv = tmp.resolve("s.csv");
    Path best = tmp.resolve("b.safetensors");
    Run r = Run.of("sweep", "--limit", "200", "--layers", "784,8,10:784,12,10", "--eta", "0.5,3",
        "--epochs", "2", "--parallel", "2", "--out", csv.toString(), "--best", best.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(csv);
    assertEquals(5, lines.size(), "header and four rows");
    assertTrue(lines.get(0).startsWith("layers,activation,output,cost,init,eta,epochs,batch,lambda,momentum,seed,"
        + "schedule,halve-after,patience,augment,dropout,best_validation_accuracy,best_epoch"), lines.get(0));
    assertTrue(lines.get(1).startsWith("\"784,8,10\",sigmoid,sigmoid,quadratic,gaussian,0.5,2,"), lines.get(1));
    assertTrue(lines.get(4).startsWith("\"784,12,10\",sigmoid,sigmoid,quadratic,gaussian,3.0,2,"), lines.get(4));
    assertTrue(Files.size(best) > 784 * 8 * 8);
    assertTrue(r.out().contains("Best: layers="), r.out());
  }

  @Test
  void sweepBadValuesNameTheValue() {
    // every value is read while parsing, by its hyperparameter: a usage error (exit 2) naming the option
    Run r = Run.of("sweep", "--eta", "0.5,x", "--limit", "10");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Invalid value for option '--eta' (ETA[,ETA...]): \"x\" is not a number"),
        r.err());
    r = Run.of("sweep", "--layers", "784,30,10:784,a,10", "--limit", "10");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Invalid value for option '--layers' (SIZES[:SIZES...]): \"a\" in"), r.err());
    r = Run.of("sweep", "--cost", "quadratic,hinge", "--limit", "10");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Invalid value for option '--cost' (C[,C...]): unknown cost \"hinge\""),
        r.err());
    r = Run.of("sweep", "--eta", "1,,3", "--limit", "10");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Invalid value for option '--eta' (ETA[,ETA...]): empty value"), r.err());
  }

  @Test
  void compareHandWrittenHistories() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.csv"), String.join("\n",
        "epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds",
        "1,0.5,0.80,0.79,1,0.1", "2,0.4,0.90,0.90,1,0.1", "3,0.3,0.94,0.91,1,0.1", ""));
    Path b = Files.writeString(tmp.resolve("b.csv"), String.join("\n",
        "epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds",
        "1,0.5,0.85,0.79,1,0.1", "2,0.4,0.87,0.90,1,0.1", ""));
    Path png = tmp.resolve("c.png");
    Run r = Run.of("compare", a.toString(), b.toString(), "--last", "2", "--out", png.toString());
    assertEquals(0, r.code(), r.err());
    // a: last two 0.90, 0.94 -> mean 92.00%, variance 0.0004, std 2.000%
    assertTrue(r.out().matches("(?s).*a\\.csv +3 +94\\.00% +3 +92\\.00% +0\\.000400 +2\\.000%.*"), r.out());
    assertTrue(r.out().matches("(?s).*b\\.csv +2 +87\\.00% +2 +86\\.00% +0\\.000100 +1\\.000%.*"), r.out());
    assertTrue(Files.size(png) > 1000);
  }

  @Test
  void compareRefusesWhatIsNotAHistory() throws IOException {
    Path notCsv = Files.writeString(tmp.resolve("notes.csv"), "name,score\nann,3\n");
    Run r = Run.of("compare", notCsv.toString(), "--out", tmp.resolve("c.png").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + notCsv + ": not a glassbox history"), r.err());
    Path img = Path.of("data/own/0_round.png");
    r = Run.of("compare", img.toString(), "--out", tmp.resolve("c.png").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + img + ": not a glassbox history"), r.err());
    Path badNumber = Files.writeString(tmp.resolve("h.csv"),
        "epoch,train_cost,validation_accuracy,test_accuracy,seconds\n1,0.1,abc,0.5,1\n");
    r = Run.of("compare", badNumber.toString(), "--out", tmp.resolve("c.png").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("glassbox: " + badNumber + " line 2, column validation_accuracy: \"abc\""), r.err());
    r = Run.of("compare", tmp.resolve("missing.csv").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("missing.csv: no such file"), r.err());
  }
}
