package dev.glassbox.render;

import processing.core.PConstants;
import processing.core.PGraphics;

/** The help overlay: every control, its key and its button, over a dimmed window. */
public final class HelpOverlay {
  private static final String[][] EXTRA = {
    {"click a neuron", "pin it in the inspector (click it again or Esc to unpin)"},
    {"hover", "a tooltip with a neuron's or a pixel's values"},
    {"drag the timeline", "scrub to any step and back"},
    {"draw mode", "Enter steps through your digit · 0-9 set the target · x clears"},
    {"q", "quit"}
  };

  private HelpOverlay() {}

  /** Draws the overlay over a {@code w x h} window. */
  public static void display(PGraphics g, float w, float h) {
    g.pushStyle();
    g.noStroke();
    g.fill(0, 0, 0, 190);
    g.rect(0, 0, w, h);
    float bw = 720;
    float bh = 530;
    float bx = (w - bw) / 2;
    float by = (h - bh) / 2 - 20;
    Palette.fill(g, Palette.PANEL);
    Palette.stroke(g, Palette.FORWARD);
    g.rect(bx, by, bw, bh, 8);
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textFont(Fonts.of(20));
    Palette.fill(g, Palette.TEXT);
    g.text("Glassbox stepper: controls", bx + 24, by + 18);
    g.textFont(Fonts.of(14));
    float ty = by + 56;
    for (StepperAction a : StepperAction.values()) {
      Palette.fill(g, Palette.FORWARD);
      g.text(a.key(), bx + 24, ty);
      Palette.fill(g, Palette.TEXT);
      g.text(describe(a), bx + 170, ty);
      ty += 22;
    }
    ty += 6;
    for (String[] e : EXTRA) {
      Palette.fill(g, Palette.COST);
      g.text(e[0], bx + 24, ty);
      Palette.fill(g, Palette.TEXT);
      g.text(e[1], bx + 170, ty);
      ty += 22;
    }
    g.popStyle();
  }

  private static String describe(StepperAction a) {
    switch (a) {
      case LAYER_BACK: return "back one layer (block of steps)";
      case BACK: return "one step back (after the update: the weights before it)";
      case PLAY: return "play / pause";
      case NEXT: return "one step forward";
      case LAYER_NEXT: return "forward one layer";
      case SLOWER: return "slower";
      case FASTER: return "faster";
      case PREVIOUS_IMAGE: return "previous test image";
      case NEXT_IMAGE: return "next test image";
      case RANDOM_IMAGE: return "random test image";
      case MISCLASSIFIED: return "next test image the network gets wrong";
      case GRANULARITY: return "steps per layer or per neuron";
      case DRAW: return "draw your own digit";
      case CHECK: return "finite-difference check of the pinned neuron's weight";
      default: return "this help";
    }
  }
}
