package dev.glassbox.sketch;

import dev.glassbox.render.stepper.StepperAction;
import processing.core.PConstants;

/** The stepper window's keys, derived from {@link StepperAction}'s table (no list of its own). */
final class KeyMap {
  private KeyMap() {}

  /**
   * The action of a Processing key event ({@code key}, and {@code keyCode} when {@code key} is
   * {@link PConstants#CODED}), or null.
   */
  static StepperAction action(char key, int keyCode) {
    String name = name(key, keyCode);
    return name == null ? null : StepperAction.forKey(name);
  }

  /** The table's name of a key event: the character, or a named key; null for other coded keys. */
  static String name(char key, int keyCode) {
    if (key == PConstants.CODED) {
      switch (keyCode) {
        case PConstants.RIGHT: return StepperAction.RIGHT;
        case PConstants.LEFT: return StepperAction.LEFT;
        case PConstants.UP: return StepperAction.UP;
        case PConstants.DOWN: return StepperAction.DOWN;
        default: return null;
      }
    }
    if (key == PConstants.ENTER || key == PConstants.RETURN) {
      return StepperAction.ENTER;
    }
    if (key == ' ') {
      return StepperAction.SPACE;
    }
    return String.valueOf(key);
  }
}
