package dev.glassbox.sketch;

import java.awt.Component;
import java.awt.Window;
import javax.swing.SwingUtilities;
import processing.core.PApplet;

/**
 * Opening and closing sketch windows: refuses clearly when there is no display, and closes a
 * window without ending the JVM (Processing's own exit calls System.exit).
 */
final class WindowCloser {
  private WindowCloser() {}

  /** Throws a one-line explanation when no window can be opened. */
  static void requireDisplay(String what) {
    if (java.awt.GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException("no display to open the " + what + " window on: run it on a"
          + " desktop, under xvfb-run, or use studio --headless --out report.png");
    }
  }

  /** Disposes the frame holding {@code sketch}'s canvas, if there is one. */
  static void close(PApplet sketch) {
    Object n = sketch.getSurface() == null ? null : sketch.getSurface().getNative();
    if (n instanceof Component c) {
      Window w = SwingUtilities.getWindowAncestor(c);
      if (w != null) {
        SwingUtilities.invokeLater(w::dispose);
      }
    }
  }
}
