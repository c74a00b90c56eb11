package dev.glassbox.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glassbox.data.Mnist;
import dev.glassbox.training.Datasets;
import dev.glassbox.training.Evaluation;
import dev.glassbox.training.Evaluator;
import dev.glassbox.training.Team;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented numpy loader (docs/load_model.py) reads a saved model and predicts exactly what
 * Glassbox predicts on all 10,000 test images. Skipped where python3 with numpy is missing.
 */
class NumpyLoaderTest {
  @TempDir Path dir;

  private static boolean numpyAvailable() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void numpyScriptPredictsWhatGlassboxPredicts() throws Exception {
    assumeTrue(numpyAvailable(), "python3 with numpy is not installed");
    // a model with two hidden layers and a softmax output exercises every part of the format
    Network net = new Network(new int[] {784, 16, 12, 10}, Activation.TANH, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD);
    Init.SCALED.apply(net, 5);
    Path model = dir.resolve("m.safetensors");
    ModelFile.save(net, model, Map.of());

    Process p = new ProcessBuilder("python3", "docs/load_model.py", model.toString(), "10000")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    String[] numpy = out.split(" ");

    Evaluation e;
    try (Team team = new Team(1)) {
      e = new Evaluator(team).evaluate(net, Datasets.inputs(Mnist.test()));
    }
    assertEquals(10000, numpy.length);
    int differ = 0;
    for (int i = 0; i < numpy.length; i++) {
      if (Integer.parseInt(numpy[i]) != e.predicted(i)) {
        differ++;
      }
    }
    assertEquals(0, differ, "predictions that differ between numpy and Glassbox");
  }
}
