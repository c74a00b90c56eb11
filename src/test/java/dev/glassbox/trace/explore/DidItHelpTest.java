package dev.glassbox.trace.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.trace.DefaultExample;
import dev.glassbox.trace.Samples;
import dev.glassbox.trace.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Did it help?": the numbers after the update are those of a second trace made on the updated
 * weights, bit for bit; repeating the step lowers the default example's cost until it is learned;
 * the first-order prediction is ∇C · Δθ of the step; every displayed equation checks.
 */
class DidItHelpTest {
  static Network model;
  static Inputs example;

  @BeforeAll
  static void load() throws Exception {
    model = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    Dataset test = DataLoader.load(Path.of("data")).test();
    int i = DefaultExample.pick(model, test).index();
    byte[] px = new byte[Dataset.PIXELS];
    test.copyImageBytes(i, px, 0);
    example = Inputs.fromPixels(px, 1, Dataset.PIXELS, new byte[] {(byte) test.label(i)});
  }

  private static Trace defaultExample() {
    return Trace.record(model, example, 0, 3.0, 0, 0, 50000);
  }

  // traces of several kinds: the default example, a confident image, L2 decay, softmax + log-likelihood
  private static List<Trace> traces() throws Exception {
    List<Trace> out = new ArrayList<>();
    out.add(defaultExample());
    out.add(Trace.record(model, Samples.mnistTest(1), 0, 3.0, 0, 0, 50000));
    Network relu = Samples.network(new int[] {12, 8, 5, 4}, Activation.RELU, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD, 5);
    out.add(Trace.record(relu, Samples.random(3, 12, 4, 6), 1, 0.5, 2.0, 0, 100));
    Network tanh = Samples.network(new int[] {9, 6, 3}, Activation.TANH, Activation.SIGMOID, Cost.CROSS_ENTROPY, 7);
    out.add(Trace.record(tanh, Samples.random(2, 9, 3, 8), 0, 1.0, 0, 0.9, 10));
    return out;
  }

  @Test
  void theNumbersAfterTheStepAreASecondTraceOnTheUpdatedWeightsBitForBit() throws Exception {
    List<Trace> all = traces();
    Inputs[] inputs = {example, Samples.mnistTest(1), Samples.random(3, 12, 4, 6), Samples.random(2, 9, 3, 8)};
    int[] rows = {0, 0, 1, 0};
    for (int i = 0; i < all.size(); i++) {
      Trace t = all.get(i);
      // a second trace of the same sample, made on the updated weights by the ordinary recorder
      Trace second = Trace.record(t.networkAfter(), inputs[i], rows[i], t.eta(), t.lambda(), t.momentum(),
          t.trainingSetSize());
      assertEquals(Double.doubleToRawLongBits(second.cost()), Double.doubleToRawLongBits(t.costAfter()), "trace " + i);
      assertArrayEquals(second.output(), t.outputAfter(), "trace " + i);
      assertEquals(second.predicted(), t.predictedAfter(), "trace " + i);
      DidItHelp d = new DidItHelp(t);
      assertEquals(Double.doubleToRawLongBits(second.cost() - t.cost()), Double.doubleToRawLongBits(d.actualChange()));
      // the repeat is that second trace, again bit for bit, and its own step's weights
      Trace next = t.next();
      assertEquals(Double.doubleToRawLongBits(second.cost()), Double.doubleToRawLongBits(next.cost()));
      assertArrayEquals(second.output(), next.output());
      assertTrue(next.networkAfter().sameParameters(second.networkAfter()), "trace " + i);
      assertTrue(next.networkBefore().sameParameters(t.networkAfter()), "trace " + i);
    }
  }

