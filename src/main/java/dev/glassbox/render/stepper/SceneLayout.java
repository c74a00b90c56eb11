package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Rect;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each panel of the stepper scene sits for a logical size: fixed-height bars stacked from
 * the bottom (buttons, timeline, equation bar, saturation strip), the title bar on top, the
 * inspector as a right-hand column whose width follows the scene's, and the network filling the
 * rest. At 1280x800 it gives the stepper's original pixel layout; it stays free of overlaps down to
 * {@link Viewport#MIN_WIDTH} x {@link Viewport#MIN_HEIGHT}.
 */
public final class SceneLayout {
  private static final float MARGIN = 10;
  /** Top of the panels below the title bar. */
  static final float TOP = 44;
  private static final float BUTTONS = 36;
  private static final float TIMELINE = 22;
  private static final float STRIP = 60;
  private static final float LESSON_STRIP = 96;
  private static final float EQUATION_MIN = 110;
  private static final float EQUATION_SHARE = 0.19f;
  private static final float INSPECTOR_SHARE = 365f / 1280f;
  private static final float INSPECTOR_MIN = 345;
  private static final float INSPECTOR_MAX = 600;

  private final float width;
  private final float height;
  private final Rect controls;
  private final Rect timeline;
  private final Rect equation;
  private final Rect inspector;
  private final Rect strip;
  private final Rect network;
  private final Rect overlay;

  /** The layout of a scene {@code width x height} logical pixels large. */
  public SceneLayout(float width, float height) {
    this(width, height, false);
  }

  /**
   * The layout of a scene {@code width x height} large; in lesson mode the strip under the network
   * is taller, for the lesson's sentences.
   */
  public SceneLayout(float width, float height, boolean lesson) {
    this.width = width;
    this.height = height;
    float inner = width - 2 * MARGIN;
    controls = new Rect(MARGIN, height - 8 - BUTTONS, inner, BUTTONS);
    timeline = new Rect(MARGIN, controls.y() - 10 - TIMELINE, inner, TIMELINE);
    float eqH = Math.max(EQUATION_MIN, Math.round(height * EQUATION_SHARE));
    equation = new Rect(MARGIN, timeline.y() - 10 - eqH, inner, eqH);
    float insW = Math.round(Math.max(INSPECTOR_MIN, Math.min(INSPECTOR_MAX, width * INSPECTOR_SHARE)));
    float insX = width - MARGIN - insW;
    inspector = new Rect(insX, TOP, insW, equation.y() - 6 - TOP);
    float stripH = lesson ? LESSON_STRIP : STRIP;
    float stripY = equation.y() - 6 - stripH;
    strip = new Rect(16, stripY, insX - 15 - 16, stripH);
    network = new Rect(0, TOP, insX - 5, stripY - 4 - TOP);
    overlay = new Rect(0, 32, width, timeline.y() - 4 - 32);
  }

  /** Logical width. */
  public float width() {
    return width;
  }

  /** Logical height. */
  public float height() {
    return height;
  }

  /** The whole scene. */
  public Rect canvas() {
    return new Rect(0, 0, width, height);
  }

  /** The row of buttons at the bottom. */
  public Rect controls() {
    return controls;
  }

  /** The timeline strip above the buttons. */
  public Rect timeline() {
    return timeline;
  }

  /** The equation bar above the timeline. */
  public Rect equation() {
    return equation;
  }

  /** The inspector column on the right. */
  public Rect inspector() {
    return inspector;
  }

  /** The saturation strip under the network. */
  public Rect strip() {
    return strip;
  }

  /** The network view. */
  public Rect network() {
    return network;
  }

  /** The area the draw canvas covers when open (everything above the timeline, below the title). */
  public Rect overlay() {
    return overlay;
  }

  /** The panels that must not overlap, by name (for tests and debugging). */
  public Map<String, Rect> panels() {
    Map<String, Rect> m = new LinkedHashMap<>();
    m.put("network", network);
    m.put("strip", strip);
    m.put("inspector", inspector);
    m.put("equation", equation);
    m.put("timeline", timeline);
    m.put("controls", controls);
    return m;
  }
}
