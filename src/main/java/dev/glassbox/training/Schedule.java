package dev.glassbox.training;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the learning rate η changes from epoch to epoch ({@link LearningRate} applies it). Nielsen
 * (ch. 3) halves η when the validation accuracy stops improving; step and cosine schedules are the
 * usual fixed alternatives. Each epoch trains at one η, recorded in the history.
 */
public enum Schedule {
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

  /** Lower-case name, as on the command line and in model files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every id, in declaration order (the choices offered to a user). */
  public static String[] ids() {
    return Arrays.stream(values()).map(Schedule::id).toArray(String[]::new);
  }

  /** Parses "constant", "plateau", "step" or "cosine". */
  public static Schedule parse(String s) {
    for (Schedule k : values()) {
      if (k.id().equalsIgnoreCase(s.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown schedule \"" + s + "\" (expected "
        + Arrays.stream(values()).map(Schedule::id).collect(Collectors.joining(", ")) + ")");
  }
}
