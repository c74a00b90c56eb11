package dev.glassbox.sketch;

import java.awt.Component;
import java.awt.Window;
import javax.swing.SwingUtilities;
import processing.core.PApplet;

/** Closes a sketch's AWT window without ending the JVM (Processing's own exit calls System.exit). */
final class WindowCloser {
  private WindowCloser() {}

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
