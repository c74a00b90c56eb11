package dev.glassbox.cli;

/**
 * Makes a message safe for a terminal: control characters from the input (NUL, escape, a bare
 * carriage return) are shown as {@code \0}, {@code \x1b}, {@code \r} instead of being sent to the
 * terminal, where they would be invisible, rewrite the screen, or make tools treat the text as
 * binary. Newlines and tabs stay.
 */
final class Messages {
  private Messages() {}

  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
          || c == '\u2028' || c == '\u2029';
      if (control && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (!control) {
          b.append(c);
        } else if (c == 0) {
          b.append("\\0");
        } else if (c == '\r') {
          b.append("\\r");
        } else {
          b.append(String.format("\\x%02x", (int) c));
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
