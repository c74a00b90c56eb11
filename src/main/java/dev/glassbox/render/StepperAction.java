package dev.glassbox.render;

/** Everything the stepper's keys and on-screen buttons can ask for. */
public enum StepperAction {
  /** Jump back one layer's block of steps. */
  LAYER_BACK("|◀ layer", "[ or ↓"),
  /** One step back. */
  BACK("◀ step", "←"),
  /** Play or pause. */
  PLAY("▶ play", "space"),
  /** One step forward. */
  NEXT("step ▶", "→"),
  /** Jump forward one layer's block of steps. */
  LAYER_NEXT("layer ▶|", "] or ↑"),
  /** Slower playback. */
  SLOWER("slower", "-"),
  /** Faster playback. */
  FASTER("faster", "+"),
  /** The previous test image. */
  PREVIOUS_IMAGE("◀ image", "p"),
  /** The next test image. */
  NEXT_IMAGE("image ▶", "n"),
  /** A random test image. */
  RANDOM_IMAGE("random", "r"),
  /** The next test image the network gets wrong. */
  MISCLASSIFIED("wrong one", "m"),
  /** Per-layer or per-neuron steps. */
  GRANULARITY("per neuron", "g"),
  /** Draw your own digit. */
  DRAW("draw", "d"),
  /** Finite-difference check of the pinned neuron's weight. */
  CHECK("check it", "c"),
  /** The help overlay. */
  /** Show the input as -∂C/∂x: which pixels pushed the answer (and back to the digit). */
  INPUT_GRADIENT("why?", "i"),
  HELP("help", "h or ?");

  private final String label;
  private final String key;

  StepperAction(String label, String key) {
    this.label = label;
    this.key = key;
  }

  /** The button's label. */
  public String label() {
    return label;
  }

  /** The key(s) that do the same, as shown in the help. */
  public String key() {
    return key;
  }
}
