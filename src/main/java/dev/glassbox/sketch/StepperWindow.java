package dev.glassbox.sketch;

import dev.glassbox.trace.explain.Granularity;
import java.awt.GraphicsEnvironment;
import java.util.Locale;
import processing.core.PApplet;

/** Opens the stepper window, or says why there is no display to open it on. */
public final class StepperWindow {
  private StepperWindow() {}

  /**
   * Why no window can open here (a headless JVM; Linux or BSD without DISPLAY or WAYLAND_DISPLAY),
   * or null when a display seems available.
   */
  public static String noDisplayReason() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    boolean x11 = !os.contains("win") && !os.contains("mac");
    if (x11 && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
      return "no display (DISPLAY is not set)";
    }
    if (GraphicsEnvironment.isHeadless()) {
      return "no display (the Java runtime is headless)";
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * Opens the window on test image {@code image}; returns once it is up (Processing keeps running
   * it and exits the program when it closes). Throws when the window cannot be created.
   */
  public static void open(TraceSource source, int image, Granularity granularity, ScriptRunner script) {
    open(source, image, granularity, script, false);
  }

  /** As {@link #open(TraceSource, int, Granularity, ScriptRunner)}, in lesson mode when {@code lesson}. */
  public static void open(TraceSource source, int image, Granularity granularity, ScriptRunner script,
      boolean lesson) {
    StepperSketch sketch = new StepperSketch(source, image, granularity, script);
    if (lesson) {
      sketch.state().toggleLesson();
    }
    PApplet.runSketch(new String[] {"Glassbox"}, sketch);
  }

  /**
   * Opens a second stepper window beside another window (the studio, the data browser): closing
   * it closes only itself.
   */
  public static void openBeside(TraceSource source, int image) {
    StepperSketch sketch = new StepperSketch(source, image, Granularity.PER_LAYER, null);
    sketch.closeOnlyThisWindow();
    PApplet.runSketch(new String[] {"Glassbox"}, sketch);
  }
}