  @Test
  void repeatingTheStepLowersTheDefaultExamplesCostUntilItIsLearned() {
    RepeatedSteps r = new RepeatedSteps(defaultExample());
    assertFalse(r.learned(), "the default example is one the network gets wrong or is unsure of");
    while (!r.learned() && r.steps() < 20) {
      Trace before = r.latest();
      Trace t = r.repeat();
      assertNotEquals(before, t);
      assertEquals(before.costAfter(), t.cost(), 0.0, "each step starts where the last left");
    }
    assertTrue(r.learned(), "learned within 20 steps: " + r.status());
    for (int s = 1; s <= r.steps(); s++) {
      assertTrue(r.cost(s) < r.cost(s - 1), "step " + s + " lowers C: " + r.cost(s - 1) + " → " + r.cost(s));
    }
    assertEquals(r.label(), r.answer(r.steps()));
    assertTrue(r.cost(r.steps()) < RepeatedSteps.LEARNED_COST);
    assertEquals(r.steps(), r.learnedAt(), "learned at the last step taken, not before");
    assertTrue(r.status().startsWith("Learned after " + r.steps() + " steps"), r.status());
    // and the model is untouched: reset gives the first trace back
    Trace first = r.first();
    assertSame(first, r.reset());
    assertEquals(1, r.steps());
    assertTrue(first.networkBefore().sameParameters(model));
  }

  @Test
  void thePredictionIsTheGradientDotTheStep() throws Exception {
    for (Trace t : traces()) {
      DidItHelp d = new DidItHelp(t);
      // ‖∇C‖² from the public accessors, in the book's order
      double norm = 0;
      double dot = 0;
      for (int l = 1; l < t.layers(); l++) {
        for (int j = 0; j < t.size(l); j++) {
          norm += t.nablaB(l, j) * t.nablaB(l, j);
          dot += t.nablaB(l, j) * (t.after().bias(l, j) - t.before().bias(l, j));
          for (int k = 0; k < t.size(l - 1); k++) {
            norm += t.nablaW(l, j, k) * t.nablaW(l, j, k);
            dot += t.nablaW(l, j, k) * (t.after().weight(l, j, k) - t.before().weight(l, j, k));
          }
        }
      }
      assertEquals(norm, d.gradientNormSquared(), 1e-12 * norm);
      // ∇C · Δθ of the step actually taken (with decay when λ > 0)
      assertEquals(dot, d.predictedChange(), 1e-9 * Math.abs(dot) + 1e-300);
      if (t.lambda() == 0) {
        assertEquals(-t.eta() * norm, d.predictedChange(), 1e-12 * Math.abs(norm * t.eta()));
      }
    }
  }

  @Test
  void thePredictionAgreesForASmallStepAndNotForTheDefaultLearningRate() {
    DidItHelp large = new DidItHelp(defaultExample());
    assertFalse(large.agrees(), "η = 3: actual " + large.actualChange() + ", predicted " + large.predictedChange());
    assertTrue(large.why().contains("η = 3 this step is long enough for C to bend"), large.why());
    DidItHelp small = new DidItHelp(Trace.record(model, example, 0, 1e-3, 0, 0, 50000));
    assertTrue(small.agrees(), "η = 0.001: actual " + small.actualChange() + ", predicted " + small.predictedChange());
    assertEquals(1, small.actualChange() / small.predictedChange(), 0.01);
    assertTrue(small.why().startsWith("They agree"), small.why());
  }

  @Test
  void everyDisplayedEquationChecks() throws Exception {
    List<Trace> all = traces();
    RepeatedSteps r = new RepeatedSteps(defaultExample());
    for (int i = 0; i < 4; i++) {
      all.add(r.repeat());
    }
    for (Trace t : all) {
      DidItHelp d = new DidItHelp(t);
      assertEquals(List.of(), d.formula().mismatches(), d.formula().text());
      String text = d.formula().text();
      assertTrue(text.startsWith("ΔC = C' - C = " + d.shownCostAfter().text() + " - "), text);
      assertTrue(d.headline().startsWith("C = " + d.shownCostBefore().text() + " → C' = " + d.shownCostAfter().text()), d.headline());
    }
  }
}
