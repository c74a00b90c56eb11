package dev.glassbox.render.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.StepKind;
import org.junit.jupiter.api.Test;

/**
 * As the backward pass runs, the stepper pins the target output neuron, then each hidden layer's
 * neuron of largest |δ|, unless the user has pinned or unpinned.
 */
class AutoPinTest {
  private static final Trace TRACE = StepperSceneTest.trace(new int[] {784, 12, 8, 10}, 4);

  private static int argmaxAbs(double[] v) {
    int best = 0;
    for (int j = 0; j < v.length; j++) {
      if (Math.abs(v[j]) > Math.abs(v[best])) {
        best = j;
      }
    }
    return best;
  }

  // what the pin must be on a step whose last BP2 layer so far is bp2 (-1: none) and cost reached or not
  private static void expectPin(StepperState s, boolean costReached, int bp2, String where) {
    if (!costReached) {
      assertFalse(s.pinned(), where);
    } else if (bp2 < 0) {
      assertEquals(TRACE.outputLayer(), s.pinLayer(), where);
      assertEquals(TRACE.label(), s.pinNeuron(), where);
    } else {
      assertEquals(bp2, s.pinLayer(), where);
      assertEquals(argmaxAbs(TRACE.delta(bp2)), s.pinNeuron(), where);
    }
  }

  @Test
  void followsTheBackwardPassForwardAndBackAtBothGranularities() {
    for (Granularity g : Granularity.values()) {
      StepperState s = new StepperState(TRACE, g, "t", "m");
      s.setAutoPin(true);
      int n = s.stepper().size();
      boolean[] cost = new boolean[n];
      int[] bp2 = new int[n];
      boolean seenCost = false;
      int layer = -1;
      for (int i = 0; i < n; i++) {
        Step st = s.stepper().steps().get(i);
        seenCost |= st.kind() == StepKind.COST;
        if (st.kind() == StepKind.BACKPROP_DELTA) {
          layer = st.layer();
        }
        cost[i] = seenCost;
        bp2[i] = layer;
      }
      for (int i = 0; i < n; i++) {
        s.next();
        expectPin(s, cost[s.cursor()], bp2[s.cursor()], g + " forward, step " + s.cursor());
      }
      for (int i = n - 1; i >= 0; i--) {
        s.seek(i);
        expectPin(s, cost[i], bp2[i], g + " back, step " + i);
      }
    }
  }

  @Test
  void pinsTheTargetAtTheCostThenTheLargestDeltaOfTheLastHiddenLayerAtItsBp2() {
    StepperState s = new StepperState(TRACE, Granularity.PER_LAYER, "t", "m");
    s.setAutoPin(true);
    s.seek(StepperSceneTest.stepOf(s, StepKind.COST));
    assertEquals(3, s.pinLayer());
    assertEquals(TRACE.label(), s.pinNeuron());
    s.seek(StepperSceneTest.stepOf(s, StepKind.BACKPROP_DELTA));
    assertEquals(2, s.pinLayer(), "the BP2 of the last hidden layer comes first");
    assertEquals(argmaxAbs(TRACE.delta(2)), s.pinNeuron());
  }

  @Test
  void theUsersPinOrUnpinWins() {
    StepperState s = new StepperState(TRACE, Granularity.PER_LAYER, "t", "m");
    s.setAutoPin(true);
    s.pin(1, 5);
    s.seek(StepperSceneTest.stepOf(s, StepKind.COST));
    assertEquals(1, s.pinLayer());
    assertEquals(5, s.pinNeuron());
    assertFalse(s.autoPin());

    StepperState u = new StepperState(TRACE, Granularity.PER_LAYER, "t", "m");
    u.setAutoPin(true);
    u.seek(StepperSceneTest.stepOf(u, StepKind.COST));
    assertTrue(u.pinned());
    u.unpin();
    u.seek(StepperSceneTest.stepOf(u, StepKind.BACKPROP_DELTA));
    assertFalse(u.pinned());
  }

  @Test
  void anotherImageStartsUnpinnedAndIsPinnedAgainAtItsCost() {
    StepperState s = new StepperState(TRACE, Granularity.PER_LAYER, "t", "m");
    s.setAutoPin(true);
    s.seek(s.stepper().size() - 1);
    assertTrue(s.pinned());
    Trace other = StepperSceneTest.trace(new int[] {784, 12, 8, 10}, 5);
    s.load(other, Granularity.PER_LAYER, "other");
    assertFalse(s.pinned());
    s.seek(StepperSceneTest.stepOf(s, StepKind.COST));
    assertEquals(other.label(), s.pinNeuron());
  }

  @Test
  void offByDefault() {
    StepperState s = new StepperState(TRACE, Granularity.PER_LAYER, "t", "m");
    s.seek(s.stepper().size() - 1);
    assertFalse(s.pinned());
  }
}
