package dev.glassbox.sketch;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

/**
 * The stepper window's first size: most of the screen's usable area (without task bars and
 * panels), leaving room for the window manager's title bar and frame, and no larger than
 * {@link #MAX_WIDTH} x {@link #MAX_HEIGHT}.
 */
final class WindowSize {
  /** Largest default width. */
  static final int MAX_WIDTH = 1600;
  /** Largest default height. */
  static final int MAX_HEIGHT = 1000;
  private static final double SHARE = 0.9;
  /** Room kept for a title bar and frame. */
  static final int DECORATION = 40;

  private WindowSize() {}

  /** The default {width, height} for a screen whose usable area is this large. */
  static int[] fit(int usableWidth, int usableHeight) {
    int w = (int) Math.min(MAX_WIDTH, Math.round(usableWidth * SHARE));
    int h = (int) Math.min(MAX_HEIGHT, Math.min(Math.round(usableHeight * SHARE), usableHeight - DECORATION));
    return new int[] {Math.max(320, w), Math.max(200, h)};
  }

  /** The default size on this machine's main screen (1280x800 when it cannot be asked). */
  static int[] forMainScreen() {
    try {
      Rectangle r = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
      return fit(r.width, r.height);
    } catch (UnsupportedOperationException e) { // HeadlessException among them
      return new int[] {1280, 800};
    }
  }
}
