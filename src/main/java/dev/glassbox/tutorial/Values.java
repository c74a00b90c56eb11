package dev.glassbox.tutorial;

/**
 * Where a template's placeholders get their text: {@code {{key}}} becomes {@code get(key)}. Returns
 * null for a key it does not know, so several sources can be chained with {@link #or}.
 */
@FunctionalInterface
public interface Values {
  /** The text for {@code key}, or null when this source does not know it. */
  String get(String key);

  /** This source, then {@code next} for the keys this one does not know. */
  default Values or(Values next) {
    return key -> {
      String v = get(key);
      return v != null ? v : next.get(key);
    };
  }
}
