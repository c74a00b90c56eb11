package dev.glassbox.tutorial;

/**
 * A hand-written Markdown template whose {@code {{key}}} placeholders are filled from
 * {@link Values}. Placeholders nest, innermost first: {@code {{z:2:{{pick:hidden}}}}} asks for
 * the pick, then for that neuron's z. Three braces {@code {{{key}}} are a literal "{" and a
 * placeholder. A key nobody knows is an error naming the template and the
 * line, so a typo in a template can never reach a tutorial as a blank. Filled-in values are not
 * scanned again.
 */
public final class Template {
  private Template() {}

  /**
   * {@code text} with every {@code {{key}}} replaced by {@code values.get(key)}.
   *
   * @param name the template's name, for messages
   * @throws IllegalArgumentException for a key {@code values} does not know, or an unclosed {@code {{}
   */
  public static String fill(String name, String text, Values values) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      // "{{{key}}": a literal "{" before a placeholder, as in w^2_{{{j}},{{k}}}
      if (!text.startsWith("{{", i) || text.startsWith("{{{", i)) {
        out.append(text.charAt(i++));
        continue;
      }
      int end = closing(text, i);
      if (end < 0) {
        throw new IllegalArgumentException(name + " line " + line(text, i) + ": {{ is never closed");
      }
      String key = fill(name, text.substring(i + 2, end), values).trim();
      String v;
      try {
        v = values.get(key);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(name + " line " + line(text, i) + ": " + e.getMessage(), e);
      }
      if (v == null) {
        throw new IllegalArgumentException(name + " line " + line(text, i) + ": unknown placeholder {{" + key + "}}");
      }
      out.append(v);
      i = end + 2;
    }
    return out.toString();
  }

  // index of the "}}" that closes the "{{" at start, or -1
  private static int closing(String text, int start) {
    int depth = 0;
    int k = start;
    while (k < text.length() - 1) {
      if (text.startsWith("{{", k) && !text.startsWith("{{{", k)) {
        depth++;
        k += 2;
      } else if (text.startsWith("}}", k)) {
        if (--depth == 0) {
          return k;
        }
        k += 2;
      } else {
        k++;
      }
    }
    return -1;
  }

  private static int line(String text, int at) {
    return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
  }
}
