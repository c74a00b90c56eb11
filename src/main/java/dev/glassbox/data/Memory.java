package dev.glassbox.data;

import java.nio.file.Path;
import java.util.Locale;

/** Checks an allocation a length in a file asks for against the memory Java may still use. */
final class Memory {
  private Memory() {}

  /**
   * Refuses, naming the file, an allocation of {@code bytes} that would not fit (with room left
   * for the copy a growing array makes), before it is tried.
   */
  static void require(Path file, long bytes, String what) {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (bytes > Integer.MAX_VALUE - 64 || bytes * 2 > free) {
      throw new DataException(file, null, String.format(Locale.ROOT, "is too large to load: %,d MB of %s"
          + " would not fit in the %,d MB Java has free (raise it with GLASSBOX_JAVA_OPTS=-Xmx8g, or use --limit)",
          bytes >> 20, what, free >> 20));
    }
  }
}
