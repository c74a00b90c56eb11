package dev.glassbox.render.stepper;

import dev.glassbox.trace.MiniBatch;
import dev.glassbox.trace.explain.BatchText;

/**
 * The stepper's mini-batch view as a state (no Processing): a {@link MiniBatch}, the neuron it is
 * shown for, and a cursor over its m + 2 steps: one per image (its own gradient, as the stepper's
 * BP4 showed for one image), then the sum and the mean, then the update w → w - (η/m) Σ_x ∂C_x/∂w.
 */
public final class BatchState {
  /** The window's batch size: Nielsen's mini-batch size in network.py's examples, and the default model's. */
  public static final int DEFAULT_M = 10;

  private final MiniBatch batch;
  private final BatchText.View view;
  private final String setName;
  private int cursor;

  /**
   * The view of {@code batch} for neuron {@code neuron} of layer {@code layer} (code numbering;
   * {@code layer < 1} for the {@link BatchText#defaultNeuron}), its weight of largest
   * |Σ_x ∂C_x/∂w|, cursor on the first image.
   *
   * @param setName the images' set, e.g. "test"
   */
  public BatchState(MiniBatch batch, int layer, int neuron, String setName) {
    int[] lj = layer >= 1 ? new int[] {layer, neuron} : BatchText.defaultNeuron(batch);
    this.batch = batch;
    this.view = BatchText.of(batch, lj[0], lj[1], BatchText.defaultInput(batch, lj[0], lj[1]));
    this.setName = setName;
  }

  /** The batch. */
  public MiniBatch batch() {
    return batch;
  }

  /** Its lines for the neuron shown. */
  public BatchText.View view() {
    return view;
  }

  /** The images' set, e.g. "test". */
  public String setName() {
    return setName;
  }

  /** Steps: one per image, the sum and mean, the update. */
  public int steps() {
    return batch.size() + 2;
  }

  /** The cursor, 0 .. steps() - 1. */
  public int cursor() {
    return cursor;
  }

  /** Moves the cursor to step i (clamped). */
  public void seek(int i) {
    cursor = Math.max(0, Math.min(steps() - 1, i));
  }

  /** Whether image s's gradient has been reached. */
  public boolean sampleShown(int s) {
    return s <= cursor;
  }

  /** Whether the sum and the mean have been reached. */
  public boolean meanShown() {
    return cursor >= batch.size();
  }

  /** Whether the update has been reached. */
  public boolean updateShown() {
    return cursor >= batch.size() + 1;
  }

  /**
   * Does what a key asks while the view is open, when it is one of the view's own: the step keys
   * move its cursor (a block key to the first or last step), s closes it (the caller's job).
   * Returns whether the action was the view's.
   */
  public boolean apply(StepperAction a) {
    Runnable r = switch (a) {
      case NEXT -> () -> seek(cursor + 1);
      case BACK -> () -> seek(cursor - 1);
      case LAYER_NEXT -> () -> seek(steps() - 1);
      case LAYER_BACK -> () -> seek(0);
      case PLAY, SLOWER, FASTER, FIRST_IMAGE, PREVIOUS_IMAGE, NEXT_IMAGE, RANDOM_IMAGE, MISCLASSIFIED,
          GRANULARITY, DRAW, CHECK, INPUT_GRADIENT, NUDGE, UNDO_NUDGE, REPEAT, RESET, LESSON,
          MINI_BATCH, HELP, QUIT -> null;
    };
    if (r != null) {
      r.run();
    }
    return r != null;
  }

  /** What the cursor's step shows, e.g. "image 3 of 10" or "the update". */
  public String stepName() {
    int m = batch.size();
    if (cursor < m) {
      return "image " + (cursor + 1) + " of " + m + " (" + setName + " image " + batch.sample(cursor).sampleIndex() + ")";
    }
    return cursor == m ? "the sum and the mean" : "the update";
  }
}
