package dev.glassbox.render.stepper;

import java.util.List;

/**
 * The one table of the stepper's controls: each action carries its button label, the keys that
 * trigger it and its help description, and whether the terminal stepper has it too. The window's
 * key map, the help overlay, the terminal stepper and docs/sketches.md all read this table.
 *
 * <p>A key is one character ({@code "n"}, {@code "["}) or one of the named keys {@link #ENTER},
 * {@link #SPACE}, {@link #RIGHT}, {@link #LEFT}, {@link #UP}, {@link #DOWN}. The terminal reads one
 * line per key: an empty line is Enter, a line of one character is that key.
 */
public enum StepperAction {
  /** Jump back one layer's block of steps. */
  LAYER_BACK("|◀ layer", "back one block of steps (a layer's z and a, BP1, ...)", true, "[", StepperAction.DOWN),
  /** One step back. */
  BACK("◀ step", "one step back (past an update: the weights before it; closes did it help?)", true,
      StepperAction.LEFT, "b"),
  /** Play or pause. */
  PLAY("▶ play", "play / pause", false, StepperAction.SPACE),
  /** One step forward; past the last step, "did it help?". */
  NEXT("step ▶", "one step forward (after the last: did it help?)", true, StepperAction.RIGHT, StepperAction.ENTER),
  /** Jump forward one layer's block of steps. */
  LAYER_NEXT("layer ▶|", "forward one block of steps", true, "]", StepperAction.UP, "l"),
  /** Slower playback. */
  SLOWER("− slower", "slower playback (down to 0.25 steps/s)", false, "-", "_"),
  /** Faster playback. */
  FASTER("+ faster", "faster playback (up to 32 steps/s)", false, "+", "="),
  /** Image 0, the first of the set (test image 0 for the test set). */
  FIRST_IMAGE("image 0", "the first image of the set (image 0)", true, "0"),
  /** The previous test image. */
  PREVIOUS_IMAGE("◀ image", "the previous image of the set", true, "p"),
  /** The next test image. */
  NEXT_IMAGE("image ▶", "the next image of the set", true, "n"),
  /** A random test image. */
  RANDOM_IMAGE("random", "a random image of the set (any one)", true, "a"),
  /** The next test image the network gets wrong. */
  MISCLASSIFIED("wrong one", "the next image of the set the network gets wrong", true, "m"),
  /** Per-layer or per-neuron steps. */
  GRANULARITY("per neuron", "steps per layer or per neuron", true, "g"),
  /** Draw your own digit. */
  DRAW("draw", "draw your own digit", false, "d"),
  /** Finite-difference check of the pinned neuron's weight. */
  CHECK("check it", "finite-difference check of the pinned neuron's weight", false, "c"),
  /** Show the input as -∂C/∂x: which pixels pushed the answer (and back to the digit). */
  INPUT_GRADIENT("why?", "the input as -∂C/∂x: which pixels pushed the answer (again: the digit)", false, "i"),
  /** Nudge a weight, a bias or a pixel and compare the actual ΔC with backprop's prediction. */
  NUDGE("nudge", "nudge a weight, bias or pixel: drag or type a value; ΔC beside ∂C/∂p·Δp", false, "w"),
  /** Put the nudged number back to the model's value. */
  UNDO_NUDGE("undo nudge", "undo the nudge: the model's own value again (the model file never changes)", false, "u"),
  /** Did it help? One more SGD step on this image, from the weights the last step left. */
  REPEAT("repeat step", "did it help? one more SGD step on this image, from the weights the last left", true, "r"),
  /** Back to the model's weights: the repeated steps are forgotten (the model file never changes). */
  RESET("reset", "reset the weights to the model's (forgets the repeated steps; the file is never changed)", true,
      "z"),
  /** Lesson mode: a few sentences of why at every step, with this image's numbers. */
  LESSON("lesson", "lesson: why each step is computed, in words with this image's numbers", true, "t"),
  /** One SGD step on a mini-batch: m images' gradients for the pinned neuron, their mean, the update. */
  MINI_BATCH("mini-batch", "SGD on a mini-batch from this image: m gradients, their mean, the update", true, "s"),
  /** The help overlay (the keys, in the terminal). */
  HELP("help", "this help", true, "h", "?"),
  /** Quit the stepper. */
  QUIT("quit", "quit", true, "q");

  /** The Enter (Return) key; in the terminal, an empty line. */
  public static final String ENTER = "Enter";
  /** The space bar. */
  public static final String SPACE = "space";
  /** The right arrow key. */
  public static final String RIGHT = "→";
  /** The left arrow key. */
  public static final String LEFT = "←";
  /** The up arrow key. */
  public static final String UP = "↑";
  /** The down arrow key. */
  public static final String DOWN = "↓";
  /** The named (non-character) keys a table entry may use. */
  public static final List<String> NAMED_KEYS = List.of(ENTER, SPACE, RIGHT, LEFT, UP, DOWN);

  private final String label;
  private final String description;
  private final boolean terminal;
  private final List<String> keys;

  StepperAction(String label, String description, boolean terminal, String... keys) {
    this.label = label;
    this.description = description;
    this.terminal = terminal;
    this.keys = List.of(keys);
  }

  /** The button's label. */
  public String label() {
    return label;
  }

  /** What the action does, as the help says it. */
  public String description() {
    return description;
  }

  /** Whether the terminal stepper ({@code step --text}) does it too; else it is the window's only. */
  public boolean inTerminal() {
    return terminal;
  }

  /** The keys that trigger it: single characters (lower case) or {@link #NAMED_KEYS}. */
  public List<String> keys() {
    return keys;
  }

  /** The keys as the help shows them, e.g. "] or ↑ or l". */
  public String key() {
    return String.join(" or ", keys);
  }

  /** The action a key triggers ({@code "n"}, {@code "N"}, {@link #ENTER}, ...), or null. */
  public static StepperAction forKey(String key) {
    String k = key.length() == 1 ? key.toLowerCase(java.util.Locale.ROOT) : key;
    for (StepperAction a : values()) {
      if (a.keys.contains(k)) {
        return a;
      }
    }
    return null;
  }
}
