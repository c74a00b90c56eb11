package dev.glassbox.notation;

/**
 * Words as LaTeX text mode ({@code \text{...}}), with Greek letters set in math mode between the
 * runs of text, as in the equations: JLaTeXMath sets Greek text with a font package under the
 * plain GPL (no classpath exception), which Glassbox leaves out (docs/licences.md).
 */
public final class TextMode {
  private TextMode() {}

  /** {@code s} as LaTeX text mode: the characters TeX treats specially are escaped. */
  public static String latex(String s) {
    return build(s, true);
  }

  // words inside an equation: only braces escaped, so a subscript such as "a²_j" stays one
  static String words(String s) {
    return build(s, false);
  }

  private static String build(String s, boolean escapeAll) {
    StringBuilder sb = new StringBuilder();
    boolean inText = false;
    int before = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      // "--" would be set as an en dash: an option such as --eta keeps both hyphens
      if (c == '-' && before == '-' && inText) {
        sb.append("}\\text{");
      }
      before = c;
      boolean greek = Character.UnicodeBlock.of(c) == Character.UnicodeBlock.GREEK;
      if (greek == inText) {
        sb.append(greek ? "}" : "\\text{");
        inText = !greek;
      }
      if (greek) {
        sb.append('{').appendCodePoint(c).append('}');
      } else {
        escape(sb, c, escapeAll);
      }
    }
    if (inText || sb.isEmpty()) {
      sb.append(inText ? "}" : "\\text{}");
    }
    return sb.toString();
  }

  private static void escape(StringBuilder sb, int c, boolean escapeAll) {
    if (c == ',' || c == ':' || c == ';' || c == '=' || c == '+' || c == '<' || c == '>') {
      // JLaTeXMath sets \text's content as math, so punctuation and = would be spaced like
      // relations; \mathord keeps text spacing. (Not {=}: JLaTeXMath then retypes its one shared
      // '=' atom, and every later equation loses its spacing.)
      sb.append("\\mathord{").appendCodePoint(c).append('}');
    } else if (c == '{' || c == '}') {
      sb.append('\\').appendCodePoint(c);
    } else if (!escapeAll) {
      sb.appendCodePoint(c);
    } else {
      switch (c) {
        case '\\' -> sb.append("\\backslash ");
        case '#', '$', '%', '&', '_' -> sb.append('\\').appendCodePoint(c);
        case '^' -> sb.append("\\^{}");
        case '~' -> sb.append("\\~{}");
        default -> sb.appendCodePoint(c);
      }
    }
  }
}
