package dev.glassbox.render.stepper;

import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.StepKind;
import dev.glassbox.trace.explain.Stepper;

/**
 * The neuron the stepper pins by itself as the backward pass runs, so a newcomer sees its numbers
 * without knowing to click: nothing during the forward pass; from the cost step on, the target
 * output neuron; from each hidden layer's BP2 step on, that layer's neuron with the largest |δ|.
 */
public final class AutoPin {
  private AutoPin() {}

  /** The {layer, neuron} (code numbering) to pin at the cursor of {@code st}, or null for none. */
  public static int[] at(Stepper st) {
    Trace t = st.trace();
    int[] pin = null;
    for (int i = 0; i <= st.index(); i++) {
      Step s = st.steps().get(i);
      if (s.kind() == StepKind.COST && pin == null) {
        pin = new int[] {t.outputLayer(), t.label()};
      } else if (s.kind() == StepKind.BACKPROP_DELTA && (pin == null || pin[0] != s.layer())) {
        pin = new int[] {s.layer(), largestDelta(t, s.layer())};
      }
    }
    return pin;
  }

  /** The neuron of layer {@code l} with the largest |δ| (the first of equals). */
  static int largestDelta(Trace t, int l) {
    double[] d = t.delta(l);
    int best = 0;
    for (int j = 1; j < d.length; j++) {
      if (Math.abs(d[j]) > Math.abs(d[best])) {
        best = j;
      }
    }
    return best;
  }
}
