package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import processing.core.PConstants;
import processing.core.PGraphics;

/** The row of on-screen buttons, one per {@link StepperAction} except "check it" (in the inspector). */
public final class ControlBar {
  private static final StepperAction[] SHOWN = {
    StepperAction.LAYER_BACK, StepperAction.BACK, StepperAction.PLAY, StepperAction.NEXT,
    StepperAction.LAYER_NEXT, StepperAction.SLOWER, StepperAction.FASTER, StepperAction.PREVIOUS_IMAGE,
    StepperAction.NEXT_IMAGE, StepperAction.RANDOM_IMAGE, StepperAction.MISCLASSIFIED,
    StepperAction.GRANULARITY, StepperAction.DRAW, StepperAction.HELP
  };
  private static final float GAP = 6;

  private final float x;
  private final float y;
  private final float w;
  private final float h;

  /** A bar in the rectangle (x, y, w, h). */
  public ControlBar(float x, float y, float w, float h) {
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
  }

  private float buttonWidth() {
    return (w - GAP * (SHOWN.length - 1)) / SHOWN.length;
  }

  /** The rectangle {x, y, w, h} of {@code a}'s button, or null if it has none here. */
  public float[] button(StepperAction a) {
    for (int i = 0; i < SHOWN.length; i++) {
      if (SHOWN[i] == a) {
        return new float[] {x + i * (buttonWidth() + GAP), y, buttonWidth(), h};
      }
    }
    return null;
  }

  /** The action of the button under (px, py), or null. */
  public StepperAction at(float px, float py) {
    if (py < y || py >= y + h || px < x || px >= x + w) {
      return null;
    }
    int i = (int) ((px - x) / (buttonWidth() + GAP));
    float[] b = button(SHOWN[Math.min(i, SHOWN.length - 1)]);
    return px < b[0] + b[2] ? SHOWN[Math.min(i, SHOWN.length - 1)] : null;
  }

  /** Draws the buttons; the play button says pause while playing, the mode buttons show their state. */
  public void display(PGraphics g, StepperState s, boolean drawing) {
    g.pushStyle();
    g.textFont(Fonts.of(13));
    g.textAlign(PConstants.CENTER, PConstants.CENTER);
    boolean hover = false;
    for (StepperAction a : SHOWN) {
      float[] b = button(a);
      hover = s.mouseX() >= b[0] && s.mouseX() < b[0] + b[2] && s.mouseY() >= b[1] && s.mouseY() < b[1] + b[3];
      boolean on = a == StepperAction.PLAY && s.playing() || a == StepperAction.DRAW && drawing
          || a == StepperAction.HELP && s.help();
      // the button: lighter under the mouse, outlined in blue when its mode is on
      Palette.fill(g, hover ? 0x343948 : Palette.PANEL);
      Palette.stroke(g, on ? Palette.FORWARD : Palette.LINE);
      g.rect(b[0], b[1], b[2], b[3], 5);
      Palette.fill(g, Palette.TEXT);
      g.text(label(a, s), b[0] + b[2] / 2, b[1] + b[3] / 2 - 1);
    }
    g.popStyle();
  }

  // the table's label; the two mode buttons show their state
  private static String label(StepperAction a, StepperState s) {
    if (a == StepperAction.PLAY && s.playing()) {
      return "|| pause";
    }
    if (a == StepperAction.GRANULARITY) {
      return s.stepper().granularity() == dev.glassbox.trace.explain.Granularity.PER_LAYER ? "per layer" : "per neuron";
    }
    return a.label();
  }
}
