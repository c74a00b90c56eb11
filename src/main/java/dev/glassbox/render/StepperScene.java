package dev.glassbox.render;

import dev.glassbox.trace.Num;
import dev.glassbox.trace.Step;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The whole stepper window as one picture (1280x800): a title bar, the network, the saturation
 * strip, the inspector, the equation bar, the timeline and the buttons, with the tooltip, the draw
 * canvas and the help on top. The window, {@code glassbox render}, the GIF, the benchmark and the
 * tests all draw through {@link #display}.
 */
public final class StepperScene {
  /** Window width. */
  public static final int WIDTH = 1280;
  /** Window height. */
  public static final int HEIGHT = 800;

  private final NetworkView network;
  private final InspectorView inspector = new InspectorView(905, 44, 365, 588);
  private final SaturationStrip strip = new SaturationStrip(16, 572, 874, 60);
  private final EquationBar equation = new EquationBar(10, 638, 1260, 76);
  private final TimelineView timeline = new TimelineView(10, 724, 1260, 22);
  private final ControlBar controls = new ControlBar(10, 756, 1260, 36);
  private final DrawCanvas canvas = new DrawCanvas(60, 140);
  private boolean drawing;

  /** A scene for networks of these layer sizes. */
  public StepperScene(int[] sizes) {
    network = new NetworkView(new NetworkLayout(sizes, 0, 44, 900, 524));
  }

  /** The network view (for hit tests and tests). */
  public NetworkView network() {
    return network;
  }

  /** The timeline (for scrubbing). */
  public TimelineView timeline() {
    return timeline;
  }

  /** The equation bar (for scrolling and tests). */
  public EquationBar equationBar() {
    return equation;
  }

  /** The inspector (for its button). */
  public InspectorView inspector() {
    return inspector;
  }

  /** The buttons. */
  public ControlBar controls() {
    return controls;
  }

  /** The draw-your-own-digit canvas. */
  public DrawCanvas canvas() {
    return canvas;
  }

  /** Whether the draw canvas is open. */
  public boolean drawing() {
    return drawing;
  }

  /** Opens or closes the draw canvas. */
  public void setDrawing(boolean on) {
    drawing = on;
  }

  /** Draws the whole window for {@code s} into {@code g} (between beginDraw and endDraw offscreen). */
  public void display(PGraphics g, StepperState s) {
    g.background((Palette.BACKGROUND >> 16) & 0xFF, (Palette.BACKGROUND >> 8) & 0xFF, Palette.BACKGROUND & 0xFF);
    titleBar(g, s);
    network.display(g, s);
    strip.display(g, s);
    inspector.display(g, s);
    equation.display(g, s);
    timeline.display(g, s);
    controls.display(g, s, drawing);
    if (drawing) {
      canvas.display(g, 0, 32, WIDTH, 720);
    } else {
      hover(g, s);
    }
    if (s.help()) {
      HelpOverlay.display(g, WIDTH, HEIGHT);
    }
  }

  // the image, the model, the prediction, the phase and the speed
  private void titleBar(PGraphics g, StepperState s) {
    g.pushStyle();
    g.textAlign(PConstants.LEFT, PConstants.CENTER);
    g.textFont(Fonts.of(18));
    Palette.fill(g, Palette.TEXT);
    g.text("Glassbox", 14, 20);
    g.textFont(Fonts.of(14));
    Palette.fill(g, Palette.DIM);
    // the answer only once the forward pass has computed it
    String predicted = !s.answerKnown() ? "predicted: not computed yet"
        : "predicted " + s.trace().predicted() + (s.trace().predicted() == s.trace().label() ? " ✓" : " ✗");
    g.text(s.title() + " · " + predicted + " · " + shortModel(s.modelNote()), 110, 20);
    Step cur = s.stepper().current();
    g.textAlign(PConstants.RIGHT, PConstants.CENTER);
    Palette.fill(g, Palette.of(cur.phase()));
    g.text((s.playing() ? "playing" : "paused") + " · " + Num.format(s.speed()) + " steps/s · "
        + cur.phase().id().toUpperCase(java.util.Locale.ROOT) + " · h for help", WIDTH - 14, 20);
    g.popStyle();
  }

  private static String shortModel(String note) {
    return note.length() > 60 ? "…" + note.substring(note.length() - 59) : note;
  }

  // a tooltip over a neuron, a pixel or the timeline
  private void hover(PGraphics g, StepperState s) {
    float mx = s.mouseX();
    float my = s.mouseY();
    if (mx < 0) {
      return;
    }
    int[] hit = network.layout().hit(mx, my);
    String text = null;
    if (hit != null) {
      text = Tooltip.text(s, hit[0], hit[1]);
    } else if (timeline.contains(mx, my)) {
      int i = timeline.stepAt(mx, s.stepper().size());
      Step st = s.stepper().steps().get(i);
      text = "step " + (i + 1) + ": " + st.phase().id() + " · " + st.symbol();
    }
    if (text != null) {
      Tooltip.display(g, text, mx, my, WIDTH, HEIGHT);
    }
  }

  /** The button action under (x, y) — control bar or the inspector's "check it" — or null. */
  public StepperAction actionAt(float x, float y) {
    StepperAction a = controls.at(x, y);
    if (a == null && !drawing && inspector.onCheckButton(x, y)) {
      return StepperAction.CHECK;
    }
    return a;
  }
}
