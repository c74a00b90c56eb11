package dev.glassbox.notation;

import java.util.List;

/**
 * A piece of an equation. It renders to LaTeX and to plain Unicode text, lists the {@link Value}s
 * it shows, and evaluates itself from their displayed digits ({@code null} for a symbolic piece
 * such as w^l or Σ_k). Vectors evaluate entry by entry; a scalar meets a vector entry-wise.
 */
public interface Expr {
  /** Where {@link #latex(StringBuilder)} allows a long line to break (stripped by {@link #latex()}). */
  char BREAK = '\u0001';

  /** The value computed from the displayed digits (one entry per shown vector entry), or null. */
  double[] eval();

  /**
   * Appends the LaTeX form, with {@link #BREAK} where a line may break (between the terms of a
   * sum and the entries of a vector, never inside braces).
   */
  void latex(StringBuilder sb);

  /** Appends the plain-text form (Unicode, one line). */
  void text(StringBuilder sb);

  /** Adds every number shown in this piece to {@code out}, in reading order. */
  void values(List<Value> out);

  /** Whether the rendering starts with a minus sign (then it is bracketed after an operator). */
  default boolean negativeLeading() {
    return false;
  }

  /** The LaTeX form, on one line. */
  default String latex() {
    StringBuilder sb = new StringBuilder();
    latex(sb);
    return sb.toString().replace(String.valueOf(BREAK), "");
  }

  /** The plain-text form. */
  default String text() {
    StringBuilder sb = new StringBuilder();
    text(sb);
    return sb.toString();
  }

  // ---- building equations, in the book's notation ----

  /** A symbol with an optional superscript and subscript: {@code sym("w", "3", "2,9")} is w^3_{2,9}. */
  static Expr sym(String base, String sup, String sub) {
    return new Nodes.Sym(base, sup, sub);
  }

  /** A symbol without indices. */
  static Expr sym(String base) {
    return new Nodes.Sym(base, null, null);
  }

  /** ∂{@code of}/∂{@code wrt}, set as a fraction. */
  static Expr partial(Expr of, Expr wrt) {
    return new Nodes.Partial(of, wrt);
  }

  /** {@code l + r}. */
  static Expr plus(Expr l, Expr r) {
    return new Nodes.Op(l, Nodes.Operator.PLUS, r);
  }

  /** {@code l - r}. */
  static Expr minus(Expr l, Expr r) {
    return new Nodes.Op(l, Nodes.Operator.MINUS, r);
  }

  /** {@code l × r}, with the sign shown (between numbers). */
  static Expr times(Expr l, Expr r) {
    return new Nodes.Op(l, Nodes.Operator.TIMES, r);
  }

  /** {@code l r}, a product written by juxtaposition (between symbols). */
  static Expr juxt(Expr l, Expr r) {
    return new Nodes.Op(l, Nodes.Operator.JUXTAPOSE, r);
  }

  /** {@code l ⊙ r}, the Hadamard (entry-wise) product. */
  static Expr hadamard(Expr l, Expr r) {
    return new Nodes.Op(l, Nodes.Operator.HADAMARD, r);
  }

  /** {@code num / den} set as a fraction. */
  static Expr frac(Expr num, Expr den) {
    return new Nodes.Frac(num, den);
  }

  /** {@code (inner)}. */
  static Expr paren(Expr inner) {
    return new Nodes.Group(inner, false);
  }

  /** {@code [inner]}. */
  static Expr bracket(Expr inner) {
    return new Nodes.Group(inner, true);
  }

  /** {@code fn(arg)}. */
  static Expr call(Fn fn, Expr arg) {
    return new Nodes.Call(fn, arg);
  }

  /** {@code x²}. */
  static Expr squared(Expr x) {
    return new Nodes.Square(x);
  }

  /** {@code -x}. */
  static Expr negate(Expr x) {
    return new Nodes.Negate(x);
  }

  /** Σ over {@code index} of {@code body}, symbolic. */
  static Expr sumOver(String index, Expr body) {
    return new Nodes.SumOver(index, body);
  }

  /**
   * A sum written out: {@code terms} in full, then (when {@code more > 0}) the {@code more}
   * remaining terms as their total {@code rest}.
   */
  static Expr sum(List<Expr> terms, Value rest, int more) {
    return new Nodes.Sum(List.copyOf(terms), rest, more);
  }

  /**
   * A vector of {@code length} entries of which those at {@code index} are shown (ascending);
   * gaps are marked "…" and entries after a gap carry their index.
   */
  static Expr vector(List<Value> entries, int[] index, int length) {
    return new Nodes.Vec(List.copyOf(entries), index.clone(), length);
  }

  /** Words inside an equation, e.g. "(m = 1)". */
  static Expr words(String text) {
    return new Nodes.Words(text);
  }

  /** Symbolic notation given as LaTeX and as text, e.g. ("\\mathbf{e}_7", "e₇"). */
  static Expr raw(String latex, String text) {
    return new Nodes.Raw(latex, text);
  }
}
