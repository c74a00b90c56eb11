package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Fonts;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Rect;
import dev.glassbox.render.shared.Viewport;
import dev.glassbox.trace.explain.Num;
import dev.glassbox.trace.explain.Step;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The whole stepper window as one picture: a title bar, the network, the saturation strip, the
 * inspector, the equation bar, the timeline and the buttons, with the tooltip, the draw canvas and
 * the help on top. Panels are placed by a {@link SceneLayout} for the logical size of its
 * {@link Viewport} (window size / zoom) and drawn scaled by the zoom. The window,
 * {@code glassbox render}, the GIF, the benchmark and the tests all draw through {@link #display}.
 */
public final class StepperScene {
  /** Default picture width (render, the GIF, the benchmark, the tests); the window fits its screen. */
  public static final int WIDTH = 1280;
  /** Default picture height. */
  public static final int HEIGHT = 800;

  private final int[] sizes;
  private final DrawCanvas canvas = new DrawCanvas(60, 140);
  private Viewport viewport;
  private SceneLayout layout;
  private NetworkView network;
  private InspectorView inspector;
  private SaturationStrip strip;
  private LessonView lesson;
  private boolean lessonLaidOut;
  private EquationBar equation;
  private TimelineView timeline;
  private ControlBar controls;
  private AfterUpdateView afterUpdate;
  private NudgeView nudgeView;
  private final NudgeState nudge = new NudgeState();
  private boolean drawing;
  private final BatchView batch = new BatchView();

  /** A scene for networks of these layer sizes, in a {@link #WIDTH} x {@link #HEIGHT} window. */
  public StepperScene(int[] sizes) {
    this(sizes, new Viewport(WIDTH, HEIGHT, 1f));
  }

  /** A scene for networks of these layer sizes in the given window and zoom. */
  public StepperScene(int[] sizes, Viewport viewport) {
    this.sizes = sizes.clone();
    setViewport(viewport);
  }

  /** The window size and zoom drawn at. */
  public Viewport viewport() {
    return viewport;
  }

  /** Changes the window size or zoom; the panels are laid out again when the logical size changes. */
  public void setViewport(Viewport v) {
    boolean same = layout != null && v.width() == layout.width() && v.height() == layout.height();
    viewport = v;
    if (same) {
      return;
    }
    relayout();
  }

  // the panels for the viewport, and for lesson mode or not
  private void relayout() {
    Viewport v = viewport;
    layout = new SceneLayout(v.width(), v.height(), lessonLaidOut);
    Rect n = layout.network();
    network = new NetworkView(new NetworkLayout(sizes, n.x(), n.y(), n.w(), n.h()));
    Rect r = layout.inspector();
    inspector = new InspectorView(r.x(), r.y(), r.w(), r.h());
    r = layout.strip();
    strip = new SaturationStrip(r.x(), r.y(), r.w(), r.h());
    lesson = new LessonView(r);
    r = layout.equation();
    equation = new EquationBar(r.x(), r.y(), r.w(), r.h());
    r = layout.timeline();
    timeline = new TimelineView(r.x(), r.y(), r.w(), r.h());
    r = layout.controls();
    controls = new ControlBar(r.x(), r.y(), r.w(), r.h());
    afterUpdate = new AfterUpdateView(layout, network.layout());
    nudgeView = new NudgeView(layout);
  }

  /** Where the panels are. */
  public SceneLayout layout() {
    return layout;
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

  /** "Did it help?" over the network (for its buttons and tests). */
  public AfterUpdateView afterUpdate() {
    return afterUpdate;
  }

  /** The rectangle {x, y, w, h} of {@code a}'s button as last drawn, wherever it is, or null. */
  public float[] button(StepperAction a) {
    if (a == StepperAction.CHECK) {
      return inspector.checkButton();
    }
    float[] b = afterUpdate.button(a);
    return b != null ? b : controls.button(a);
  }

  /** The draw-your-own-digit canvas. */
  public DrawCanvas canvas() {
    return canvas;
  }

  /** Nudge mode: what is nudged and by how much. */
  public NudgeState nudge() {
    return nudge;
  }

  /** Nudge mode's panels (for hit tests). */
  public NudgeView nudgeView() {
    return nudgeView;
  }

  /**
   * Whether nudge mode's panels are on screen: open, and neither drawing, "did it help?" nor the
   * mini-batch over them.
   */
  public boolean nudging(StepperState s) {
    return nudge.open() && !drawing && !s.afterShown() && s.batch() == null;
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
    float zoom = viewport.zoom();
    g.pushMatrix();
    if (zoom != 1f) {
      g.scale(zoom);
    }
    if (s.lesson() != lessonLaidOut) {
      lessonLaidOut = s.lesson();
      relayout();
    }
    titleBar(g, s);
    // nudge mode's panels take the places of the strip (or the lesson) and the equation bar
    boolean nudging = nudging(s);
    if (s.batch() == null) {
      // the mini-batch view covers all of these: not drawn under it
      if (!s.afterShown() || drawing) {
        // "did it help?" covers both
        network.display(g, s);
        if (nudging) {
          nudgeView.mark(g, network.layout(), nudge);
        } else if (s.lesson()) {
          lesson.display(g, s);
        } else {
          strip.display(g, s);
        }
      }
      inspector.display(g, s);
      if (nudging) {
        nudgeView.display(g, s, nudge);
      } else {
        equation.display(g, s);
      }
    }
    timeline.display(g, s);
    controls.display(g, s, drawing);
    afterUpdate.display(g, s, drawing);
    if (drawing) {
      Rect o = layout.overlay();
      canvas.display(g, o.x(), o.y(), o.w(), o.h());
    } else if (s.batch() != null) {
      batch.display(g, s.batch(), layout.overlay());
    } else {
      hover(g, s);
    }
    if (s.help()) {
      HelpOverlay.display(g, layout.width(), layout.height());
    }
    g.popMatrix();
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
    String head = s.title() + " · " + predicted + " · ";
    g.text(head + shortModel(g, s.modelNote(), layout.width() - 450 - g.textWidth(head)), 110, 20);
    Step cur = s.stepper().current();
    g.textAlign(PConstants.RIGHT, PConstants.CENTER);
    Palette.fill(g, Palette.of(cur.phase()));
    g.text((s.playing() ? "playing" : "paused") + " · " + Num.format(s.speed()) + " steps/s · "
        + cur.phase().id().toUpperCase(java.util.Locale.ROOT) + " · h for help", layout.width() - 14, 20);
    g.popStyle();
  }

  // the model's note in `room` pixels: whole if it fits, else its file name, else cut from the left
  private static String shortModel(PGraphics g, String note, float room) {
    if (g.textWidth(note) <= room) {
      return note;
    }
    int slash = Math.max(note.lastIndexOf('/'), note.lastIndexOf('\\'));
    String shown = slash >= 0 ? note.substring(slash + 1) : note;
    while (shown.length() > 8 && g.textWidth(shown) > room) {
      shown = "…" + shown.substring(Math.min(shown.length(), 6));
    }
    return shown;
  }

  // a tooltip over a neuron, a pixel or the timeline
  private void hover(PGraphics g, StepperState s) {
    float mx = s.mouseX();
    float my = s.mouseY();
    if (mx < 0 || afterUpdate.covers(mx, my)) {
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
      Tooltip.display(g, text, mx, my, layout.width(), layout.height());
    }
  }

  /**
   * The button action under (x, y) — control bar, the inspector's "check it" or the buttons of
   * "did it help?" — or null.
   */
  public StepperAction actionAt(float x, float y) {
    StepperAction a = drawing ? null : afterUpdate.at(x, y);
    if (a != null) {
      return a;
    }
    a = controls.at(x, y);
    if (a == null && !drawing && inspector.onCheckButton(x, y)) {
      return StepperAction.CHECK;
    }
    return a;
  }
}
