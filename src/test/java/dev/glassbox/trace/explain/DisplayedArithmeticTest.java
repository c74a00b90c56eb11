package dev.glassbox.trace.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Dropout;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.notation.Equation;
import dev.glassbox.notation.Value;
import dev.glassbox.trace.Samples;
import dev.glassbox.trace.StepSettings;
import dev.glassbox.trace.Trace;
import dev.glassbox.training.BackgroundTraining;
import dev.glassbox.training.SmallRun;
import dev.glassbox.training.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Displayed arithmetic checks: every equation of every step, at both granularities, re-evaluates
 * from the digits it shows to the result it shows. Traces: the shipped default model on a
 * confident image and a wrong one, a softmax/log-likelihood model trained here on a confident and
 * a wrong image, and small networks for every other activation and cost pair (with L2 and momentum).
 */
class DisplayedArithmeticTest {
  private static final Map<String, Trace> TRACES = new LinkedHashMap<>();

  @BeforeAll
  static void traces() throws Exception {
    Inputs test = Samples.mnistTest(200);
    Network def = ModelFile.load(Path.of("data/models/default.safetensors")).network();
    addConfidentAndWrong("default", def, test, 3.0, 0, 0);
    TrainingConfig n = TrainingConfig.nielsen();
    TrainingConfig soft = new TrainingConfig(new int[] {784, 30, 10}, Activation.SIGMOID, Activation.SOFTMAX,
        Cost.LOG_LIKELIHOOD, n.init(), 0.5, 6, 10, 0.0, 0.0, 1L, 1);
    Network softNet = soft.newNetwork();
    BackgroundTraining run = new BackgroundTraining(soft, softNet, SmallRun.split());
    run.runHere();
    addConfidentAndWrong("softmax-ll", softNet, test, 0.5, 0, 0);
    Activation[][] pairs = {
      {Activation.TANH, Activation.SIGMOID}, {Activation.RELU, Activation.TANH},
      {Activation.SIGMOID, Activation.SOFTMAX}, {Activation.RELU, Activation.SIGMOID}};
    Cost[] costs = {Cost.QUADRATIC, Cost.QUADRATIC, Cost.CROSS_ENTROPY, Cost.CROSS_ENTROPY};
    for (int i = 0; i < pairs.length; i++) {
      Network net = Samples.network(new int[] {12, 7, 5, 4}, pairs[i][0], pairs[i][1], costs[i], 10 + i);
      TRACES.put(pairs[i][0] + "/" + pairs[i][1] + "/" + costs[i],
          Trace.record(net, Samples.random(1, 12, 4, 20 + i), 0, 1.5, 0.8, 0.9, 100));
    }
    // dropout: P = 0.5 (m = 2, exact) and P = 0.3 (m = 1/0.7, a long decimal), and the default model
    Network dropSig = Samples.network(new int[] {12, 9, 7, 4}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC, 50);
    TRACES.put("dropout 0.5", Trace.record(dropSig, Samples.random(1, 12, 4, 51), 0, new StepSettings(1.5, 0.8, 0.9, 100),
        new Dropout(0.5, 7, 1)));
    Network dropRelu = Samples.network(new int[] {12, 9, 7, 4}, Activation.RELU, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD, 52);
    TRACES.put("dropout 0.3", Trace.record(dropRelu, Samples.random(1, 12, 4, 53), 0, new StepSettings(0.5, 0, 0, 10),
        new Dropout(0.3, 8, 1)));
    TRACES.put("default dropout 0.5", Trace.record(def, test, 3, new StepSettings(3.0, 0, 0, 50000),
        new Dropout(0.5, 3, 1)));
    Network sq = Samples.network(new int[] {12, 7, 5}, Activation.SIGMOID, Activation.SOFTMAX, Cost.QUADRATIC, 40);
    TRACES.put("softmax-quadratic", Trace.record(sq, Samples.random(1, 12, 5, 41), 0, 2.0, 0, 0, 10));
  }

  // the test image the network is most sure of among the first 200, and the first it gets wrong
  private static void addConfidentAndWrong(String name, Network net, Inputs test, double eta, double lambda,
      double momentum) {
    Trace confident = null;
    Trace wrong = null;
    for (int i = 0; i < test.size(); i++) {
      Trace t = Trace.record(net, test, i, eta, lambda, momentum, 50000);
      if (confident == null || t.cost() < confident.cost()) {
        confident = t;
      }
      if (wrong == null && t.predicted() != t.label()) {
        wrong = t;
      }
    }
    TRACES.put(name + " confident", confident);
    TRACES.put(name + " wrong", wrong);
  }

