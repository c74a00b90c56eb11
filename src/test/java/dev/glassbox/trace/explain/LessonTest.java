package dev.glassbox.trace.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.Trace;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lesson mode has words for every kind of step, and they carry this trace's own numbers. */
class LessonTest {
  private static Trace trace(Activation hidden, Activation output, Cost cost, long seed) {
    Network net = new Network(new int[] {12, 7, 5, 4}, hidden, output, cost);
    Random r = new Random(seed);
    for (int l = 1; l < net.layers(); l++) {
      for (int j = 0; j < net.size(l); j++) {
        net.setBias(l, j, r.nextGaussian());
        for (int k = 0; k < net.size(l - 1); k++) {
          net.setWeight(l, j, k, r.nextGaussian());
        }
      }
    }
    double[] x = new double[12];
    for (int i = 0; i < x.length; i += 2) {
      x[i] = r.nextDouble();
    }
    return Trace.record(net, Inputs.single(x, 2), 0, 0.5, 0, 0, 1);
  }

  @Test
  void everyStepKindHasOneToThreeSentencesWithTheTracesNumbers() {
    for (Activation[] f : new Activation[][] {{Activation.SIGMOID, Activation.SIGMOID},
        {Activation.RELU, Activation.SOFTMAX}, {Activation.TANH, Activation.SIGMOID}}) {
      Cost cost = f[1] == Activation.SOFTMAX ? Cost.LOG_LIKELIHOOD : Cost.QUADRATIC;
      Trace t = trace(f[0], f[1], cost, 7);
      for (Granularity g : Granularity.values()) {
        Stepper st = new Stepper(t, g);
        Set<StepKind> seen = EnumSet.noneOf(StepKind.class);
        for (int i = 0; i < st.size(); i++) {
          Step s = st.seek(i);
          List<String> words = Lesson.sentences(s, null);
          seen.add(s.kind());
          assertTrue(words.size() >= 1 && words.size() <= 3, s + ": " + words);
          for (String w : words) {
            assertFalse(w.isBlank(), s.toString());
            assertTrue(w.endsWith(".") || w.endsWith("?"), s + ": " + w);
          }
        }
        assertTrue(seen.containsAll(EnumSet.allOf(StepKind.class)), g + " " + seen);
      }
    }
  }

  @Test
  void theCostStepQuotesTheCostAndTheLastUpdateSaysWhetherItHelped() {
    Trace t = trace(Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC, 3);
    Stepper st = new Stepper(t, Granularity.PER_LAYER);
    for (int i = 0; i < st.size(); i++) {
      Step s = st.seek(i);
      String all = String.join(" ", Lesson.sentences(s, null));
      if (s.kind() == StepKind.COST) {
        assertTrue(all.contains("C = " + Value.of(t.cost()).text()), all);
      }
      if (s.kind() == StepKind.OUTPUT_ERROR) {
        // the target's δ, with its sign said in words
        double d = t.delta(t.outputLayer(), t.label());
        assertTrue(all.contains(Value.of(d).text()), all);
        assertTrue(all.contains(d < 0 ? "negative" : "positive"), all);
      }
      if (s.kind() == StepKind.UPDATE && s.layer() == t.outputLayer()) {
        double after = t.costAfter();
        assertTrue(all.contains(Value.of(t.cost()).text() + " → " + Value.of(after).text()), all);
        assertTrue(all.contains(after < t.cost() ? "lower." : "not lower"), all);
      }
    }
  }
}
