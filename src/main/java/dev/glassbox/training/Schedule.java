package dev.glassbox.training;

import dev.glassbox.io.Named;

/**
 * How the learning rate η changes from epoch to epoch ({@link LearningRate} applies it). Nielsen
 * (ch. 3) halves η when the validation accuracy stops improving; step and cosine schedules are the
 * usual fixed alternatives. Each epoch trains at one η, recorded in the history.
 */
public enum Schedule implements Named {
  /** η throughout. */
  CONSTANT("η throughout"),
  /** Halve η after N epochs without a better validation accuracy (Nielsen ch. 3). */
  PLATEAU("halve η after N epochs without a better validation accuracy"),
  /** Halve η every N epochs. */
  STEP("halve η every N epochs"),
  /** η_e = ½ η (1 + cos(π (e-1)/E)) for epoch e of E: from η down towards 0. */
  COSINE("η_e = ½ η (1 + cos(π (e-1)/E)), from η down towards 0");

  private final String meaning;

  Schedule(String meaning) {
    this.meaning = meaning;
  }

  /** What the schedule does, in the book's notation. */
  public String meaning() {
    return meaning;
  }

  /** Parses "constant", "plateau", "step" or "cosine" (see {@link Named#parse}). */
  public static Schedule parse(String s) {
    return Named.parse(Schedule.class, "schedule", s);
  }
}
