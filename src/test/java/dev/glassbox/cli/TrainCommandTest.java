package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.ModelFile;
import dev.glassbox.training.History;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox train} end to end on a small slice of MNIST. */
class TrainCommandTest {
  @TempDir Path tmp;

  @Test
  void trainsSavesTheBestModelAndTheHistory() throws Exception {
    Path model = tmp.resolve("m.safetensors");
    Run r = Run.of("train", "--limit", "2000", "--epochs", "3", "--layers", "784,20,10",
        "--out", model.toString());
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("Training 784,20,10"), r.out());
    assertTrue(r.out().matches("(?s).*\\n +3 +[0-9.]+ +[0-9.]+% +[0-9.]+% .*"), r.out());
    History h = History.read(tmp.resolve("m.history.csv"));
    assertEquals(3, h.size());
    ModelFile.Model m = ModelFile.load(model);
    assertArrayEquals(new int[] {784, 20, 10}, m.network().sizes());
    assertEquals(Integer.toString(h.best().epoch()), m.metadata().get("best_epoch"));
    assertEquals(h.best().validationAccuracy(), Double.parseDouble(m.metadata().get("validation_accuracy")), 1e-6);
    // the data it learned from, named without this machine's absolute path
    assertEquals("data", m.metadata().get("data"));

