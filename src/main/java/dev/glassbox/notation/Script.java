package dev.glassbox.notation;

/** Superscripts and subscripts as plain text: Unicode small digits and letters where they exist. */
final class Script {
  private static final String DIGITS = "0123456789+-=()";
  private static final String SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";
  private static final String SUB = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";
  private static final String SUB_LETTERS = "aehijklmnoprstuvx";
  private static final String SUB_LETTER_FORMS = "ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
  private static final String SUPER_LETTERS = "LijklmnT";
  private static final String SUPER_LETTER_FORMS = "ᴸⁱʲᵏˡᵐⁿᵀ";

  private Script() {}

  /** {@code s} as a superscript: small characters when all have one, else {@code ^s} or {@code ^(s)}. */
  static String sup(String s) {
    String small = map(s, DIGITS + SUPER_LETTERS, SUPER + SUPER_LETTER_FORMS);
    return small != null ? small : s.length() == 1 ? "^" + s : "^(" + s + ")";
  }

  /** {@code s} as a subscript, like {@link #sup}; a comma between indices stays a comma. */
  static String sub(String s) {
    String small = map(s, DIGITS + SUB_LETTERS + ",", SUB + SUB_LETTER_FORMS + ",");
    return small != null ? small : s.length() == 1 ? "_" + s : "_(" + s + ")";
  }

  private static String map(String s, String from, String to) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      int at = from.indexOf(s.charAt(i));
      if (at < 0) {
        return null;
      }
      sb.appendCodePoint(to.codePointAt(to.offsetByCodePoints(0, at)));
    }
    return sb.toString();
  }
}
