package dev.glassbox.render.shared;

import java.util.HashMap;
import java.util.Map;
import processing.core.PFont;

/** The stepper's fonts, made once per size ({@link Offscreen#font} builds a new one per call). */
public final class Fonts {
  private static final Map<Integer, PFont> CACHE = new HashMap<>();

  private Fonts() {}

  /** The sans-serif font of {@code size} pixels, shared. */
  public static synchronized PFont of(int size) {
    return CACHE.computeIfAbsent(size, Offscreen::font);
  }
}