    // go on from it: the sizes come from the model
    Path next = tmp.resolve("n.safetensors");
    Run more = Run.of("train", "--limit", "2000", "--epochs", "1", "--load", model.toString(),
        "--out", next.toString());
    assertEquals(0, more.code(), more.err());
    assertTrue(more.out().contains("Training 784,20,10"), more.out());
  }

  @Test
  void aScheduledRunRecordsItsScheduleInTheModelAndItsEtaPerEpoch() throws Exception {
    Path model = tmp.resolve("s.safetensors");
    Run r = Run.of("train", "--limit", "1000", "--epochs", "3", "--layers", "784,10", "--schedule", "step",
        "--halve-after", "1", "--patience", "5", "--out", model.toString());
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("Schedule step (halve η every 1 epoch(s))"), r.out());
    var meta = ModelFile.load(model).metadata();
    assertEquals("step", meta.get("schedule"));
    assertEquals("1", meta.get("halve-after"));
    assertEquals("5", meta.get("patience"));
    double[] etas = History.read(tmp.resolve("s.history.csv")).rows().stream()
        .mapToDouble(dev.glassbox.training.EpochResult::eta).toArray();
    assertArrayEquals(new double[] {3.0, 1.5, 0.75}, etas);
  }

  @Test
  void anUnknownScheduleIsAUsageErrorNamingTheChoices() {
    Run r = Run.of("train", "--schedule", "exponential", "--no-save");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("constant, plateau, step, cosine"), r.err());
  }

  @Test
  void augmentationIsRecordedInTheModelAndShownByTestAndAnUnknownOneIsAUsageError() throws Exception {
    Path model = tmp.resolve("a.safetensors");
    Run r = Run.of("train", "--limit", "500", "--epochs", "1", "--layers", "784,10,10", "--augment", "elastic",
        "--out", model.toString());
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("Augmentation: elastic: ") && r.out().contains("σ = 4 px"), r.out());
    assertEquals("elastic", ModelFile.load(model).metadata().get("augment"));
    Run t = Run.of("test", "--model", model.toString(), "--limit", "100", "--no-png");
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("Trained with: eta 3.0, epochs 1, batch 10, lambda 0.0, momentum 0.0, seed 3,"
        + " schedule constant, halve-after 3, patience 0, augment elastic, dropout 0.0"), t.out());
    Run bad = Run.of("train", "--limit", "500", "--augment", "warp");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("\"warp\"") && bad.err().contains("none, affine, elastic"), bad.err());
  }

  @Test
  void recordedPathsAreRelativeToTheProjectOrJustTheFolderName() {
    assertEquals("data/own", CommonOptions.recorded(CommonOptions.home().resolve("data").resolve("own")));
    assertEquals("data", CommonOptions.recorded(Path.of("data").toAbsolutePath().resolve("x").resolve("..")));
    assertEquals(tmp.getFileName().toString(), CommonOptions.recorded(tmp));
    assertFalse(CommonOptions.recorded(tmp.resolve("mnist")).contains(tmp.getParent().toString()));
  }

  @Test
  void loadWithOtherLayersIsRefused() throws Exception {
    Path model = tmp.resolve("m.safetensors");
    assertEquals(0, Run.of("train", "--limit", "500", "--epochs", "1", "--layers", "784,20,10",
        "--out", model.toString()).code());
    Run r = Run.of("train", "--limit", "500", "--load", model.toString(), "--layers", "784,30,10");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("784,20,10") && r.err().contains("784,30,10"), r.err());
    Run cost = Run.of("train", "--limit", "500", "--load", model.toString(), "--cost", "log-likelihood");
    assertEquals(1, cost.code());
    assertTrue(cost.err().contains("cost quadratic") && cost.err().contains("--cost"), cost.err());
    Run act = Run.of("train", "--limit", "500", "--load", model.toString(), "--activation", "relu", "--no-save");
    assertEquals(1, act.code());
    assertTrue(act.err().contains("hidden activation sigmoid"), act.err());
    Run same = Run.of("train", "--limit", "500", "--epochs", "1", "--load", model.toString(),
        "--activation", "sigmoid", "--no-save");
    assertEquals(0, same.code(), "an option that agrees with the model is fine: " + same.err());
  }

  @Test
  void divergenceIsReportedAndTheSavedModelIsKept() throws Exception {
    Path model = tmp.resolve("m.safetensors");
    Files.writeString(model, "an older model that must not be overwritten");
    // cross-entropy on a softmax whose inputs overflow: the very first batch has an infinite cost
    Run r = Run.of("train", "--limit", "500", "--epochs", "2", "--activation", "relu", "--output", "softmax",
        "--cost", "cross-entropy", "--eta", "1e300", "--out", model.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains("diverged at epoch"), r.err());
    assertTrue(r.err().contains("batch"), r.err());
    assertEquals("an older model that must not be overwritten", Files.readString(model));
  }

  @Test
  void badOptionsAreUsageOrInputErrors() {
    assertEquals(2, Run.of("train", "--epochs", "many").code());
    Run r = Run.of("train", "--layers", "784,x,10", "--limit", "10");
    assertEquals(2, r.code(), "a value that does not make sense is a usage error");
    assertTrue(r.err().contains("\"x\""), r.err());
    assertEquals(2, Run.of("train", "--eta", "-1", "--limit", "10").code());
    assertEquals(2, Run.of("train", "--epochs", "0", "--limit", "10").code());
    Run c = Run.of("train", "--cost", "hinge", "--limit", "10");
    assertEquals(2, c.code());
    assertTrue(c.err().contains("unknown cost \"hinge\""), c.err());
    assertFalse(c.err().contains("at dev.glassbox"), "no stack trace without --debug");
  }

  @Test
  void anUnwritableOutIsFoundBeforeTraining() throws Exception {
    Path folder = tmp.resolve("a-folder.safetensors");
    Files.createDirectories(folder);
    Run r = Run.of("train", "--limit", "500", "--epochs", "1", "--out", folder.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("a-folder.safetensors") && r.err().contains("folder"), r.err());
    assertFalse(r.out().contains("Data:"), "refused before the data is even loaded: " + r.out());
  }

  @Test
  void layersTooBigForMemoryOrAnArraySayWhatIsTooBig() {
    Run overflow = Run.of("train", "--layers", "784,100000000,10", "--limit", "10");
    assertEquals(2, overflow.code());
    assertTrue(overflow.err().contains("too big") && !overflow.err().contains("overflow"), overflow.err());
    Run huge = Run.of("train", "--layers", "784,2000000,10", "--limit", "10");
    assertEquals(2, huge.code());
    assertTrue(huge.err().contains("too big") && huge.err().contains("memory"), huge.err());
    Run beyondInt = Run.of("train", "--layers", "784,99999999999,10", "--limit", "10");
    assertEquals(2, beyondInt.code());
    assertTrue(beyondInt.err().contains("too big"), beyondInt.err());
  }
}
