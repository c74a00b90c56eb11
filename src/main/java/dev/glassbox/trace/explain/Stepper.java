package dev.glassbox.trace.explain;

import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A trace as an ordered list of {@link Step}s with a cursor: the input; z then a for each layer
 * (per neuron: z_j then a_j for every neuron j); the cost; BP1 at the output; BP2 for each hidden
 * layer going back; BP3 and BP4 for each layer from the output back (per neuron: ∂C/∂b_j then the
 * row ∂C/∂w_{j·}); the update of each layer. The cursor starts at step 0 and is clamped to the list.
 */
public final class Stepper {
  private final Trace trace;
  private final Granularity granularity;
  private final List<Step> steps;
  private int index;

  /** The steps of {@code trace} at {@code granularity}, cursor on the first. */
  public Stepper(Trace trace, Granularity granularity) {
    this.trace = trace;
    this.granularity = granularity;
    this.steps = Collections.unmodifiableList(build(trace, granularity));
  }

  /** The ordered steps of a trace (see the class comment for the order). */
  public static List<Step> build(Trace t, Granularity g) {
    boolean perNeuron = g == Granularity.PER_NEURON;
    int last = t.outputLayer();
    List<Step> list = new ArrayList<>();
    list.add(new Step(t, StepKind.INPUT, 0, -1));
    for (int l = 1; l <= last; l++) {
      if (perNeuron) {
        for (int j = 0; j < t.size(l); j++) {
          list.add(new Step(t, StepKind.WEIGHTED_INPUT, l, j));
          list.add(new Step(t, StepKind.ACTIVATION, l, j));
        }
      } else {
        list.add(new Step(t, StepKind.WEIGHTED_INPUT, l, -1));
        list.add(new Step(t, StepKind.ACTIVATION, l, -1));
      }
    }
    list.add(new Step(t, StepKind.COST, last, -1));
    addLayer(list, t, StepKind.OUTPUT_ERROR, last, perNeuron);
    for (int l = last - 1; l >= 1; l--) {
      addLayer(list, t, StepKind.BACKPROP_DELTA, l, perNeuron);
    }
    for (int l = last; l >= 1; l--) {
      if (perNeuron) {
        for (int j = 0; j < t.size(l); j++) {
          list.add(new Step(t, StepKind.BIAS_GRADIENT, l, j));
          list.add(new Step(t, StepKind.WEIGHT_GRADIENT, l, j));
        }
      } else {
        list.add(new Step(t, StepKind.BIAS_GRADIENT, l, -1));
        list.add(new Step(t, StepKind.WEIGHT_GRADIENT, l, -1));
      }
    }
    // the update in the order Sgd.step applies it
    for (int l = 1; l <= last; l++) {
      list.add(new Step(t, StepKind.UPDATE, l, -1));
    }
    return list;
  }

  private static void addLayer(List<Step> list, Trace t, StepKind kind, int l, boolean perNeuron) {
    if (perNeuron) {
      for (int j = 0; j < t.size(l); j++) {
        list.add(new Step(t, kind, l, j));
      }
    } else {
      list.add(new Step(t, kind, l, -1));
    }
  }

  /** The trace stepped through. */
  public Trace trace() {
    return trace;
  }

  /** Layer or neuron steps. */
  public Granularity granularity() {
    return granularity;
  }

  /** All steps, in order (unmodifiable). */
  public List<Step> steps() {
    return steps;
  }

  /** Number of steps. */
  public int size() {
    return steps.size();
  }

  /** Position of the cursor, 0 .. size()-1. */
  public int index() {
    return index;
  }

  /** The step under the cursor. */
  public Step current() {
    return steps.get(index);
  }

  /** Whether the cursor is on the last step. */
  public boolean atEnd() {
    return index == steps.size() - 1;
  }

  /** Moves to the next step (stays on the last) and returns it. */
  public Step next() {
    return seek(index + 1);
  }

  /** Moves to the previous step (stays on the first) and returns it. */
  public Step back() {
    return seek(index - 1);
  }

  /** Moves to step {@code i}, clamped to 0 .. size()-1, and returns it. */
  public Step seek(int i) {
    index = Math.max(0, Math.min(steps.size() - 1, i));
    return current();
  }

  /**
   * Moves to the first step of the next block, a block being a run of steps with the same phase and
   * layer (e.g. every z_j and a_j of one layer); stays on the last step when there is none.
   */
  public Step nextLayer() {
    int i = index;
    while (i < steps.size() - 1 && sameBlock(steps.get(i), steps.get(i + 1))) {
      i++;
    }
    return seek(i + 1);
  }

  /** Moves to the first step of the block before the current one (or to step 0). */
  public Step previousLayer() {
    int start = blockStart(index);
    return seek(start == 0 ? 0 : blockStart(start - 1));
  }

  private int blockStart(int i) {
    while (i > 0 && sameBlock(steps.get(i - 1), steps.get(i))) {
      i--;
    }
    return i;
  }

  private static boolean sameBlock(Step a, Step b) {
    return a.phase() == b.phase() && a.layer() == b.layer();
  }

  /**
   * The weights and biases as they are at the cursor: before the update until the update step of a
   * layer is reached, after it from then on, so stepping back past an update restores the old values.
   */
  public ParameterView weightsAtCursor() {
    return weightsAt(index);
  }

  /** The parameters as they are at step {@code i} (see {@link #weightsAtCursor()}). */
  public ParameterView weightsAt(int i) {
    int updatedThrough = 0;
    for (int s = 0; s <= i && s < steps.size(); s++) {
      if (steps.get(s).kind() == StepKind.UPDATE) {
        updatedThrough = Math.max(updatedThrough, steps.get(s).layer());
      }
    }
    return trace.updatedThrough(updatedThrough);
  }

  /**
   * Indices of the steps about neuron {@code neuron} of layer {@code layer}: its own steps and the
   * whole-layer steps of that layer, in order.
   */
  public List<Integer> stepsFor(int layer, int neuron) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.layer() == layer && (s.neuron() == neuron || s.neuron() < 0)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The step a window shows for a clicked neuron: the last of {@link #stepsFor} at or before the
   * cursor, else the first after it, or -1 if the neuron has none.
   */
  public int currentStepFor(int layer, int neuron) {
    List<Integer> mine = stepsFor(layer, neuron);
    int best = -1;
    for (int i : mine) {
      if (i <= index) {
        best = i;
      }
    }
    return best >= 0 ? best : mine.isEmpty() ? -1 : mine.get(0);
  }
}
