package dev.glassbox.sketch;

import dev.glassbox.render.stepper.NudgeState;
import dev.glassbox.render.stepper.NudgeView;
import dev.glassbox.render.stepper.StepperScene;
import dev.glassbox.render.stepper.StepperState;
import dev.glassbox.trace.explore.Nudge;
import processing.core.PConstants;

/**
 * The stepper window's mouse and keys in nudge mode: a press or drag on the slider sets the value,
 * the wheel over it nudges finely; a chip picks weight, bias or pixel; a click on a pixel, or on a
 * neuron of the layer before the pinned one, picks that pixel or weight; typed digits and Enter set
 * a value; Tab cycles weight, bias, pixel; Esc clears what is typed, then closes. Each handler
 * returns whether it used the event (else the window does what it always does).
 */
final class NudgeController {
  private final StepperState state;
  private final StepperScene scene;
  private boolean sliding;
  /** The slider position asked for since the last frame, or NaN: drags are applied once a frame. */
  private double pending = Double.NaN;

  NudgeController(StepperState state, StepperScene scene) {
    this.state = state;
    this.scene = scene;
  }

  private NudgeState nudge() {
    return scene.nudge();
  }

  private NudgeView view() {
    return scene.nudgeView();
  }

  /** Opens or closes nudge mode (the w key). */
  void toggle() {
    if (nudge().open()) {
      nudge().close(state);
    } else {
      scene.setDrawing(false);
      state.hideAfterUpdate(); // its panel would cover the nudge's
      nudge().open(state);
    }
  }

  /** Undoes the nudge (the u key). */
  void undo() {
    nudge().undo(state);
  }

  /**
   * Called before each frame: drops the nudge when another image has been loaded, and applies the
   * last slider position asked for (a nudge traces the image again and every view follows, so
   * the many drag events of one frame cost one nudge).
   */
  void beforeFrame() {
    nudge().sync(state);
    if (!Double.isNaN(pending) && nudge().open()) {
      nudge().set(state, nudge().valueAt(pending));
    }
    pending = Double.NaN;
  }

  /** Esc: clears what is typed, else closes nudge mode; false when the mode is closed. */
  boolean escape() {
    if (!nudge().open()) {
      return false;
    }
    if (!nudge().clearTyped()) {
      nudge().close(state);
    }
    return true;
  }

  /** A key in nudge mode: the characters of a number, Backspace, Enter (with a typed value), Tab. */
  boolean key(char key, int keyCode) {
    NudgeState n = nudge();
    if (!scene.nudging(state)) {
      return false;
    }
    if (key == PConstants.TAB) {
      n.nextKind(state);
      return true;
    }
    if (key == PConstants.BACKSPACE || key == PConstants.DELETE) {
      return n.backspace();
    }
    if (key == PConstants.ENTER || key == PConstants.RETURN) {
      return n.enter(state);
    }
    return key != PConstants.CODED && n.type(key);
  }

  /** A mouse press at (x, y), scene pixels. */
  boolean press(float x, float y) {
    NudgeState n = nudge();
    if (!scene.nudging(state)) {
      return false;
    }
    NudgeView v = view();
    if (v.onClose(x, y)) {
      n.close(state);
      return true;
    }
    if (v.onUndo(x, y)) {
      n.undo(state);
      return true;
    }
    Nudge.Kind k = v.chipAt(state, n, x, y);
    if (k != null) {
      if (k == Nudge.Kind.PIXEL || state.pinned()) {
        n.select(state, n.of(state, k));
      }
      return true;
    }
    if (v.onSlider(x, y)) {
      sliding = true;
      pending = v.positionAt(x);
      return true;
    }
    if (v.contains(x, y)) {
      return true;
    }
    return pick(x, y);
  }

  // a pixel, or a neuron of the layer before the nudged weight's: nudge that one
  private boolean pick(float x, float y) {
    int[] hit = scene.network().layout().hit(x, y);
    if (hit == null) {
      return false;
    }
    NudgeState n = nudge();
    Nudge.Target t = n.target();
    if (t.kind() == Nudge.Kind.WEIGHT && hit[0] == t.layer() - 1) {
      n.select(state, Nudge.Target.weight(t.layer(), t.j(), hit[1]));
      return true;
    }
    if (hit[0] == 0) {
      n.select(state, Nudge.Target.pixel(hit[1]));
      return true;
    }
    return false;
  }

  /** A drag to x: moves the slider when the press was on it. */
  boolean drag(float x) {
    if (!sliding || !scene.nudging(state)) {
      return false;
    }
    pending = view().positionAt(x);
    return true;
  }

  /** The mouse released. */
  void release() {
    sliding = false;
  }

  /** The wheel over the nudge panels: {@code count} notches (positive: towards the right). */
  boolean wheel(float x, float y, float count) {
    if (!scene.nudging(state) || !view().contains(x, y)) {
      return false;
    }
    nudge().wheel(state, count);
    return true;
  }
}
