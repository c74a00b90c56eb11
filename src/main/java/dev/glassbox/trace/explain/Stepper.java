package dev.glassbox.trace.explain;

import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A trace as an immutable, ordered list of {@link Step}s: the input; z then a for each layer
 * (per neuron: z_j then a_j for every neuron j); the cost; BP1 at the output; BP2 for each hidden
 * layer going back; BP3 and BP4 for each layer from the output back (per neuron: ∂C/∂b_j then the
 * row ∂C/∂w_{j·}); the update of each layer. It holds no position: whoever shows the steps keeps
 * one index into it (the window's {@code StepperState}, the terminal's {@code TextSession}).
 */
public final class Stepper {
  private final Trace trace;
  private final Granularity granularity;
  private final List<Step> steps;

  /** The steps of {@code trace} at {@code granularity}. */
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

  /** Step {@code i}, clamped to 0 .. size()-1. */
  public Step step(int i) {
    return steps.get(clamp(i));
  }

  /** {@code i} clamped to 0 .. size()-1. */
  public int clamp(int i) {
    return Math.max(0, Math.min(steps.size() - 1, i));
  }

  /** Whether step {@code i} is the last. */
  public boolean isLast(int i) {
    return i >= steps.size() - 1;
  }

  /**
   * The first step of the block after the one holding step {@code i}, a block being a run of steps
   * with the same phase and layer (e.g. every z_j and a_j of one layer); the last step when there is
   * none.
   */
  public int nextBlock(int i) {
    int at = clamp(i);
    while (at < steps.size() - 1 && sameBlock(steps.get(at), steps.get(at + 1))) {
      at++;
    }
    return clamp(at + 1);
  }

  /** The first step of the block before the one holding step {@code i} (or step 0). */
  public int previousBlock(int i) {
    int start = blockStart(clamp(i));
    return start == 0 ? 0 : blockStart(start - 1);
  }

  /**
   * The first step of the same kind and layer as {@code s}, or 0: where to land after switching
   * between per-layer and per-neuron steps.
   */
  public int firstLike(Step s) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).kind() == s.kind() && steps.get(i).layer() == s.layer()) {
        return i;
      }
    }
    return 0;
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
   * The weights and biases as they are at step {@code i}: before the update until the update step of
   * a layer is reached, after it from then on, so stepping back past an update restores the old
   * values.
   */
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
   * The step a window shows for a clicked neuron: the last of {@link #stepsFor} at or before step
   * {@code at}, else the first after it, or -1 if the neuron has none.
   */
  public int stepFor(int layer, int neuron, int at) {
    List<Integer> mine = stepsFor(layer, neuron);
    int best = -1;
    for (int i : mine) {
      if (i <= at) {
        best = i;
      }
    }
    return best >= 0 ? best : mine.isEmpty() ? -1 : mine.get(0);
  }
}
