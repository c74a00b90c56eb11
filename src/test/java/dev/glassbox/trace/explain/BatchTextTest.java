package dev.glassbox.trace.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.MiniBatch;
import dev.glassbox.trace.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mini-batch's displayed arithmetic checks: for every neuron of every layer, each line (every
 * image's BP4, the sums, the means, the changes and the new values) re-evaluates from the digits it
 * shows to the result it shows; and the numbers shown are the batch's own.
 */
class BatchTextTest {
  private static int[] range(int from, int m) {
    int[] rows = new int[m];
    for (int s = 0; s < m; s++) {
      rows[s] = from + s;
    }
    return rows;
  }

  // every line of every neuron, with the weight of largest |Σ| and two others (one often 0)
  private static int check(MiniBatch b, List<String> failures) {
    int lines = 0;
    for (int l = 1; l < b.layers(); l++) {
      for (int j = 0; j < b.layerSize(l); j++) {
        for (int k : new int[] {BatchText.defaultInput(b, l, j), 0, b.layerSize(l - 1) / 2}) {
          BatchText.View v = BatchText.of(b, l, j, k);
          for (String m : v.formula().mismatches()) {
            failures.add("layer " + l + " neuron " + j + " input " + k + ": " + m);
          }
          lines += v.formula().lines().size();
        }
      }
    }
    return lines;
  }

  @Test
  void everyLineChecksOnTheDefaultModelAndOnDecayedNetworks() throws Exception {
    List<String> failures = new ArrayList<>();
    Network def = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    Inputs test = Samples.mnistTest(40);
    // the stepper's default example (test image 8, wrong) and nine confident neighbours
    int lines = check(MiniBatch.record(def, test, range(8, 10), 3.0, 0, 0, 50000), failures);
    // a batch of other size, with L2 decay and momentum (the first step from rest)
    lines += check(MiniBatch.record(def, test, range(20, 7), 0.5, 5.0, 0.9, 50000), failures);
    for (Activation[] pair : new Activation[][] {{Activation.TANH, Activation.SIGMOID},
        {Activation.RELU, Activation.SOFTMAX}}) {
      Cost cost = pair[1] == Activation.SOFTMAX ? Cost.LOG_LIKELIHOOD : Cost.CROSS_ENTROPY;
      Network net = Samples.network(new int[] {12, 7, 5, 4}, pair[0], pair[1], cost, 3);
      lines += check(MiniBatch.record(net, Samples.random(6, 12, 4, 4), range(0, 6), 1.5, 0.8, 0, 100), failures);
    }
    assertTrue(failures.isEmpty(), failures.size() + " lines do not check:\n"
        + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    assertTrue(lines > 3000, "checked " + lines + " lines");
  }

  @Test
  void theLinesShowTheBatchsOwnNumbers() throws Exception {
    Network def = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    MiniBatch b = MiniBatch.record(def, Samples.mnistTest(20), range(8, 10), 3.0, 0, 0, 50000);
    int[] lj = BatchText.defaultNeuron(b);
    int k = BatchText.defaultInput(b, lj[0], lj[1]);
    BatchText.View v = BatchText.of(b, lj[0], lj[1], k);
    assertEquals(10, v.perSample().size());
    for (int s = 0; s < 10; s++) {
      assertEquals(b.nablaW(s, lj[0], lj[1], k), v.weight().samples().get(s).value());
      assertEquals(b.nablaB(s, lj[0], lj[1]), v.bias().samples().get(s).value());
    }
    assertEquals(b.nablaWSum(lj[0], lj[1], k), v.weight().sum().value());
    assertEquals(b.nablaWMean(lj[0], lj[1], k), v.weight().mean().value());
    assertEquals(b.weightAfter(lj[0], lj[1], k), v.weight().after().value());
    assertEquals(b.biasChange(lj[0], lj[1]), v.bias().change().value());
    // the neuron shown by default is the one whose bias the batch moves most
    for (int j = 0; j < b.layerSize(1); j++) {
      assertTrue(Math.abs(b.nablaBSum(1, j)) <= Math.abs(b.nablaBSum(lj[0], lj[1])));
    }
    // the terminal prints the same lines, and a row per image
    String text = BatchText.text(b, v, "test");
    for (Equation e : v.formula().lines()) {
      assertTrue(text.contains(e.text()), e.text());
    }
    assertTrue(text.contains("mini-batch of m = 10 test images 8-17"), text);
    assertTrue(text.contains("      8      5      6 ✗  " + Value.of(b.sample(0).cost()).text()), text);
    // the Σ line reads Σₓ ∂Cₓ/∂w = g₁ + ... + g₁₀ = Σ, with the update's η/m
    assertTrue(v.weightLines().get(0).text().startsWith("Σₓ ∂Cₓ/∂w²"), v.weightLines().get(0).text());
    assertTrue(v.weightLines().get(2).text().contains("-(3/10) × "), v.weightLines().get(2).text());
  }
}
