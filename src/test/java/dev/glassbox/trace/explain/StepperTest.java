package dev.glassbox.trace.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.Network;
import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Samples;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step order, the cursor, weights at the cursor and the lookup for a clicked neuron. */
class StepperTest {
  private static final int[] SIZES = {6, 4, 3, 2};

  private static Trace trace() {
    Network net = Samples.network(SIZES, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC, 3);
    return Trace.record(net, Samples.random(1, 6, 2, 7), 0, 2.0, 0, 0, 10);
  }

  private static List<String> kinds(Stepper st) {
    List<String> out = new ArrayList<>();
    for (Step s : st.steps()) {
      out.add(s.kind() + "@" + s.layer() + (s.wholeLayer() ? "" : "." + s.neuron()));
    }
    return out;
  }

  @Test
  void perLayerOrderIsForwardCostBackwardUpdate() {
    Stepper st = new Stepper(trace(), Granularity.PER_LAYER);
    assertEquals(List.of(
        "INPUT@0",
        "WEIGHTED_INPUT@1", "ACTIVATION@1", "WEIGHTED_INPUT@2", "ACTIVATION@2",
        "WEIGHTED_INPUT@3", "ACTIVATION@3",
        "COST@3",
        "OUTPUT_ERROR@3", "BACKPROP_DELTA@2", "BACKPROP_DELTA@1",
        "BIAS_GRADIENT@3", "WEIGHT_GRADIENT@3", "BIAS_GRADIENT@2", "WEIGHT_GRADIENT@2",
        "BIAS_GRADIENT@1", "WEIGHT_GRADIENT@1",
        "UPDATE@1", "UPDATE@2", "UPDATE@3"), kinds(st));
  }

  @Test
  void perNeuronHasEveryNeuron() {
    Stepper st = new Stepper(trace(), Granularity.PER_NEURON);
    int neurons = 4 + 3 + 2;
    // input, z and a per neuron, cost, δ per non-input neuron, b and w rows per neuron, 3 updates
    assertEquals(1 + 2 * neurons + 1 + neurons + 2 * neurons + 3, st.size());
    List<String> k = kinds(st);
    assertEquals("WEIGHTED_INPUT@1.0", k.get(1));
    assertEquals("ACTIVATION@1.0", k.get(2));
    assertEquals("WEIGHTED_INPUT@1.1", k.get(3));
    int bp1 = k.indexOf("OUTPUT_ERROR@3.0");
    assertEquals("COST@3", k.get(bp1 - 1));
    assertEquals("BACKPROP_DELTA@2.0", k.get(bp1 + 2));
    int w = k.indexOf("WEIGHT_GRADIENT@2.1");
    assertEquals("BIAS_GRADIENT@2.1", k.get(w - 1));
  }

  @Test
  void valuesAreTheTraceNumbersAndTheEquationEndsInThem() {
    Trace t = trace();
    for (Granularity g : Granularity.values()) {
      for (Step s : new Stepper(t, g).steps()) {
        assertFalse(s.equation().isBlank());
        double[] v = s.values();
        if (s.kind() == StepKind.WEIGHTED_INPUT && !s.wholeLayer()) {
          assertEquals(t.z(s.layer(), s.neuron()), s.value(), 0.0);
        }
        if (s.kind() == StepKind.BACKPROP_DELTA && s.wholeLayer()) {
          assertEquals(0, java.util.Arrays.compare(t.delta(s.layer()), v));
        }
      }
    }
    Step cost = new Stepper(t, Granularity.PER_LAYER).steps().get(7);
    assertEquals(t.cost(), cost.value(), 0.0);
    assertTrue(cost.substituted().contains("= " + dev.glassbox.notation.Value.of(t.cost()).text()), cost.substituted());
  }

  @Test
  void cursorMovesAndClamps() {
    Stepper st = new Stepper(trace(), Granularity.PER_LAYER);
    assertEquals(0, st.index());
    st.back();
    assertEquals(0, st.index());
    assertEquals(StepKind.WEIGHTED_INPUT, st.next().kind());
    st.seek(1000);
    assertEquals(st.size() - 1, st.index());
    assertTrue(st.atEnd());
    st.next();
    assertEquals(st.size() - 1, st.index());
  }

  @Test
  void nextLayerJumpsOverABlockAndPreviousLayerComesBack() {
    Stepper st = new Stepper(trace(), Granularity.PER_NEURON);
    st.seek(1); // z^2_0
    Step s = st.nextLayer();
    assertEquals(1 + 2 * 4, st.index(), "past the input and every z_j, a_j of the first hidden layer");
    assertEquals(2, s.layer());
    assertEquals(0, s.neuron());
    st.nextLayer();
    assertEquals(3, st.current().layer());
    st.previousLayer();
    assertEquals(2, st.current().layer());
    assertEquals(0, st.current().neuron());
    st.seek(st.size() - 1);
    st.nextLayer();
    assertTrue(st.atEnd());
  }

  @Test
  void weightsAtCursorChangeAtTheUpdateAndComeBackOnBack() {
    Trace t = trace();
    Stepper st = new Stepper(t, Granularity.PER_LAYER);
    int firstUpdate = -1;
    for (int i = 0; i < st.size(); i++) {
      if (st.steps().get(i).kind() == StepKind.UPDATE && firstUpdate < 0) {
        firstUpdate = i;
      }
    }
    Network before = t.networkBefore();
    Network after = t.networkAfter();
    st.seek(firstUpdate - 1);
    assertTrue(st.weightsAtCursor().sameParameters(before));
    st.next(); // UPDATE of layer 1 only
    ParameterView v = st.weightsAtCursor();
    assertTrue(v.updated(1));
    assertFalse(v.updated(2));
    assertEquals(after.weight(1, 0, 0), v.weight(1, 0, 0), 0.0);
    assertEquals(before.weight(2, 0, 0), v.weight(2, 0, 0), 0.0);
    st.seek(st.size() - 1);
    assertTrue(st.weightsAtCursor().sameParameters(after));
    st.seek(firstUpdate);
    st.back();
    assertTrue(st.weightsAtCursor().sameParameters(before), "back past the update restores the weights");
  }

  @Test
  void stepsForAClickedNeuron() {
    Stepper st = new Stepper(trace(), Granularity.PER_NEURON);
    List<Integer> mine = st.stepsFor(2, 1);
    for (int i : mine) {
      Step s = st.steps().get(i);
      assertEquals(2, s.layer());
      assertTrue(s.neuron() == 1 || s.wholeLayer());
    }
    // z, a, δ, ∂C/∂b, ∂C/∂w of the neuron and its layer's update
    assertEquals(6, mine.size());
    st.seek(0);
    assertEquals(mine.get(0), st.currentStepFor(2, 1), "before its first step: its first step");
    int delta = mine.get(2);
    st.seek(delta + 1);
    assertEquals(delta, st.currentStepFor(2, 1));
    assertEquals(StepKind.BACKPROP_DELTA, st.steps().get(delta).kind());
  }
}
