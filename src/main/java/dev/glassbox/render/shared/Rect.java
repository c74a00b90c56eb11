package dev.glassbox.render.shared;

/** An axis-aligned rectangle of a layout (left x, top y, width, height), in scene pixels. */
public record Rect(float x, float y, float w, float h) {
  /** The right edge. */
  public float right() {
    return x + w;
  }

  /** The bottom edge. */
  public float bottom() {
    return y + h;
  }

  /** Whether the two rectangles share any area (touching edges do not count). */
  public boolean overlaps(Rect o) {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }

  /** Whether this rectangle lies wholly inside {@code o}. */
  public boolean inside(Rect o) {
    return x >= o.x && y >= o.y && right() <= o.right() && bottom() <= o.bottom();
  }

  /** Whether (px, py) is inside. */
  public boolean contains(float px, float py) {
    return px >= x && px < right() && py >= y && py < bottom();
  }
}