  @Test
  void tracesCoverConfidentAndWrongImages() {
    assertTrue(TRACES.get("default confident").cost() < 1e-6, "a near-certain image");
    assertTrue(TRACES.get("softmax-ll confident").cost() < 1e-2, "a confident softmax image: " + TRACES.get("softmax-ll confident").cost());
    assertFalse(TRACES.get("default wrong").predicted() == TRACES.get("default wrong").label());
    assertFalse(TRACES.get("softmax-ll wrong").predicted() == TRACES.get("softmax-ll wrong").label());
  }

  @Test
  void everyDisplayedEquationChecks() {
    List<String> failures = new ArrayList<>();
    int equations = 0;
    for (Map.Entry<String, Trace> e : TRACES.entrySet()) {
      for (Granularity g : Granularity.values()) {
        for (Step s : Stepper.build(e.getValue(), g)) {
          for (Equation line : s.formula().lines()) {
            equations++;
            String m = line.mismatch();
            if (m != null) {
              failures.add(e.getKey() + " " + g + " " + s + ": " + m);
            }
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + equations + " equations do not check, e.g.\n"
        + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
    assertTrue(equations > 2000, "checked " + equations);
  }

  @Test
  void theResultIsTheNumberTheCodeComputed() {
    // the last number of a neuron step's last line is its recorded value, to the digits shown
    for (Trace t : TRACES.values()) {
      for (Step s : Stepper.build(t, Granularity.PER_NEURON)) {
        if (s.kind() == StepKind.UPDATE || s.kind() == StepKind.WEIGHT_GRADIENT || s.kind() == StepKind.INPUT) {
          continue;
        }
        // the last line with numbers (a line of words may follow it: why BP1 or a dropped a reads so)
        List<Equation> lines = s.formula().lines();
        Equation last = lines.get(lines.size() - 1);
        for (int i = lines.size() - 1; !last.numeric(); i--) {
          last = lines.get(i - 1);
        }
        List<Value> shown = new ArrayList<>();
        last.result().values(shown);
        Value v = shown.get(0);
        assertEquals(s.value(), v.shown(), v.halfUnit() * 1.000001, s + ": " + last.text());
      }
    }
  }

  @Test
  void aDroppedNeuronShowsItsMaskInTheActivationAndInBp2() {
    for (String name : List.of("dropout 0.5", "dropout 0.3", "default dropout 0.5")) {
      Trace t = TRACES.get(name);
      int dropped = -1;
      int kept = -1;
      for (int j = 0; j < t.size(1); j++) {
        if (t.dropped(1, j)) {
          dropped = j;
        } else {
          kept = j;
        }
      }
      assertTrue(dropped >= 0 && kept >= 0, name + ": a mask with both kinds of neuron");
      String a = new Step(t, StepKind.ACTIVATION, 1, dropped).formula().text();
      assertTrue(a.contains("× 0 = 0") && a.contains("dropped"), name + ": " + a);
      String keptA = new Step(t, StepKind.ACTIVATION, 1, kept).formula().text();
      assertTrue(keptA.contains("× " + (name.contains("0.3") ? "1.4" : "2 ")) && keptA.contains("kept"), name + ": " + keptA);
      String bp2 = new Step(t, StepKind.BACKPROP_DELTA, 1, dropped).formula().text();
      assertTrue(bp2.contains("× 0 = 0"), name + ": " + bp2);
      assertTrue(new Step(t, StepKind.BACKPROP_DELTA, 1, -1).equation().contains("m²"), name);
    }
  }

  @Test
  void anActivationNearOneIsNotShownAsOneInBp1() {
    // a = 0.999989 must not read "(1 - 1)": the confident default image's target output
    Trace t = TRACES.get("default confident");
    Step bp1 = new Step(t, StepKind.OUTPUT_ERROR, t.outputLayer(), t.label());
    String text = bp1.formula().text();
    assertFalse(text.contains("(1 - 1)") || text.contains("(1.000 - 1)"), text);
    assertTrue(text.contains("0.9999"), text);
  }
}
