package dev.glassbox.sketch;

import dev.glassbox.render.StepperAction;

/** The stepper's character keys (arrows are handled by their key codes). */
final class KeyMap {
  private KeyMap() {}

  /** The action of key {@code k}, or null. */
  static StepperAction action(char k) {
    switch (Character.toLowerCase(k)) {
      case ' ': return StepperAction.PLAY;
      case ']': return StepperAction.LAYER_NEXT;
      case '[': return StepperAction.LAYER_BACK;
      case '+': case '=': return StepperAction.FASTER;
      case '-': case '_': return StepperAction.SLOWER;
      case 'n': return StepperAction.NEXT_IMAGE;
      case 'p': return StepperAction.PREVIOUS_IMAGE;
      case 'r': return StepperAction.RANDOM_IMAGE;
      case 'm': return StepperAction.MISCLASSIFIED;
      case 'g': return StepperAction.GRANULARITY;
      case 'd': return StepperAction.DRAW;
      case 'c': return StepperAction.CHECK;
      case 'i': return StepperAction.INPUT_GRADIENT;
      case 'h': case '?': return StepperAction.HELP;
      default: return null;
    }
  }
}
