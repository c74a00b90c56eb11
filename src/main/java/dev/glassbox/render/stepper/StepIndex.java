package dev.glassbox.render.stepper;

import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.StepKind;
import java.util.Arrays;
import java.util.List;

/**
 * For every neuron, the index of the step that computes each of its quantities (z, a, δ, ∂C/∂b,
 * ∂C/∂w, the update), so a view can ask in O(1) whether the cursor has reached it yet.
 */
public final class StepIndex {
  private final int[][][] at;

  /** Indexes {@code steps} of a trace with the given layer sizes. */
  public StepIndex(List<Step> steps, int[] sizes) {
    at = new int[StepKind.values().length][sizes.length][];
    for (int[][] kind : at) {
      for (int l = 0; l < sizes.length; l++) {
        kind[l] = new int[sizes[l]];
        Arrays.fill(kind[l], Integer.MAX_VALUE);
      }
    }
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      int[] row = at[s.kind().ordinal()][s.layer()];
      if (s.wholeLayer()) {
        for (int j = 0; j < row.length; j++) {
          row[j] = Math.min(row[j], i);
        }
      } else {
        row[s.neuron()] = Math.min(row[s.neuron()], i);
      }
    }
  }

  /** The step computing {@code kind} for neuron j of layer l, or MAX_VALUE if none does. */
  public int stepOf(StepKind kind, int l, int j) {
    return at[kind.ordinal()][l][j];
  }

  /** Whether the cursor at {@code cursor} has reached (or is on) that step. */
  public boolean reached(StepKind kind, int l, int j, int cursor) {
    return at[kind.ordinal()][l][j] <= cursor;
  }

  /**
   * How far the quantity is shown: 0 before its step, {@code t} (the animation's progress) on it, 1
   * after it.
   */
  public float shown(StepKind kind, int l, int j, int cursor, float t) {
    int s = at[kind.ordinal()][l][j];
    return s < cursor ? 1f : s == cursor ? t : 0f;
  }

  /** δ^l_j is known: its BP1 or BP2 step has been reached. */
  public boolean deltaReached(int l, int j, int cursor) {
    return reached(StepKind.OUTPUT_ERROR, l, j, cursor) || reached(StepKind.BACKPROP_DELTA, l, j, cursor);
  }

  /** How far δ^l_j is shown (0 .. 1), see {@link #shown}. */
  public float deltaShown(int l, int j, int cursor, float t) {
    return Math.max(shown(StepKind.OUTPUT_ERROR, l, j, cursor, t), shown(StepKind.BACKPROP_DELTA, l, j, cursor, t));
  }
}
