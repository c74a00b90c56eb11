package dev.glassbox.sketch;

/**
 * When a window repaints: at once after input, otherwise when the picture changed, but at most
 * {@code perSecond} times a second (the caller may lower it while nobody watches closely). Between repaints the window shows the last picture, so a
 * window left alone while training costs almost nothing (the training thread publishes a new
 * snapshot many times a second; nobody can read numbers faster than this anyway).
 */
final class Repaint {
  private long intervalNanos;
  private Object shown;
  private long paintedAt;
  private volatile boolean input = true;

  Repaint(double perSecond) {
    intervalNanos = (long) (1e9 / perSecond);
  }

  /** Changes the most repaints per second. */
  void rate(double perSecond) {
    intervalNanos = (long) (1e9 / perSecond);
  }

  /** The user did something: repaint at the next frame. */
  void input() {
    input = true;
  }

  /** Whether to repaint now to show {@code picture}; if so, records it as shown. */
  boolean due(Object picture, long now) {
    boolean changed = picture != shown;
    if (input || (changed && now - paintedAt >= intervalNanos)) {
      input = false;
      shown = picture;
      paintedAt = now;
      return true;
    }
    return false;
  }
}
