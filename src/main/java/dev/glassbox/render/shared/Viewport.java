package dev.glassbox.render.shared;

/**
 * The stepper window's size in window pixels and its zoom: the scene is laid out at the logical
 * size (window / zoom) and drawn scaled by the zoom, so zooming in enlarges text, neurons and
 * buttons alike. The zoom never lets the logical size fall below {@link #MIN_WIDTH} x
 * {@link #MIN_HEIGHT} (the smallest layout without overlaps): a smaller window is drawn scaled
 * down, and zooming in stops where the layout would no longer fit.
 */
public final class Viewport {
  /** The smallest logical width the scene is laid out at. */
  public static final float MIN_WIDTH = 1024;
  /** The smallest logical height the scene is laid out at. */
  public static final float MIN_HEIGHT = 640;
  private static final float[] STEPS = {0.5f, 0.67f, 0.8f, 0.9f, 1f, 1.1f, 1.25f, 1.5f, 1.75f, 2f, 2.5f, 3f};

  private final int windowWidth;
  private final int windowHeight;
  private final float requested;

  /** A window of {@code width x height} pixels at the zoom {@code requested} (1 = none). */
  public Viewport(int width, int height, float requested) {
    if (width <= 0 || height <= 0 || !(requested > 0)) {
      throw new IllegalArgumentException("viewport " + width + "x" + height + " at zoom " + requested);
    }
    this.windowWidth = width;
    this.windowHeight = height;
    this.requested = requested;
  }

  /** Window width in pixels. */
  public int windowWidth() {
    return windowWidth;
  }

  /** Window height in pixels. */
  public int windowHeight() {
    return windowHeight;
  }

  /** The zoom drawn: the one asked for, reduced so the logical size stays at least the minimum. */
  public float zoom() {
    return Math.min(requested, maxZoom());
  }

  // the largest zoom that keeps the logical size at least MIN_WIDTH x MIN_HEIGHT
  private float maxZoom() {
    return Math.min(windowWidth / MIN_WIDTH, windowHeight / MIN_HEIGHT);
  }

  /** Logical width the scene is laid out at. */
  public float width() {
    return windowWidth / zoom();
  }

  /** Logical height the scene is laid out at. */
  public float height() {
    return windowHeight / zoom();
  }

  /** Scene x of window x. */
  public float sceneX(float windowX) {
    return windowX / zoom();
  }

  /** Scene y of window y. */
  public float sceneY(float windowY) {
    return windowY / zoom();
  }

  /** Window x of scene x. */
  public float windowX(float sceneX) {
    return sceneX * zoom();
  }

  /** Window y of scene y. */
  public float windowY(float sceneY) {
    return sceneY * zoom();
  }

  /** The same zoom in a window of a new size. */
  public Viewport resized(int width, int height) {
    return new Viewport(width, height, requested);
  }

  /** One zoom step larger, as far as the window allows. */
  public Viewport zoomedIn() {
    float z = zoom();
    for (float s : STEPS) {
      if (s > z + 1e-3f) {
        return new Viewport(windowWidth, windowHeight, Math.min(s, maxZoom()));
      }
    }
    return this;
  }

  /** One zoom step smaller. */
  public Viewport zoomedOut() {
    float z = zoom();
    for (int i = STEPS.length - 1; i >= 0; i--) {
      if (STEPS[i] < z - 1e-3f) {
        return new Viewport(windowWidth, windowHeight, STEPS[i]);
      }
    }
    return this;
  }

  /** Zoom 1 again. */
  public Viewport reset() {
    return new Viewport(windowWidth, windowHeight, 1f);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Viewport v && v.windowWidth == windowWidth && v.windowHeight == windowHeight
        && v.requested == requested;
  }

  @Override
  public int hashCode() {
    return (windowWidth * 31 + windowHeight) * 31 + Float.hashCode(requested);
  }

  @Override
  public String toString() {
    return windowWidth + "x" + windowHeight + " at zoom " + zoom();
  }
}
